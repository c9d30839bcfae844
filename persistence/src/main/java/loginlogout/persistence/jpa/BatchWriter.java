package loginlogout.persistence.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import loginlogout.domain.event.EventRef;
import org.eclipse.persistence.sessions.UnitOfWork;

/**
 * Plain JDBC batches on the transaction's own connection, for the rows a batch of events writes: its
 * events, its users' latest state and its sessions. Through EclipseLink, building, registering and
 * comparing a batch's thousands of new entities cost as much as the database's own work (README,
 * Benchmark). Ids still come from EclipseLink's sequencing, so that they never collide with its own.
 */
final class BatchWriter {

    private final EntityManager em;

    BatchWriter(EntityManager em) {
        this.em = em;
    }

    /** The statement, on the connection that the transaction's first locking query started. */
    PreparedStatement prepare(String sql) {
        try {
            return em.unwrap(Connection.class).prepareStatement(sql);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    // Through the unit of work, as em.persist does: it allocates a new block of ids on the transaction's
    // connection. The server session's own sequencing took a second pooled connection per transaction.
    long nextId(Class<?> entity) {
        return em.unwrap(UnitOfWork.class).getNextSequenceNumberValue(entity).longValue();
    }

    static void setNullable(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    /** An event reference as its two columns, id and time, from {@code index} on; both null for none. */
    static void setRef(PreparedStatement statement, int index, EventRef ref) throws SQLException {
        setNullable(statement, index, ref == null ? null : ref.sequence());
        setNullable(statement, index + 1, ref == null ? null : EpochNanos.of(ref.time()));
    }

    /** The first statement's own error, whose SQL state says whether the batch collided with another writer. */
    static PersistenceException failure(SQLException e) {
        SQLException cause = e instanceof BatchUpdateException && e.getNextException() != null
                ? e.getNextException() : e;
        return new PersistenceException(cause.getMessage(), cause);
    }
}
