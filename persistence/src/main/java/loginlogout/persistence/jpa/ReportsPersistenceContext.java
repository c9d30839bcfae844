package loginlogout.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The one persistence context of unit {@code reports}, shared by every store. Helidon keeps a persistence
 * context per injected entity manager and transaction, so stores that each injected their own would run
 * one transaction through as many connections: each blind to the others' uncommitted rows (on PostgreSQL
 * a session's foreign key to an event stored a moment before failed), and together exhausting the pool.
 */
@ApplicationScoped
public class ReportsPersistenceContext {

    @PersistenceContext(unitName = "reports")
    private EntityManager em;

    EntityManager entityManager() {
        return em;
    }
}
