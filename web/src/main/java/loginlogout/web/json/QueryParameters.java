package loginlogout.web.json;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import loginlogout.web.problems.Problem;
import loginlogout.web.problems.ProblemException;

/** A query's parameters checked against the ones an address takes: a misspelt one is a 400, never ignored. */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** Refuses a parameter not in {@code allowed}, and one of them given twice. */
    public static void only(MultivaluedMap<String, String> query, Set<String> allowed) {
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            if (!allowed.contains(parameter.getKey())) {
                throw new ProblemException(Problem.ofParameter(parameter.getKey(), "Unknown parameter '"
                        + parameter.getKey() + "'; this address takes " + (allowed.isEmpty() ? "none"
                        : String.join(", ", allowed.stream().sorted().toList())) + "."));
            }
            if (parameter.getValue().size() > 1) {
                throw new ProblemException(Problem.ofParameter(parameter.getKey(), parameter.getKey() + " is given "
                        + parameter.getValue().size() + " times; give it once."));
            }
        }
    }
}
