package loginlogout.domain.access;

import java.util.List;
import java.util.Optional;

/** The security profiles, the built-in ones among them. */
public interface SecurityProfileStore {

    Optional<SecurityProfile> find(String name);

    /** Every profile, by name. */
    List<SecurityProfile> list();

    void save(SecurityProfile profile);

    void delete(String name);
}
