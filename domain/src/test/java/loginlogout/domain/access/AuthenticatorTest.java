package loginlogout.domain.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import loginlogout.domain.event.UserAttributes;
import loginlogout.domain.session.UnitOfWork;
import org.junit.jupiter.api.Test;

/** Sign-in: salted slow hashes, permissions from the profiles, and the lockout after failures. */
class AuthenticatorTest {

    private static final int ITERATIONS = 1_000;

    /** A clock the test moves. */
    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-12-03T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final Map<String, UserAccount> users = new HashMap<>();
    private final AccountStore accounts = new AccountStore() {
        public Optional<UserAccount> find(String username) {
            return Optional.ofNullable(users.get(username));
        }

        public List<UserAccount> list(int offset, int limit) {
            return List.copyOf(users.values());
        }

        public long count() {
            return users.size();
        }

        public List<UserAccount> holding(Collection<String> profileNames) {
            return users.values().stream().filter(u -> u.profiles().stream().anyMatch(profileNames::contains)).toList();
        }

        public void save(UserAccount account) {
            users.put(account.username(), account);
        }
    };
    private final SecurityProfileStore profiles = new SecurityProfileStore() {
        private final Map<String, SecurityProfile> byName = new HashMap<>(Map.of(
                "CallCenterManager", SecurityProfile.CALL_CENTER_MANAGER,
                "Pipeline", new SecurityProfile("Pipeline", EnumSet.of(Permission.AGENT_EVENTS_WRITE), false)));

        public Optional<SecurityProfile> find(String name) {
            return Optional.ofNullable(byName.get(name));
        }

        public List<SecurityProfile> list() {
            return List.copyOf(byName.values());
        }

        public void save(SecurityProfile profile) {
            byName.put(profile.name(), profile);
        }

        public void delete(String name) {
            byName.remove(name);
        }
    };
    private final MovingClock clock = new MovingClock();
    private final UnitOfWork unitOfWork = new UnitOfWork() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    };
    private final Authenticator authenticator = new Authenticator(accounts, profiles, unitOfWork, clock, ITERATIONS);

    private void user(String name, String password, boolean disabled, String... profileNames) {
        accounts.save(new UserAccount(name, UserAttributes.NONE,
                password == null ? null : PasswordHash.of(password, ITERATIONS), disabled, Set.of(profileNames)));
    }

    @Test
    void aPasswordIsStoredSaltedAndSlowlyHashedAndComparedAsAWhole() {
        PasswordHash one = PasswordHash.of("correct horse battery", ITERATIONS);
        PasswordHash two = PasswordHash.of("correct horse battery", ITERATIONS);
        assertNotEquals(one.format(), two.format());
        assertTrue(one.format().startsWith("pbkdf2-sha256$1000$"));
        assertEquals(one, PasswordHash.parse(one.format()));
        assertTrue(PasswordHash.parse(one.format()).matches("correct horse battery"));
        assertFalse(one.matches("correct horse batter"));
        assertEquals("PasswordHash[redacted]", one.toString());
    }

    @Test
    void aUserSignsInWithThePermissionsOfAllTheirProfiles() {
        user("maria", "maria-password", false, "CallCenterManager", "Pipeline");
        assertEquals(new Authenticator.Accepted(new SignedInUser("maria", EnumSet.of(Permission.AGENT_TIME_CARD_VIEW,
                        Permission.AGENT_TIME_CARD_EDIT, Permission.AGENT_EVENTS_WRITE))),
                authenticator.signIn("maria", "maria-password"));
    }

    @Test
    void unknownDisabledAndPasswordlessUsersAreRefused() {
        user("gone", "gone-password", true, "CallCenterManager");
        user("agent", null, false, "Agent");
        assertEquals(new Authenticator.Refused(), authenticator.signIn("nobody", "whatever"));
        assertEquals(new Authenticator.Refused(), authenticator.signIn("gone", "gone-password"));
        assertEquals(new Authenticator.Refused(), authenticator.signIn("agent", ""));
    }

    @Test
    void fiveFailuresInARowLockTheUsernameForAMinute() {
        user("maria", "maria-password", false, "CallCenterManager");
        for (int i = 0; i < 5; i++) {
            assertEquals(new Authenticator.Refused(), authenticator.signIn("maria", "guess " + i));
        }
        assertEquals(new Authenticator.Throttled(Duration.ofMinutes(1)), authenticator.signIn("maria", "maria-password"));
        clock.now = clock.now.plusSeconds(59);
        assertEquals(new Authenticator.Throttled(Duration.ofSeconds(1)), authenticator.signIn("maria", "maria-password"));
        clock.now = clock.now.plusSeconds(1);
        assertTrue(authenticator.signIn("maria", "maria-password") instanceof Authenticator.Accepted);
    }

    @Test
    void aRememberedPasswordIsForgottenWhenThePasswordChanges() {
        user("maria", "old-password-1", false, "CallCenterManager");
        assertTrue(authenticator.signIn("maria", "old-password-1") instanceof Authenticator.Accepted);
        user("maria", "new-password-2", false, "CallCenterManager");
        assertEquals(new Authenticator.Refused(), authenticator.signIn("maria", "old-password-1"));
        assertTrue(authenticator.signIn("maria", "new-password-2") instanceof Authenticator.Accepted);
    }
}
