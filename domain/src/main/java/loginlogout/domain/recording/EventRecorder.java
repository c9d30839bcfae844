package loginlogout.domain.recording;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import loginlogout.domain.event.AgentEvent;
import loginlogout.domain.event.EventKey;
import loginlogout.domain.event.EventRef;
import loginlogout.domain.event.StoredEvent;
import loginlogout.domain.session.EventStore;
import loginlogout.domain.session.KnownUser;
import loginlogout.domain.session.Session;
import loginlogout.domain.session.SessionDerivation;
import loginlogout.domain.session.SessionStore;
import loginlogout.domain.session.UnitOfWork;
import loginlogout.domain.session.UserStore;

/**
 * Records batches of events, idempotently, and keeps the sessions up to date as they arrive.
 *
 * <p>A session is made of one event or of a login and the logout right after it, so a new event can
 * only change the sessions next to it. A late event therefore re-derives the user's history from the
 * start of the session before it to the end of the session after it, never the whole history.
 */
public final class EventRecorder {

    private final EventStore events;
    private final SessionStore sessions;
    private final UserStore users;
    private final UnitOfWork unitOfWork;

    public EventRecorder(EventStore events, SessionStore sessions, UserStore users, UnitOfWork unitOfWork) {
        this.events = Objects.requireNonNull(events);
        this.sessions = Objects.requireNonNull(sessions);
        this.users = Objects.requireNonNull(users);
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
    }

    /** Records the batch in one transaction: all of its new events, or nothing. */
    public RecordingResult record(List<AgentEvent> batch) {
        return unitOfWork.inTransaction(() -> {
            Map<String, List<AgentEvent>> freshByUser = new TreeMap<>();
            batch.forEach(e -> freshByUser.computeIfAbsent(e.username(), u -> new ArrayList<>()).add(e));
            // First, so that the duplicate checks below see every event a concurrent writer of these users
            // committed, and so that the transaction reads and writes through the one connection it locked with.
            Map<String, KnownUser> locked = users.lockForUpdate(freshByUser.keySet());
            Set<String> seenSourceIds = new HashSet<>(events.storedSourceIds(
                    batch.stream().map(AgentEvent::sourceId).filter(Objects::nonNull).distinct().toList()));
            int stored = 0;
            for (Map.Entry<String, List<AgentEvent>> user : freshByUser.entrySet()) {
                List<AgentEvent> fresh = withoutDuplicates(user.getKey(), user.getValue(), seenSourceIds);
                if (!fresh.isEmpty()) {
                    recordForUser(locked.getOrDefault(user.getKey(), KnownUser.named(user.getKey())), fresh);
                    stored += fresh.size();
                }
            }
            return new RecordingResult(batch.size(), stored, batch.size() - stored);
        });
    }

    private List<AgentEvent> withoutDuplicates(String username, List<AgentEvent> candidates,
                                               Set<String> seenSourceIds) {
        Set<EventKey> seenKeys = new HashSet<>(
                events.storedKeys(username, candidates.stream().map(AgentEvent::time).distinct().toList()));
        List<AgentEvent> fresh = new ArrayList<>();
        for (AgentEvent event : candidates) {
            boolean newId = event.sourceId() == null || seenSourceIds.add(event.sourceId());
            boolean newKey = seenKeys.add(event.key());
            if (newId && newKey) {
                fresh.add(event);
            }
        }
        return fresh;
    }

    private void recordForUser(KnownUser stored, List<AgentEvent> fresh) {
        String username = stored.username();
        KnownUser user = stored;
        for (AgentEvent event : fresh) {
            user = user.seen(event);
        }
        users.save(user);

        Instant earliest = fresh.stream().map(AgentEvent::time).min(Comparator.naturalOrder()).orElseThrow();
        Instant latest = fresh.stream().map(AgentEvent::time).max(Comparator.naturalOrder()).orElseThrow();
        // Found before the new events are stored: stored events at the same time arrived earlier, so
        // they come before the new ones.
        EventRef from = events.lastAtOrBefore(username, earliest)
                .map(before -> sessionOf(username, before).map(Session::firstEvent).orElse(before.ref()))
                .orElse(null);
        EventRef to = events.firstAfter(username, latest)
                .map(after -> sessionOf(username, after).map(Session::lastEvent).orElse(after.ref()))
                .orElse(null);

        events.append(fresh);
        List<StoredEvent> window = events.between(username, from, to);
        List<Session> derived = SessionDerivation.derive(window, user.attributes());
        sessions.replace(username, window.stream().map(StoredEvent::ref).toList(), derived);
    }

    // Every stored event belongs to a session; were one missing, re-deriving from the event itself
    // still gives the right sessions from there on.
    private Optional<Session> sessionOf(String username, StoredEvent event) {
        return sessions.containing(username, event.ref());
    }
}
