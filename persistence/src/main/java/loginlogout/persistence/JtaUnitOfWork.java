package loginlogout.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import loginlogout.domain.failure.InvalidSettingException;
import loginlogout.domain.session.UnitOfWork;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A JTA transaction per unit of work. Two writers that create the same new user or store the same event
 * at once collide on a unique key, or one waits too long for the other's lock; the loser is run again,
 * and then finds the winner's rows.
 *
 * <p>A transaction holds one connection, and at most {@code db.pool-size - 1} are open at once, so a
 * transaction never waits for a connection. EclipseLink's connections share one lock, which a statement
 * that waits for a connection keeps, and a transaction keeps its connection while it waits for another's
 * row lock: with the pool exhausted, a burst of writes for one user stalled every request until the
 * pool's timeout.
 */
@ApplicationScoped
public class JtaUnitOfWork implements UnitOfWork {

    private static final int ATTEMPTS = 3;

    private final Transaction transaction;
    private final Semaphore transactionsAtOnce;
    private final ThreadLocal<Boolean> inside = ThreadLocal.withInitial(() -> false);

    @Inject
    JtaUnitOfWork(Transaction transaction, @ConfigProperty(name = "db.pool-size") int poolSize) {
        if (poolSize < 2) {
            throw new InvalidSettingException("db.pool-size=" + poolSize + " is too small; it is at least 2.");
        }
        this.transaction = transaction;
        this.transactionsAtOnce = new Semaphore(poolSize - 1, true);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (inside.get()) {
            return work.get();
        }
        transactionsAtOnce.acquireUninterruptibly();
        inside.set(true);
        try {
            return withRetries(work);
        } finally {
            inside.set(false);
            transactionsAtOnce.release();
        }
    }

    private <T> T withRetries(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.run(work);
            } catch (Exception e) { // also the checked RollbackException of a collision found at commit
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
    // timeout; 90131: H2's concurrent update of a row; 55P03: PostgreSQL's lock not available.
    private static boolean isCollision(String sqlState) {
        return sqlState.startsWith("23") || sqlState.startsWith("40") || sqlState.equals("HYT00")
                || sqlState.equals("90131") || sqlState.equals("55P03");
    }
}
