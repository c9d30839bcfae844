package loginlogout.web.events;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import loginlogout.domain.event.AgentEvent;
import loginlogout.web.json.FieldReader;
import loginlogout.domain.event.EventType;
import loginlogout.domain.event.UserAttributes;
import loginlogout.web.problems.FieldError;
import loginlogout.web.problems.Problem;
import loginlogout.web.problems.ProblemException;

/**
 * Records of the Amazon Connect agent event stream. {@code LOGIN} and {@code LOGOUT} become events; every
 * other type is skipped. The user is the agent id at the end of {@code AgentARN}, so a record without
 * {@code CurrentAgentSnapshot} finds its username through another record of that agent.
 */
final class AmazonConnectRecords {

    private static final String CONFIGURATION = "CurrentAgentSnapshot.Configuration";

    /** The events of the records, and how many records were of other types. */
    record Parsed(List<AgentEvent> events, int skipped) {
    }

    private AmazonConnectRecords() {
    }

    /**
     * @param usernameOfAgent the username stored for an agent id, for records without snapshot whose
     *                        agent has no snapshot in this request either
     */
    static Parsed parse(List<JsonValue> records, Function<String, Optional<String>> usernameOfAgent) {
        List<FieldError> errors = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        Map<String, String> usernames = new HashMap<>();
        int skipped = 0;
        for (int i = 0; i < records.size(); i++) {
            FieldReader reader = new FieldReader(i, errors);
            if (records.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                reader.error("", "must be an agent event record object");
                continue;
            }
            JsonObject json = records.get(i).asJsonObject();
            String type = reader.requiredText(json, "EventType", "EventType");
            if (type == null) {
                continue;
            }
            if (!type.equals("LOGIN") && !type.equals("LOGOUT")) {
                skipped++;
                continue;
            }
            Candidate candidate = candidate(i, json, EventType.valueOf(type), reader);
            if (candidate != null) {
                candidates.add(candidate);
                if (candidate.username() != null) {
                    usernames.put(candidate.agentId(), candidate.username());
                }
            }
        }
        List<AgentEvent> events = new ArrayList<>();
        for (Candidate c : candidates) {
            String username = c.username() != null ? c.username()
                    : Optional.ofNullable(usernames.get(c.agentId())).or(() -> usernameOfAgent.apply(c.agentId()))
                    .orElse(null);
            if (username == null) {
                errors.add(new FieldError(c.index(), CONFIGURATION + ".Username", "the record has no "
                        + "CurrentAgentSnapshot and agent " + c.agentId() + " is unknown; send a record of this agent"
                        + " that has one (its LOGIN does) first, or in the same request"));
            } else {
                events.add(new AgentEvent(c.eventId(), username, c.agentId(), c.type(), c.time(), c.snapshot()));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(FieldError::index));
            throw new ProblemException(Problem.ofFields(errors.size() + " field(s) of the records are invalid;"
                    + " nothing of this request was stored. Fix them and send the request again.", errors));
        }
        return new Parsed(events, skipped);
    }

    private record Candidate(int index, String eventId, String agentId, String username, EventType type,
                             Instant time, UserAttributes snapshot) {
    }

    private static Candidate candidate(int index, JsonObject json, EventType type, FieldReader reader) {
        String eventId = reader.optionalText(json, "EventId", "EventId");
        Instant time = reader.requiredInstant(json, "EventTimestamp", "EventTimestamp");
        String agentId = agentId(reader.requiredText(json, "AgentARN", "AgentARN"), reader);
        JsonObject snapshot = reader.optionalObject(json, "CurrentAgentSnapshot", "CurrentAgentSnapshot");
        JsonObject configuration = reader.optionalObject(snapshot, "Configuration", CONFIGURATION);
        String username = configuration == null ? null
                : reader.requiredText(configuration, "Username", CONFIGURATION + ".Username");
        if (time == null || agentId == null || (configuration != null && username == null)) {
            return null;
        }
        return new Candidate(index, eventId, agentId, username, type, time,
                configuration == null ? null : attributes(configuration, reader));
    }

    /** The agent id: the last part of {@code arn:aws:connect:…:instance/…/agent/<id>}. */
    private static String agentId(String arn, FieldReader reader) {
        if (arn == null) {
            return null;
        }
        int at = arn.lastIndexOf("/agent/");
        if (at < 0 || at + 7 >= arn.length()) {
            reader.error("AgentARN", "must be an agent ARN ending in /agent/<agent id>, not '" + arn + "'");
            return null;
        }
        return arn.substring(at + 7);
    }

    private static UserAttributes attributes(JsonObject configuration, FieldReader reader) {
        JsonObject profile = reader.optionalObject(configuration, "RoutingProfile", CONFIGURATION + ".RoutingProfile");
        JsonObject groups = reader.optionalObject(configuration, "AgentHierarchyGroups",
                CONFIGURATION + ".AgentHierarchyGroups");
        List<String> hierarchy = new ArrayList<>();
        for (int level = 1; level <= UserAttributes.MAX_HIERARCHY_LEVELS; level++) {
            String field = CONFIGURATION + ".AgentHierarchyGroups.Level" + level;
            JsonObject group = reader.optionalObject(groups, "Level" + level, field);
            String name = group == null ? null : reader.optionalText(group, "Name", field + ".Name");
            if (name != null) {
                hierarchy.add(name);
            }
        }
        return new UserAttributes(reader.optionalText(configuration, "FirstName", CONFIGURATION + ".FirstName"),
                reader.optionalText(configuration, "LastName", CONFIGURATION + ".LastName"),
                reader.optionalText(profile, "Name", CONFIGURATION + ".RoutingProfile.Name"), hierarchy);
    }
}
