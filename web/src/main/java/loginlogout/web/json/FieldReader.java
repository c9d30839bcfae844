package loginlogout.web.json;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import loginlogout.domain.event.SupportedPeriod;
import loginlogout.web.problems.FieldError;

/** Reads the fields of one element of a request body, collecting what is wrong instead of stopping at it. */
public final class FieldReader {

    private final int index;
    private final List<FieldError> errors;

    public FieldReader(int index, List<FieldError> errors) {
        this.index = index;
        this.errors = errors;
    }

    public void error(String field, String message) {
        errors.add(new FieldError(index, field, message));
    }

    /** The text at this field, or null when it is absent or JSON null; an error when it is not text. */
    public String optionalText(JsonObject object, String name, String field) {
        JsonValue value = object == null ? null : object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonString text)) {
            error(field, "must be a string, not " + value.getValueType().toString().toLowerCase());
            return null;
        }
        String s = text.getString();
        String problem = TextRule.problemWith(s);
        if (problem != null) {
            error(field, problem);
            return null;
        }
        return s;
    }

    public String requiredText(JsonObject object, String name, String field) {
        int before = errors.size();
        String s = optionalText(object, name, field);
        if (s == null && errors.size() == before) {
            error(field, "is required");
        } else if (s != null && s.isBlank()) {
            error(field, "must not be blank");
            return null;
        }
        return s;
    }

    /** An ISO-8601 instant with {@code Z} or an offset, fractional seconds allowed. */
    public Instant requiredInstant(JsonObject object, String name, String field) {
        String s = requiredText(object, name, field);
        if (s == null) {
            return null;
        }
        try {
            Instant time = OffsetDateTime.parse(s).toInstant();
            if (!SupportedPeriod.contains(time)) {
                error(field, "must be " + SupportedPeriod.DESCRIPTION + ", not '" + s + "'");
                return null;
            }
            return time;
        } catch (DateTimeParseException e) {
            error(field, "must be an ISO-8601 time with Z or an offset, such as 2026-11-02T13:00:00Z, not '" + s + "'");
            return null;
        }
    }

    public JsonObject optionalObject(JsonObject object, String name, String field) {
        JsonValue value = object == null ? null : object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            error(field, "must be an object, not " + value.getValueType().toString().toLowerCase());
            return null;
        }
        return value.asJsonObject();
    }

    /** An array of non-blank strings, or an empty list when absent. */
    public List<String> optionalTextList(JsonObject object, String name, String field) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            error(field, "must be an array of strings");
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < value.asJsonArray().size(); i++) {
            JsonValue item = value.asJsonArray().get(i);
            String problem = item instanceof JsonString text
                    ? (text.getString().isBlank() ? "must not be blank" : TextRule.problemWith(text.getString()))
                    : "must be a string";
            if (problem != null) {
                error(field + "[" + i + "]", problem);
            } else {
                texts.add(((JsonString) item).getString());
            }
        }
        return texts;
    }
}
