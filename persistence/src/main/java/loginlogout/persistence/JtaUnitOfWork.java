package loginlogout.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.function.Supplier;
import loginlogout.domain.session.UnitOfWork;

/**
 * A JTA transaction per unit of work. Two writers that create the same new user or store the same event
 * at once collide on a unique key; the loser is run again, and then finds the winner's rows.
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
                if (attempt == ATTEMPTS || !isUniqueKeyCollision(e)) {
                    throw e;
                }
            }
        }
    }

    private static boolean isUniqueKeyCollision(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            // SQL state class 23 is an integrity constraint violation, on H2 and PostgreSQL alike.
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
