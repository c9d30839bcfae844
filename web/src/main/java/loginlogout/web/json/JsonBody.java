package loginlogout.web.json;

import jakarta.json.JsonObject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import loginlogout.web.problems.FieldError;
import loginlogout.web.problems.Problem;
import loginlogout.web.problems.ProblemException;

/** A request body that is one JSON object with known fields; a 400 naming the fields that are wrong. */
public final class JsonBody {

    private final JsonObject object;
    private final List<FieldError> errors = new ArrayList<>();
    private final FieldReader reader = new FieldReader(0, errors);

    private JsonBody(JsonObject object) {
        this.object = object;
    }

    /** The body's object; fields other than these are refused. */
    public static JsonBody of(String body, Set<String> fields) {
        List<JsonValue> values = RequestBody.elements(body, "a JSON object");
        if (values.size() != 1 || values.get(0).getValueType() != JsonValue.ValueType.OBJECT
                || body.strip().startsWith("[")) {
            throw new ProblemException(Problem.of(Response.Status.BAD_REQUEST, "The body must be one JSON object"
                    + " with the fields " + fields.stream().sorted().toList() + "."));
        }
        JsonBody json = new JsonBody(values.get(0).asJsonObject());
        json.object.keySet().stream().filter(f -> !fields.contains(f)).sorted().forEach(f -> json.reader.error(f,
                "is not a field here; the fields are " + fields.stream().sorted().toList()));
        return json;
    }

    public String text(String field) {
        return reader.optionalText(object, field, field);
    }

    public boolean has(String field) {
        return object.containsKey(field) && object.get(field).getValueType() != JsonValue.ValueType.NULL;
    }

    public List<String> texts(String field) {
        return reader.optionalTextList(object, field, field);
    }

    public JsonObject objectAt(String field) {
        return reader.optionalObject(object, field, field);
    }

    /** A list of strings inside a nested object, such as {@code filters.agent}. */
    public List<String> texts(JsonObject nested, String name, String field) {
        return nested == null ? List.of() : reader.optionalTextList(nested, name, field);
    }

    public Boolean bool(String field) {
        JsonValue value = object.get(field);
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        reader.error(field, "is required: true or false");
        return null;
    }

    public Long number(String field) {
        JsonValue value = object.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.NUMBER || !((JsonNumber) value).isIntegral()) {
            reader.error(field, "must be a whole number");
            return null;
        }
        return ((JsonNumber) value).longValue();
    }

    public void error(String field, String message) {
        reader.error(field, message);
    }

    /** Throws the 400 when any field was wrong. */
    public void complete() {
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.ofFields(errors.size() + " field(s) are invalid; nothing was"
                    + " changed. Fix them and send the request again.", errors));
        }
    }

    public static Set<String> fields(String... names) {
        return new LinkedHashSet<>(List.of(names));
    }

}
