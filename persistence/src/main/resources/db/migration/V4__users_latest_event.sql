-- Each user's latest stored event, kept by EventRecorder: a batch of a user's events that all come after
-- it re-derives only the user's last session, which this finds, with a few statements for all of the
-- batch's users instead of several per user.
ALTER TABLE agent_user ADD COLUMN latest_event_id BIGINT;
ALTER TABLE agent_user ADD COLUMN latest_event_time BIGINT;
UPDATE agent_user SET latest_event_time =
    (SELECT MAX(e.event_time) FROM agent_event e WHERE e.username = agent_user.username);
UPDATE agent_user SET latest_event_id =
    (SELECT MAX(e.id) FROM agent_event e
     WHERE e.username = agent_user.username AND e.event_time = agent_user.latest_event_time);
