package loginlogout.web.events;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import loginlogout.domain.event.AgentEvent;
import loginlogout.web.json.FieldReader;
import loginlogout.web.json.RequestBody;
import loginlogout.domain.event.EventType;
import loginlogout.domain.event.UserAttributes;
import loginlogout.web.problems.FieldError;
import loginlogout.web.problems.Problem;
import loginlogout.web.problems.ProblemException;

/**
 * The API's own event shape: {@code {"eventId", "username", "type", "time", "firstName", "lastName",
 * "routingProfile", "hierarchy"}}. An event carries a snapshot of the user when it has any of the four
 * attributes; the attributes it leaves out are then empty.
 */
final class EventJson {

    private static final Set<String> ATTRIBUTES = Set.of("firstName", "lastName", "routingProfile", "hierarchy");
    private static final Set<String> FIELDS = Set.of("eventId", "username", "type", "time", "firstName", "lastName",
            "routingProfile", "hierarchy");

    private EventJson() {
    }

    /** The events of the body, or a 400 naming every bad element and field: none are taken then. */
    static List<AgentEvent> parse(String body) {
        List<JsonValue> elements = RequestBody.elements(body, "an event object or a JSON array of them");
        List<FieldError> errors = new ArrayList<>();
        List<AgentEvent> events = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            FieldReader reader = new FieldReader(i, errors);
            if (elements.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                reader.error("", "must be an event object");
                continue;
            }
            AgentEvent event = event(elements.get(i).asJsonObject(), reader);
            if (event != null) {
                events.add(event);
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.ofFields(errors.size() + " field(s) of the events are invalid;"
                    + " nothing of this request was stored. Fix them and send the request again.", errors));
        }
        return events;
    }

    private static AgentEvent event(JsonObject json, FieldReader reader) {
        // A misspelt attribute would otherwise be dropped without a word.
        json.keySet().stream().filter(name -> !FIELDS.contains(name)).sorted().forEach(name -> reader.error(name,
                "is not a field of an event; the fields are eventId, username, type, time, firstName, lastName,"
                        + " routingProfile and hierarchy"));
        String eventId = reader.optionalText(json, "eventId", "eventId");
        String username = reader.requiredText(json, "username", "username");
        EventType type = type(reader.requiredText(json, "type", "type"), reader);
        Instant time = reader.requiredInstant(json, "time", "time");
        UserAttributes snapshot = snapshot(json, reader);
        if (eventId != null && eventId.isBlank()) {
            reader.error("eventId", "must not be blank; leave it out when the source gives none");
        }
        return username == null || type == null || time == null || (eventId != null && eventId.isBlank())
                ? null
                : new AgentEvent(eventId, username, null, type, time, snapshot);
    }

    private static EventType type(String text, FieldReader reader) {
        if (text == null) {
            return null;
        }
        try {
            return EventType.valueOf(text);
        } catch (IllegalArgumentException e) {
            reader.error("type", "must be LOGIN or LOGOUT, not '" + text + "'");
            return null;
        }
    }

    private static UserAttributes snapshot(JsonObject json, FieldReader reader) {
        if (ATTRIBUTES.stream().noneMatch(json::containsKey)) {
            return null;
        }
        List<String> hierarchy = reader.optionalTextList(json, "hierarchy", "hierarchy");
        if (hierarchy.size() > UserAttributes.MAX_HIERARCHY_LEVELS) {
            reader.error("hierarchy", "has at most " + UserAttributes.MAX_HIERARCHY_LEVELS + " levels, not "
                    + hierarchy.size());
            hierarchy = List.of();
        }
        return new UserAttributes(reader.optionalText(json, "firstName", "firstName"),
                reader.optionalText(json, "lastName", "lastName"),
                reader.optionalText(json, "routingProfile", "routingProfile"), hierarchy);
    }
}
