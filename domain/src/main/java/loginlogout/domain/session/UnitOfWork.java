package loginlogout.domain.session;

import java.util.function.Supplier;

/**
 * A transaction: all of the work is stored, or none of it. Every read and write of the stores happens in
 * one; work started inside another's joins it.
 */
public interface UnitOfWork {

    <T> T inTransaction(Supplier<T> work);
}
