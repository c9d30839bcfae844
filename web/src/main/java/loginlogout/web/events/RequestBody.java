package loginlogout.web.events;

import jakarta.json.Json;
import jakarta.json.JsonException;
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
final class RequestBody {

    /** Beyond this a request is refused whole: send larger histories in several requests. */
    static final int MAX_ELEMENTS = 10_000;

    private RequestBody() {
    }

    /** The elements of a JSON array, or the one JSON value of the body. */
    static List<JsonValue> elements(String body) {
        JsonValue value = parse(body, "The body");
        List<JsonValue> elements = value.getValueType() == JsonValue.ValueType.ARRAY
                ? value.asJsonArray()
                : List.of(value);
        return limited(elements);
    }

    /** Newline-delimited JSON: one value per line, blank lines ignored. */
    static List<JsonValue> lines(String body) {
        List<JsonValue> elements = new ArrayList<>();
        String[] lines = body.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                elements.add(parse(lines[i], "Line " + (i + 1)));
            }
        }
        return limited(elements);
    }

    static boolean isJson(String body) {
        try {
            parse(body, "");
            return true;
        } catch (ProblemException e) {
            return false;
        }
    }

    private static JsonValue parse(String text, String what) {
        if (text.isBlank()) {
            throw new ProblemException(Problem.of(Response.Status.BAD_REQUEST,
                    "The body is empty: send an event object or a JSON array of them."));
        }
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            parser.next();
            JsonValue value = parser.getValue();
            if (parser.hasNext()) {
                throw new ProblemException(Problem.of(Response.Status.BAD_REQUEST, what + " holds more than one JSON"
                        + " value; send one array of them, or one per line as application/x-ndjson."));
            }
            return value;
        } catch (JsonParsingException e) {
            throw new ProblemException(Problem.of(Response.Status.BAD_REQUEST,
                    what + " is not valid JSON at line " + e.getLocation().getLineNumber() + ", column "
                            + e.getLocation().getColumnNumber() + ": " + e.getMessage()));
        } catch (JsonException e) {
            throw new ProblemException(Problem.of(Response.Status.BAD_REQUEST,
                    what + " is not valid JSON: " + e.getMessage()));
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
}
