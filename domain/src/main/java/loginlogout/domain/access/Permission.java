package loginlogout.domain.access;

import java.util.Arrays;
import java.util.Optional;

/** What a security profile may allow; each is known by its API name, as in the seed's product. */
public enum Permission {
    /** Generate the report and its CSV, open own and published saved reports, save, share and delete own. */
    AGENT_TIME_CARD_VIEW(Names.AGENT_TIME_CARD_VIEW),
    /** Also edit, publish or unpublish, and schedule any published report. */
    AGENT_TIME_CARD_EDIT(Names.AGENT_TIME_CARD_EDIT),
    /** Also delete any published report. */
    AGENT_TIME_CARD_DELETE(Names.AGENT_TIME_CARD_DELETE),
    /** Users, their profiles and their passwords. */
    USERS_EDIT(Names.USERS_EDIT),
    SECURITY_PROFILES_EDIT(Names.SECURITY_PROFILES_EDIT),
    /** Post events: for the service account of an ingestion pipeline. */
    AGENT_EVENTS_WRITE(Names.AGENT_EVENTS_WRITE);

    /** The API names as constants, for annotations such as {@code @RolesAllowed}. */
    public static final class Names {
        public static final String AGENT_TIME_CARD_VIEW = "AgentTimeCard.View";
        public static final String AGENT_TIME_CARD_EDIT = "AgentTimeCard.Edit";
        public static final String AGENT_TIME_CARD_DELETE = "AgentTimeCard.Delete";
        public static final String USERS_EDIT = "Users.Edit";
        public static final String SECURITY_PROFILES_EDIT = "SecurityProfiles.Edit";
        public static final String AGENT_EVENTS_WRITE = "AgentEvents.Write";

        private Names() {
        }
    }

    private final String apiName;

    Permission(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    public static Optional<Permission> byApiName(String name) {
        return Arrays.stream(values()).filter(p -> p.apiName.equals(name)).findFirst();
    }
}
