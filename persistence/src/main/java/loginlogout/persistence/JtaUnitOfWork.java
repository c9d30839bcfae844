package loginlogout.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.function.Supplier;
import loginlogout.domain.session.UnitOfWork;

/**
 * A JTA transaction per unit of work. Two writers that create the same new user or store the same event
 * at once collide on a unique key, or one waits too long for the other's lock; the loser is run again,
 * and then finds the winner's rows.
 */
@ApplicationScoped
public class JtaUnitOfWork implements UnitOfWork {

    private static final int ATTEMPTS = 3;

    private final Transaction transaction;

    @Inject
    JtaUnitOfWork(Transaction transaction) {
        this.transaction = transaction;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.run(work);
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS || !isCollision(e)) {
                    throw e;
                }
            }
        }
    }

    private static boolean isCollision(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && isCollision(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    // 23: integrity constraint violation; 40: serialization failure or deadlock; HYT00: H2's lock
    // timeout; 55P03: PostgreSQL's lock not available.
    private static boolean isCollision(String sqlState) {
        return sqlState.startsWith("23") || sqlState.startsWith("40") || sqlState.equals("HYT00")
                || sqlState.equals("55P03");
    }
}
