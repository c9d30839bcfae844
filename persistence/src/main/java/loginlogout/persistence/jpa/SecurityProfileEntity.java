package loginlogout.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import loginlogout.domain.access.Permission;
import loginlogout.domain.access.SecurityProfile;

/** A security profile; its permissions by API name, comma-separated. */
@Entity
@Table(name = "security_profile")
public class SecurityProfileEntity {

    @Id
    @Column(name = "name")
    private String name;

    @Column(name = "built_in", nullable = false)
    private boolean builtIn;

    @Column(name = "permissions", nullable = false)
    private String permissions;

    protected SecurityProfileEntity() {
    }

    static SecurityProfileEntity named(String name) {
        SecurityProfileEntity entity = new SecurityProfileEntity();
        entity.name = name;
        return entity;
    }

    void update(SecurityProfile profile) {
        builtIn = profile.builtIn();
        permissions = profile.permissions().stream().map(Permission::apiName).sorted().collect(Collectors.joining(","));
    }

    SecurityProfile toProfile() {
        Set<Permission> granted = EnumSet.noneOf(Permission.class);
        Arrays.stream(permissions.split(",")).filter(p -> !p.isEmpty())
                .forEach(p -> Permission.byApiName(p).ifPresent(granted::add));
        return new SecurityProfile(name, granted, builtIn);
    }
}
