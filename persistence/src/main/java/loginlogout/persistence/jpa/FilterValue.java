package loginlogout.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One value of one filter of a saved report. */
@Embeddable
public class FilterValue {

    static final String AGENT = "agent";
    static final String ROUTING_PROFILE = "routingProfile";
    static final String HIERARCHY_GROUP = "hierarchyGroup";

    @Column(name = "filter_kind")
    private String kind;

    @Column(name = "filter_value")
    private String value;

    protected FilterValue() {
    }

    FilterValue(String kind, String value) {
        this.kind = kind;
        this.value = value;
    }

    String kind() {
        return kind;
    }

    String value() {
        return value;
    }
}
