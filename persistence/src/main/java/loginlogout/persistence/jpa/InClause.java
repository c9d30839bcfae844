package loginlogout.persistence.jpa;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Splits the values of an IN clause so that no statement carries more parameters than a database takes.
 */
final class InClause {

    static final int MAX_VALUES = 500;

    private InClause() {
    }

    static <T> List<List<T>> chunks(Collection<T> values) {
        List<T> all = new ArrayList<>(values);
        List<List<T>> chunks = new ArrayList<>();
        for (int start = 0; start < all.size(); start += MAX_VALUES) {
            chunks.add(all.subList(start, Math.min(all.size(), start + MAX_VALUES)));
        }
        return chunks;
    }
}
