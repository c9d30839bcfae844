package loginlogout.domain.access;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import loginlogout.domain.event.UserAttributes;
import loginlogout.domain.failure.ConflictException;
import loginlogout.domain.failure.InvalidInputException;
import loginlogout.domain.failure.NotFoundException;
import loginlogout.domain.failure.NotPermittedException;
import loginlogout.domain.session.UnitOfWork;

/**
 * Users and security profiles, as administrators manage them. Two rules guard every change: nobody
 * grants, or manages a user or profile that holds, a permission they do not hold themselves (or
 * {@code Users.Edit} alone would make anyone Admin); and some user who can sign in must still hold both
 * {@code Users.Edit} and {@code SecurityProfiles.Edit}, or nobody could ever manage users again.
 */
public final class UserAdministration {

    public static final int MIN_PASSWORD = 12;
    public static final int MAX_PASSWORD = 256;
    public static final int MAX_USERNAME = 256;

    /** A page of users, in username order. */
    public record UserPage(List<UserAccount> users, long total) {
    }

    private final AccountStore accounts;
    private final SecurityProfileStore profiles;
    private final UnitOfWork unitOfWork;
    private final int passwordIterations;

    public UserAdministration(AccountStore accounts, SecurityProfileStore profiles, UnitOfWork unitOfWork,
                              int passwordIterations) {
        this.accounts = Objects.requireNonNull(accounts);
        this.profiles = Objects.requireNonNull(profiles);
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
        this.passwordIterations = passwordIterations;
    }

    /** Stores the built-in profiles as the code defines them, so that an upgrade brings their changes. */
    public void ensureBuiltInProfiles() {
        unitOfWork.inTransaction(() -> {
            SecurityProfile.BUILT_IN.forEach(profiles::save);
            return null;
        });
    }

    /** Creates the bootstrap administrator unless a user of that name exists; true when it was created. */
    public boolean ensureBootstrapAdmin(String username, String password) {
        return unitOfWork.inTransaction(() -> {
            if (accounts.find(username).isPresent()) {
                return false;
            }
            accounts.save(new UserAccount(checkedUsername(username), UserAttributes.NONE,
                    PasswordHash.of(checkedPassword(password), passwordIterations), false,
                    Set.of(SecurityProfile.ADMIN.name())));
            return true;
        });
    }

    /** Whether anyone can sign in and manage users and profiles. */
    public boolean anyoneAdministers() {
        return unitOfWork.inTransaction(() -> administrators(List.of(), Map.of()) > 0);
    }

    public UserPage users(int offset, int limit) {
        return unitOfWork.inTransaction(() -> new UserPage(accounts.list(offset, limit), accounts.count()));
    }

    public UserAccount user(String username) {
        return unitOfWork.inTransaction(() -> existing(username));
    }

    /** A new user; the password may be null, and then the user cannot sign in until given one. */
    public UserAccount createUser(SignedInUser actor, String username, UserAttributes attributes, String password,
                                  Set<String> profileNames) {
        String name = checkedUsername(username);
        PasswordHash hash = password == null ? null : PasswordHash.of(checkedPassword(password), passwordIterations);
        return unitOfWork.inTransaction(() -> {
            if (accounts.find(name).isPresent()) {
                throw new ConflictException("A user named '" + name + "' exists already; change it with PUT.");
            }
            requireHeld(actor, permissionsOf(existingProfiles(profileNames)));
            UserAccount account = new UserAccount(name, attributes, hash, false, existingProfiles(profileNames));
            accounts.save(account);
            return account;
        });
    }

    public UserAccount updateAttributes(SignedInUser actor, String username, UserAttributes attributes) {
        return change(actor, username, account -> account.withAttributes(attributes));
    }

    public UserAccount setPassword(SignedInUser actor, String username, String password) {
        PasswordHash hash = PasswordHash.of(checkedPassword(password), passwordIterations);
        return change(actor, username, account -> account.withPassword(hash));
    }

    public UserAccount setProfiles(SignedInUser actor, String username, Set<String> profileNames) {
        return change(actor, username, account -> account.withProfiles(existingProfiles(profileNames)));
    }

    public UserAccount setDisabled(SignedInUser actor, String username, boolean disabled) {
        return change(actor, username, account -> account.withDisabled(disabled));
    }

    public List<SecurityProfile> profiles() {
        return unitOfWork.inTransaction(profiles::list);
    }

    public SecurityProfile profile(String name) {
        return unitOfWork.inTransaction(() -> existingProfile(name));
    }

    public SecurityProfile createProfile(SignedInUser actor, String name, Set<Permission> permissions) {
        SecurityProfile profile = new SecurityProfile(name, permissions, false);
        requireHeld(actor, permissions);
        return unitOfWork.inTransaction(() -> {
            // Case-blind, so that nobody mistakes an 'admin' for the Admin profile.
            profiles.list().stream().filter(p -> p.name().equalsIgnoreCase(profile.name())).findFirst()
                    .ifPresent(p -> {
                        throw new ConflictException("A security profile named '" + p.name() + "' exists already.");
                    });
            profiles.save(profile);
            return profile;
        });
    }

    public SecurityProfile updateProfile(SignedInUser actor, String name, Set<Permission> permissions) {
        return unitOfWork.inTransaction(() -> {
            SecurityProfile current = existingProfile(name);
            if (current.builtIn()) {
                throw new ConflictException("'" + current.name() + "' is a built-in profile and cannot change;"
                        + " make a profile of your own instead.");
            }
            requireHeld(actor, current.permissions());
            requireHeld(actor, permissions);
            SecurityProfile changed = new SecurityProfile(current.name(), permissions, current.builtIn());
            keepAnAdministrator(List.of(), Map.of(changed.name(), changed));
            profiles.save(changed);
            return changed;
        });
    }

    public void deleteProfile(SignedInUser actor, String name) {
        unitOfWork.inTransaction(() -> {
            SecurityProfile current = existingProfile(name);
            if (current.builtIn()) {
                throw new ConflictException("'" + current.name() + "' is a built-in profile and cannot be deleted.");
            }
            requireHeld(actor, current.permissions());
            List<UserAccount> holders = accounts.holding(List.of(current.name()));
            if (!holders.isEmpty()) {
                throw new ConflictException("'" + current.name() + "' is held by " + holders.size()
                        + " user(s), such as '" + holders.get(0).username() + "'; give them other profiles first.");
            }
            profiles.delete(current.name());
            return null;
        });
    }

    private UserAccount change(SignedInUser actor, String username, UnaryOperator<UserAccount> change) {
        return unitOfWork.inTransaction(() -> {
            UserAccount current = existing(username);
            requireHeld(actor, permissionsOf(current.profiles()));
            UserAccount changed = change.apply(current);
            requireHeld(actor, permissionsOf(changed.profiles()));
            keepAnAdministrator(List.of(changed), Map.of());
            accounts.save(changed);
            return changed;
        });
    }

    private void keepAnAdministrator(List<UserAccount> changedUsers, Map<String, SecurityProfile> changedProfiles) {
        if (administrators(changedUsers, changedProfiles) == 0) {
            throw new ConflictException("This would leave nobody who can sign in with both Users.Edit and"
                    + " SecurityProfiles.Edit; give another user the Admin profile (and a password) first.");
        }
    }

    /** How many users could sign in and administer, were these changes made. */
    private long administrators(List<UserAccount> changedUsers, Map<String, SecurityProfile> changedProfiles) {
        Map<String, SecurityProfile> byName = new HashMap<>();
        profiles.list().forEach(p -> byName.put(p.name(), p));
        byName.putAll(changedProfiles);
        Set<String> granting = byName.values().stream()
                .filter(p -> p.permissions().contains(Permission.USERS_EDIT)
                        || p.permissions().contains(Permission.SECURITY_PROFILES_EDIT))
                .map(SecurityProfile::name).collect(Collectors.toSet());
        Map<String, UserAccount> candidates = new HashMap<>();
        accounts.holding(granting).forEach(a -> candidates.put(a.username(), a));
        changedUsers.forEach(a -> candidates.put(a.username(), a));
        return candidates.values().stream().filter(UserAccount::canSignIn).filter(a -> {
            Set<Permission> held = EnumSet.noneOf(Permission.class);
            a.profiles().forEach(name -> {
                if (byName.containsKey(name)) {
                    held.addAll(byName.get(name).permissions());
                }
            });
            return held.contains(Permission.USERS_EDIT) && held.contains(Permission.SECURITY_PROFILES_EDIT);
        }).count();
    }

    private Set<Permission> permissionsOf(Set<String> profileNames) {
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        profileNames.forEach(name -> profiles.find(name).ifPresent(p -> permissions.addAll(p.permissions())));
        return permissions;
    }

    private static void requireHeld(SignedInUser actor, Set<Permission> permissions) {
        List<String> missing = permissions.stream().filter(p -> !actor.may(p)).map(Permission::apiName).sorted().toList();
        if (!missing.isEmpty()) {
            throw new NotPermittedException("You cannot grant, or manage a user or profile that holds, permissions"
                    + " you do not hold yourself: " + String.join(", ", missing) + ".");
        }
    }

    private UserAccount existing(String username) {
        return accounts.find(username).orElseThrow(() -> new NotFoundException("There is no user '" + username + "'."));
    }

    private SecurityProfile existingProfile(String name) {
        return profiles.find(name).orElseThrow(() -> new NotFoundException("There is no security profile '" + name
                + "'."));
    }

    private Set<String> existingProfiles(Set<String> names) {
        if (names == null || names.isEmpty()) {
            throw new InvalidInputException("profiles", "A user has at least one security profile, such as Agent.");
        }
        List<String> unknown = new ArrayList<>();
        names.stream().sorted().forEach(name -> {
            if (profiles.find(name).isEmpty()) {
                unknown.add(name);
            }
        });
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("profiles", "There is no security profile " + unknown
                    + "; the profiles are " + profiles.list().stream().map(SecurityProfile::name).toList() + ".");
        }
        return names;
    }

    private static String checkedUsername(String username) {
        if (username == null || username.isBlank()) {
            throw new InvalidInputException("username", "username is required.");
        }
        if (username.length() > MAX_USERNAME || username.chars().anyMatch(Character::isISOControl)
                || !username.equals(username.strip()) || username.contains(":")) {
            throw new InvalidInputException("username", "A username is at most " + MAX_USERNAME
                    + " characters, without control characters, ':' (HTTP Basic cannot send it) or surrounding"
                    + " spaces.");
        }
        return username;
    }

    private static String checkedPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            throw new InvalidInputException("password", "A password has " + MIN_PASSWORD + " to " + MAX_PASSWORD
                    + " characters.");
        }
        return password;
    }
}
