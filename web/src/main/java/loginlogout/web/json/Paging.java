package loginlogout.web.json;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import loginlogout.web.problems.Problem;
import loginlogout.web.problems.ProblemException;

/** A list's page: {@code offset} (from 0) and {@code limit} (1 to 500), as query parameters. */
public record Paging(int offset, int limit) {

    public static final int MAX_LIMIT = 500;

    public static Paging of(String offset, String limit) {
        return new Paging(number("offset", offset, 0, Integer.MAX_VALUE), number("limit", limit, 1, MAX_LIMIT));
    }

    /** {@code {"items": [...], "offset", "limit", "total"}}. */
    public JsonObject page(JsonArrayBuilder items, long total) {
        return Json.createObjectBuilder().add("items", items).add("offset", offset).add("limit", limit)
                .add("total", total).build();
    }

    private static int number(String parameter, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        throw new ProblemException(Problem.ofParameter(parameter, parameter + " is a whole number from " + min
                + " to " + max + ", not '" + value + "'."));
    }
}
