package loginlogout.web.json;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import loginlogout.web.problems.Problem;
import loginlogout.web.problems.ProblemException;

/** A request body read as JSON: one object, an array of them, or (where allowed) one object per line. */
public final class RequestBody {

    /**
     * Beyond this a request is refused whole. A request is one transaction, and a batch of many distinct
     * users costs a few milliseconds each: larger histories go in several requests.
     */
    public static final int MAX_ELEMENTS = 1_000;

    private RequestBody() {
    }

    /**
     * The elements of a JSON array, or the one JSON value of the body.
     *
     * @param expected what the body should hold, for the message when it holds nothing
     */
    public static List<JsonValue> elements(String body, String expected) {
        if (body.isBlank()) {
            throw badRequest("The body is empty: send " + expected + ".");
        }
        JsonValue value = parse(body, "The body", "");
        List<JsonValue> elements = value.getValueType() == JsonValue.ValueType.ARRAY
                ? value.asJsonArray()
                : List.of(value);
        return limited(elements);
    }

    /** Newline-delimited JSON: one value per line, blank lines ignored. */
    public static List<JsonValue> lines(String body, String expected) {
        List<JsonValue> elements = new ArrayList<>();
        String[] lines = body.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                elements.add(parse(lines[i], "Line " + (i + 1), " of the line"));
            }
        }
        if (elements.isEmpty()) {
            throw badRequest("The body is empty: send " + expected + ".");
        }
        return limited(elements);
    }

    public static boolean isJson(String body) {
        try {
            parse(body, "", "");
            return true;
        } catch (ProblemException e) {
            return false;
        }
    }

    private static JsonValue parse(String text, String what, String where) {
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            parser.next();
            JsonValue value = parser.getValue();
            if (parser.hasNext()) {
                throw badRequest(what + " holds more than one JSON value; send one array of them, or one per"
                        + " line as application/x-ndjson.");
            }
            return value;
        } catch (JsonParsingException e) {
            throw badRequest(what + " is not valid JSON at line " + e.getLocation().getLineNumber() + where
                    + ", column " + e.getLocation().getColumnNumber() + ".");
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            // Parsson's other refusals, such as nesting deeper than it reads.
            throw badRequest(what + " is not JSON this service reads: " + e.getMessage());
        }
    }

    private static List<JsonValue> limited(List<JsonValue> elements) {
        if (elements.size() > MAX_ELEMENTS) {
            throw new ProblemException(new Problem(413, "Content Too Large", "A request carries at most "
                    + MAX_ELEMENTS + " events; this one has " + elements.size() + ". Send them in several requests.",
                    null, List.of()));
        }
        return elements;
    }

    private static ProblemException badRequest(String detail) {
        return new ProblemException(Problem.of(Response.Status.BAD_REQUEST, detail));
    }
}
