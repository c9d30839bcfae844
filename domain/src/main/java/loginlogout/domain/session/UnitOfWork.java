package loginlogout.domain.session;

import java.util.function.Supplier;

/** A transaction: all of the work is stored, or none of it. */
public interface UnitOfWork {

    <T> T inTransaction(Supplier<T> work);
}
