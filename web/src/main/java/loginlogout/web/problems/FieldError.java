package loginlogout.web.problems;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** One bad field of one element of a request body: the element's index, the field's name, and why. */
public record FieldError(int index, String field, String message) {

    JsonObject toJson() {
        return Json.createObjectBuilder().add("index", index).add("field", field).add("message", message).build();
    }
}
