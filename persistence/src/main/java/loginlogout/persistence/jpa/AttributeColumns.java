package loginlogout.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import loginlogout.domain.event.UserAttributes;

/** A user's attributes as columns: one per hierarchy level, so a group filter can use them. */
@Embeddable
public class AttributeColumns {

    @Column(name = "first_name")
    private String firstName;
    @Column(name = "last_name")
    private String lastName;
    @Column(name = "routing_profile")
    private String routingProfile;
    @Column(name = "hierarchy_1")
    private String hierarchy1;
    @Column(name = "hierarchy_2")
    private String hierarchy2;
    @Column(name = "hierarchy_3")
    private String hierarchy3;
    @Column(name = "hierarchy_4")
    private String hierarchy4;
    @Column(name = "hierarchy_5")
    private String hierarchy5;

    protected AttributeColumns() {
    }

    static AttributeColumns of(UserAttributes attributes) {
        AttributeColumns columns = new AttributeColumns();
        columns.firstName = attributes.firstName();
        columns.lastName = attributes.lastName();
        columns.routingProfile = attributes.routingProfile();
        List<String> levels = attributes.hierarchy();
        columns.hierarchy1 = level(levels, 0);
        columns.hierarchy2 = level(levels, 1);
        columns.hierarchy3 = level(levels, 2);
        columns.hierarchy4 = level(levels, 3);
        columns.hierarchy5 = level(levels, 4);
        return columns;
    }

    /** The eight columns' names, in the order {@link #bind} sets them. */
    static final String NAMES = "first_name, last_name, routing_profile, hierarchy_1, hierarchy_2, hierarchy_3,"
            + " hierarchy_4, hierarchy_5";

    /** Sets the eight columns from {@code index} on (all null for no attributes); returns the next index. */
    static int bind(PreparedStatement statement, int index, UserAttributes attributes) throws SQLException {
        List<String> values = new ArrayList<>(8);
        if (attributes != null) {
            values.addAll(Arrays.asList(attributes.firstName(), attributes.lastName(), attributes.routingProfile()));
            values.addAll(attributes.hierarchy());
        }
        for (int i = 0; i < 8; i++) {
            statement.setString(index + i, i < values.size() ? values.get(i) : null);
        }
        return index + 8;
    }

    /** JPA leaves an embedded object null when all its columns are. */
    static UserAttributes attributesOf(AttributeColumns columns) {
        return columns == null ? UserAttributes.NONE : columns.toAttributes();
    }

    private UserAttributes toAttributes() {
        return attributesOf(firstName, lastName, routingProfile, hierarchy1, hierarchy2, hierarchy3, hierarchy4,
                hierarchy5);
    }

    /** The attributes of these column values, as a projection reads them. */
    static UserAttributes attributesOf(String firstName, String lastName, String routingProfile, String... hierarchy) {
        List<String> levels = new ArrayList<>();
        for (String level : hierarchy) {
            if (level != null) {
                levels.add(level);
            }
        }
        return new UserAttributes(firstName, lastName, routingProfile, levels);
    }

    private static String level(List<String> levels, int index) {
        return index < levels.size() ? levels.get(index) : null;
    }
}
