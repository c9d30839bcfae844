package loginlogout.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import loginlogout.domain.event.AgentEvent;
import loginlogout.domain.event.EventKey;
import loginlogout.domain.event.EventRef;
import loginlogout.domain.event.StoredEvent;
import loginlogout.domain.report.TimeRange;
import loginlogout.domain.session.EventStore;
import loginlogout.domain.session.KnownUser;
import loginlogout.domain.session.Session;
import loginlogout.domain.session.SessionStore;
import loginlogout.domain.session.UnitOfWork;
import loginlogout.domain.session.UserStore;

/**
 * The domain's stores in memory, so that the rules are tested in milliseconds; the JPA stores are
 * tested through the API against H2. A failed unit of work restores the state before it.
 */
public final class InMemoryHistory implements EventStore, SessionStore, UserStore, UnitOfWork {

    private List<StoredEvent> events = new ArrayList<>();
    private List<Session> sessions = new ArrayList<>();
    private Map<String, KnownUser> users = new HashMap<>();
    private long nextSequence = 1;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        List<StoredEvent> eventsBefore = new ArrayList<>(events);
        List<Session> sessionsBefore = new ArrayList<>(sessions);
        Map<String, KnownUser> usersBefore = new HashMap<>(users);
        long sequenceBefore = nextSequence;
        try {
            return work.get();
        } catch (RuntimeException e) {
            events = eventsBefore;
            sessions = sessionsBefore;
            users = usersBefore;
            nextSequence = sequenceBefore;
            throw e;
        }
    }

    @Override
    public Set<String> storedSourceIds(Collection<String> sourceIds) {
        Set<String> found = new HashSet<>();
        events.forEach(e -> {
            if (sourceIds.contains(e.event().sourceId())) {
                found.add(e.event().sourceId());
            }
        });
        return found;
    }

    @Override
    public Set<EventKey> storedKeys(String username, Collection<Instant> times) {
        Set<EventKey> found = new HashSet<>();
        events.stream().filter(e -> e.event().username().equals(username) && times.contains(e.event().time()))
                .forEach(e -> found.add(e.event().key()));
        return found;
    }

    @Override
    public Optional<StoredEvent> lastAtOrBefore(String username, Instant time) {
        return ofUser(username).filter(e -> !e.event().time().isAfter(time)).max(StoredEvent.IN_TIME_ORDER);
    }

    @Override
    public Optional<StoredEvent> firstAfter(String username, Instant time) {
        return ofUser(username).filter(e -> e.event().time().isAfter(time)).min(StoredEvent.IN_TIME_ORDER);
    }

    @Override
    public List<StoredEvent> append(List<AgentEvent> fresh) {
        List<StoredEvent> stored = fresh.stream().map(e -> new StoredEvent(nextSequence++, e)).toList();
        events.addAll(stored);
        return stored;
    }

    @Override
    public List<StoredEvent> between(String username, EventRef from, EventRef to) {
        return ofUser(username)
                .filter(e -> (from == null || e.ref().compareTo(from) >= 0) && (to == null || e.ref().compareTo(to) <= 0))
                .sorted(StoredEvent.IN_TIME_ORDER).toList();
    }

    @Override
    public Map<EventRef, Session> containing(Collection<EventRef> refs) {
        Set<EventRef> wanted = new HashSet<>(refs);
        Map<EventRef, Session> found = new HashMap<>();
        for (Session session : sessions) {
            Stream.of(session.login(), session.logout()).filter(wanted::contains).forEach(ref -> found.put(ref, session));
        }
        return found;
    }

    @Override
    public void replace(Collection<EventRef> refs, List<Session> derived) {
        Set<EventRef> replaced = new HashSet<>(refs);
        sessions.removeIf(s -> replaced.contains(s.login()) || replaced.contains(s.logout()));
        sessions.addAll(derived);
    }

    @Override
    public List<StoredEvent> byRef(Collection<EventRef> refs) {
        return events.stream().filter(e -> refs.contains(e.ref())).toList();
    }

    @Override
    public List<Session> withLoginOrLogoutIn(TimeRange range) {
        return sessions.stream().filter(s -> (s.login() != null && range.contains(s.login().time()))
                || (s.logout() != null && range.contains(s.logout().time()))).toList();
    }

    @Override
    public Map<String, KnownUser> lockForUpdate(Collection<String> usernames) {
        Map<String, KnownUser> found = new HashMap<>();
        usernames.forEach(name -> found.put(name, users.computeIfAbsent(name, KnownUser::named)));
        return found;
    }

    @Override
    public void save(List<KnownUser> saved) {
        for (KnownUser user : saved) {
            if (user.agentId() != null) {
                users.replaceAll((name, u) -> !name.equals(user.username()) && user.agentId().equals(u.agentId())
                        ? new KnownUser(name, null, u.attributes(), u.attributesAsOf(), u.latest()) : u);
            }
            users.put(user.username(), user);
        }
    }

    @Override
    public Optional<String> usernameOfAgent(String agentId) {
        return users.values().stream().filter(u -> agentId.equals(u.agentId())).map(KnownUser::username).findFirst();
    }

    private java.util.stream.Stream<StoredEvent> ofUser(String username) {
        return events.stream().filter(e -> e.event().username().equals(username));
    }

    public List<Session> sessions() {
        return List.copyOf(sessions);
    }

    public int eventCount() {
        return events.size();
    }
}
