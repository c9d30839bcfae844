package loginlogout.domain.access;

import java.util.Objects;
import java.util.Set;
import loginlogout.domain.event.UserAttributes;

/**
 * A user as the API manages them: the same users whose logins are reported. A user created by an event
 * has the Agent profile and no password, and cannot sign in until given one.
 *
 * @param password null when the user has none
 */
public record UserAccount(String username, UserAttributes attributes, PasswordHash password, boolean disabled,
                          Set<String> profiles) {

    public UserAccount {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(attributes, "attributes");
        profiles = Set.copyOf(profiles);
    }

    public boolean canSignIn() {
        return password != null && !disabled;
    }

    public UserAccount withAttributes(UserAttributes newAttributes) {
        return new UserAccount(username, newAttributes, password, disabled, profiles);
    }

    public UserAccount withPassword(PasswordHash newPassword) {
        return new UserAccount(username, attributes, newPassword, disabled, profiles);
    }

    public UserAccount withProfiles(Set<String> newProfiles) {
        return new UserAccount(username, attributes, password, disabled, newProfiles);
    }

    public UserAccount withDisabled(boolean newDisabled) {
        return new UserAccount(username, attributes, password, newDisabled, profiles);
    }
}
