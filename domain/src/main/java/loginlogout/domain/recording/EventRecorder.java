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
import java.util.stream.Stream;
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
 * only change the sessions next to it. A user's events that all come after their history (a live
 * feed's) re-derive only the user's last session; a late event re-derives from the start of the session
 * before it to the end of the session after it. Never the whole history.
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
            Map<String, List<AgentEvent>> byUser = new TreeMap<>();
            batch.forEach(e -> byUser.computeIfAbsent(e.username(), u -> new ArrayList<>()).add(e));
            // First, so that the duplicate checks below see every event a concurrent writer of these users
            // committed, and so that the transaction reads and writes through the one connection it locked with.
            Map<String, KnownUser> locked = users.lockForUpdate(byUser.keySet());
            Set<String> storedSourceIds = events.storedSourceIds(
                    batch.stream().map(AgentEvent::sourceId).filter(Objects::nonNull).distinct().toList());
            Set<String> seenSourceIds = new HashSet<>(storedSourceIds);
            List<Arrival> afterHistory = new ArrayList<>();
            List<Arrival> late = new ArrayList<>();
            int stored = 0;
            for (Map.Entry<String, List<AgentEvent>> entry : byUser.entrySet()) {
                KnownUser user = locked.get(entry.getKey());
                // A redelivered event is known by its id before anything is read for it.
                List<AgentEvent> candidates = entry.getValue().stream()
                        .filter(e -> e.sourceId() == null || !storedSourceIds.contains(e.sourceId())).toList();
                if (candidates.isEmpty()) {
                    continue;
                }
                // Events after all of the user's history cannot repeat a stored one's user, type and time.
                boolean before = !user.allAfterHistory(candidates);
                Set<EventKey> seenKeys = before
                        ? new HashSet<>(events.storedKeys(user.username(), times(candidates)))
                        : new HashSet<>();
                List<AgentEvent> fresh = withoutDuplicates(candidates, seenSourceIds, seenKeys);
                if (fresh.isEmpty()) {
                    continue;
                }
                stored += fresh.size();
                (before ? late : afterHistory).add(new Arrival(user, fresh));
            }
            recordAfterHistory(afterHistory);
            late.forEach(arrival -> recordLate(arrival.user(), arrival.fresh()));
            return new RecordingResult(batch.size(), stored, batch.size() - stored);
        });
    }

    private record Arrival(KnownUser user, List<AgentEvent> fresh) {
    }

    private static List<Instant> times(List<AgentEvent> events) {
        return events.stream().map(AgentEvent::time).distinct().toList();
    }

    private static List<AgentEvent> withoutDuplicates(List<AgentEvent> candidates, Set<String> seenSourceIds,
                                                      Set<EventKey> seenKeys) {
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

    /**
     * All of these users at once, each with a few statements for the whole batch: their last sessions,
     * those sessions' events, then one replacement. The events from a last session's first on are that
     * session's own, so they and the new events are the whole window to re-derive.
     */
    private void recordAfterHistory(List<Arrival> arrivals) {
        if (arrivals.isEmpty()) {
            return;
        }
        List<EventRef> latest = arrivals.stream().map(a -> a.user().latest()).filter(Objects::nonNull).toList();
        Map<EventRef, Session> lastSessions = sessions.containing(latest);
        Map<EventRef, StoredEvent> tails = new TreeMap<>();
        events.byRef(latest.stream().flatMap(ref -> tailOf(ref, lastSessions)).toList())
                .forEach(e -> tails.put(e.ref(), e));
        List<StoredEvent> appended = events.append(arrivals.stream().flatMap(a -> a.fresh().stream()).toList());

        List<KnownUser> updated = new ArrayList<>();
        List<EventRef> replaced = new ArrayList<>();
        List<Session> derived = new ArrayList<>();
        int next = 0;
        for (Arrival arrival : arrivals) {
            List<StoredEvent> window = new ArrayList<>();
            if (arrival.user().latest() != null) {
                tailOf(arrival.user().latest(), lastSessions).map(tails::get).filter(Objects::nonNull)
                        .forEach(window::add);
            }
            List<StoredEvent> fresh = appended.subList(next, next + arrival.fresh().size());
            next += fresh.size();
            window.addAll(fresh);
            window.sort(StoredEvent.IN_TIME_ORDER);
            KnownUser user = seenAll(arrival.user(), arrival.fresh()).stored(fresh);
            updated.add(user);
            List<Session> sessionsOfWindow = SessionDerivation.derive(window, user.attributes());
            // New events have no sessions yet: only the last session can be replaced. A login after a closed
            // session leaves it as it is, and then it is neither deleted nor written again.
            Session last = arrival.user().latest() == null ? null : lastSessions.get(arrival.user().latest());
            if (last != null && sessionsOfWindow.contains(last)) {
                sessionsOfWindow.stream().filter(session -> !session.equals(last)).forEach(derived::add);
            } else {
                if (last != null) {
                    Stream.of(last.login(), last.logout()).filter(Objects::nonNull).forEach(replaced::add);
                }
                derived.addAll(sessionsOfWindow);
            }
        }
        users.save(updated);
        sessions.replace(replaced, derived);
    }

    // Every stored event belongs to a session; were one missing, re-deriving from the event itself
    // still gives the right sessions from there on.
    private static Stream<EventRef> tailOf(EventRef latest, Map<EventRef, Session> lastSessions) {
        Session last = lastSessions.get(latest);
        return last == null ? Stream.of(latest) : Stream.of(last.login(), last.logout()).filter(Objects::nonNull);
    }

    private static KnownUser seenAll(KnownUser user, List<AgentEvent> fresh) {
        KnownUser seen = user;
        for (AgentEvent event : fresh) {
            seen = seen.seen(event);
        }
        return seen;
    }

    private void recordLate(KnownUser stored, List<AgentEvent> fresh) {
        String username = stored.username();
        Instant earliest = fresh.stream().map(AgentEvent::time).min(Comparator.naturalOrder()).orElseThrow();
        Instant latest = fresh.stream().map(AgentEvent::time).max(Comparator.naturalOrder()).orElseThrow();
        // Found before the new events are stored: stored events at the same time arrived earlier, so
        // they come before the new ones.
        EventRef from = events.lastAtOrBefore(username, earliest)
                .map(before -> sessionOf(before).map(Session::firstEvent).orElse(before.ref()))
                .orElse(null);
        EventRef to = events.firstAfter(username, latest)
                .map(after -> sessionOf(after).map(Session::lastEvent).orElse(after.ref()))
                .orElse(null);

        List<StoredEvent> appended = events.append(fresh);
        KnownUser user = seenAll(stored, fresh).stored(appended);
        users.save(List.of(user));
        List<StoredEvent> window = events.between(username, from, to);
        List<Session> derived = SessionDerivation.derive(window, user.attributes());
        sessions.replace(window.stream().map(StoredEvent::ref).toList(), derived);
    }

    private Optional<Session> sessionOf(StoredEvent event) {
        return Optional.ofNullable(sessions.containing(List.of(event.ref())).get(event.ref()));
    }
}
