package loginlogout.domain.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import loginlogout.domain.session.UnitOfWork;

/**
 * Signs users in with their username and password. Failed sign-ins are logged without the password, and
 * after {@value #FAILURES_BEFORE_LOCKOUT} in a row a username is locked for a minute, so that passwords
 * cannot be guessed at speed.
 *
 * <p>PBKDF2 is slow on purpose, and HTTP Basic sends the password with every request: a password verified
 * once is remembered for a few minutes as a peppered SHA-256 digest, never in clear, and forgotten as soon
 * as the stored hash changes.
 */
public final class Authenticator {

    /** The outcome of a sign-in. */
    public sealed interface SignIn permits Accepted, Refused, Throttled {
    }

    public record Accepted(SignedInUser user) implements SignIn {
    }

    public record Refused() implements SignIn {
    }

    public record Throttled(Duration retryAfter) implements SignIn {
    }

    static final int FAILURES_BEFORE_LOCKOUT = 5;
    static final Duration LOCKOUT = Duration.ofMinutes(1);
    private static final Duration REMEMBERED = Duration.ofMinutes(5);
    private static final int MAX_TRACKED = 10_000;
    private static final System.Logger LOG = System.getLogger(Authenticator.class.getName());

    private record Failures(int count, Instant last, Instant lockedUntil) {
    }

    private record Verified(String storedHash, byte[] digest, Instant until) {
    }

    private final AccountStore accounts;
    private final SecurityProfileStore profiles;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final PasswordHash unknownUser;
    private final byte[] pepper = new byte[32];
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    public Authenticator(AccountStore accounts, SecurityProfileStore profiles, UnitOfWork unitOfWork, Clock clock,
                         int passwordIterations) {
        this.accounts = Objects.requireNonNull(accounts);
        this.profiles = Objects.requireNonNull(profiles);
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
        this.clock = Objects.requireNonNull(clock);
        // Checked against for unknown users too, so that the answer's timing does not tell who exists.
        this.unknownUser = PasswordHash.of("no such user", passwordIterations);
        new SecureRandom().nextBytes(pepper);
    }

    public SignIn signIn(String username, String password) {
        Instant now = clock.instant();
        Failures earlier = failures.get(username);
        if (earlier != null && earlier.lockedUntil() != null && now.isBefore(earlier.lockedUntil())) {
            return new Throttled(Duration.between(now, earlier.lockedUntil()));
        }
        // Read in one short transaction, and the password checked after it, so that hashing holds no connection.
        Optional<Candidate> candidate = unitOfWork.inTransaction(() -> accounts.find(username)
                .filter(UserAccount::canSignIn)
                .map(account -> new Candidate(account, permissionsOf(account))));
        if (candidate.isPresent() && passwordMatches(candidate.get().account(), password, now)) {
            failures.remove(username);
            return new Accepted(new SignedInUser(username, candidate.get().permissions()));
        }
        if (candidate.isEmpty()) {
            unknownUser.matches(password);
        }
        recordFailure(username, now);
        // Escaped, so that a username cannot forge log lines.
        LOG.log(System.Logger.Level.WARNING, "Failed sign-in for user ''{0}''", printable(username));
        return new Refused();
    }

    private record Candidate(UserAccount account, Set<Permission> permissions) {
    }

    /** What the user's profiles together allow. */
    public Set<Permission> permissionsOf(UserAccount account) {
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        account.profiles().forEach(name -> profiles.find(name).ifPresent(p -> permissions.addAll(p.permissions())));
        return permissions;
    }

    private boolean passwordMatches(UserAccount account, String password, Instant now) {
        String stored = account.password().format();
        byte[] digest = digest(account.username(), password);
        Verified remembered = verified.get(account.username());
        if (remembered != null && remembered.storedHash().equals(stored) && now.isBefore(remembered.until())
                && MessageDigest.isEqual(remembered.digest(), digest)) {
            return true;
        }
        if (!account.password().matches(password)) {
            return false;
        }
        verified.put(account.username(), new Verified(stored, digest, now.plus(REMEMBERED)));
        return true;
    }

    private void recordFailure(String username, Instant now) {
        if (failures.size() >= MAX_TRACKED) {
            failures.values().removeIf(f -> f.last().plus(LOCKOUT).isBefore(now));
        }
        failures.compute(username, (name, f) -> {
            int count = f == null || f.last().plus(LOCKOUT).isBefore(now) ? 1 : f.count() + 1;
            return new Failures(count, now, count >= FAILURES_BEFORE_LOCKOUT ? now.plus(LOCKOUT) : null);
        });
    }

    private static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(100).forEach(c -> out.append(Character.isISOControl(c)
                ? String.format("\\u%04x", c) : new String(Character.toChars(c))));
        return out.toString();
    }

    private byte[] digest(String username, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(pepper);
            sha.update(username.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return sha.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
