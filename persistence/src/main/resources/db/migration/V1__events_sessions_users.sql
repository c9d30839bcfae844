-- EclipseLink takes the value a sequence returns as the last of a block of allocationSize (50) ids,
-- so each sequence starts at 50.
-- Times are BIGINT nanoseconds since the epoch (see EpochNanos): exact and portable.
-- Only SQL that H2 and PostgreSQL both run.

CREATE SEQUENCE agent_user_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE agent_event_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE login_session_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE agent_user (
    id               BIGINT       NOT NULL PRIMARY KEY,
    username         VARCHAR(256) NOT NULL,
    agent_id         VARCHAR(256),
    first_name       VARCHAR(256),
    last_name        VARCHAR(256),
    routing_profile  VARCHAR(256),
    hierarchy_1      VARCHAR(256),
    hierarchy_2      VARCHAR(256),
    hierarchy_3      VARCHAR(256),
    hierarchy_4      VARCHAR(256),
    hierarchy_5      VARCHAR(256),
    attributes_as_of BIGINT,
    CONSTRAINT agent_user_username UNIQUE (username),
    CONSTRAINT agent_user_agent_id UNIQUE (agent_id)
);

CREATE TABLE agent_event (
    id              BIGINT       NOT NULL PRIMARY KEY,
    source_event_id VARCHAR(256),
    username        VARCHAR(256) NOT NULL,
    agent_id        VARCHAR(256),
    event_type      VARCHAR(6)   NOT NULL,
    event_time      BIGINT       NOT NULL,
    has_snapshot    BOOLEAN      NOT NULL,
    first_name      VARCHAR(256),
    last_name       VARCHAR(256),
    routing_profile VARCHAR(256),
    hierarchy_1     VARCHAR(256),
    hierarchy_2     VARCHAR(256),
    hierarchy_3     VARCHAR(256),
    hierarchy_4     VARCHAR(256),
    hierarchy_5     VARCHAR(256),
    CONSTRAINT agent_event_source_id UNIQUE (source_event_id),
    CONSTRAINT agent_event_by_value UNIQUE (username, event_type, event_time)
);
-- A user's history in time order: neighbours of a late event, windows to re-derive.
CREATE INDEX agent_event_user_time ON agent_event (username, event_time, id);

CREATE TABLE login_session (
    id              BIGINT       NOT NULL PRIMARY KEY,
    username        VARCHAR(256) NOT NULL,
    login_event_id  BIGINT,
    login_time      BIGINT,
    logout_event_id BIGINT,
    logout_time     BIGINT,
    first_name      VARCHAR(256),
    last_name       VARCHAR(256),
    routing_profile VARCHAR(256),
    hierarchy_1     VARCHAR(256),
    hierarchy_2     VARCHAR(256),
    hierarchy_3     VARCHAR(256),
    hierarchy_4     VARCHAR(256),
    hierarchy_5     VARCHAR(256),
    CONSTRAINT login_session_login_event UNIQUE (login_event_id),
    CONSTRAINT login_session_logout_event UNIQUE (logout_event_id),
    CONSTRAINT login_session_login_fk FOREIGN KEY (login_event_id) REFERENCES agent_event (id),
    CONSTRAINT login_session_logout_fk FOREIGN KEY (logout_event_id) REFERENCES agent_event (id)
);
-- A report reads the sessions with a login, or a logout, in its range: one index each.
CREATE INDEX login_session_login_time ON login_session (login_time);
CREATE INDEX login_session_logout_time ON login_session (logout_time);
