-- Users sign in: the same users whose logins are reported.
ALTER TABLE agent_user ADD COLUMN password_hash VARCHAR(200);
ALTER TABLE agent_user ADD COLUMN disabled BOOLEAN DEFAULT FALSE NOT NULL;

-- The built-in profiles are written at start from their definition in the code.
CREATE TABLE security_profile (
    name        VARCHAR(100) NOT NULL PRIMARY KEY,
    built_in    BOOLEAN      NOT NULL,
    permissions VARCHAR(1000) NOT NULL
);

CREATE TABLE user_profile (
    user_id      BIGINT       NOT NULL,
    profile_name VARCHAR(100) NOT NULL,
    CONSTRAINT user_profile_pk PRIMARY KEY (user_id, profile_name),
    CONSTRAINT user_profile_user_fk FOREIGN KEY (user_id) REFERENCES agent_user (id)
);
CREATE INDEX user_profile_by_profile ON user_profile (profile_name);

-- Users created by events before this version are agents.
INSERT INTO user_profile (user_id, profile_name) SELECT id, 'Agent' FROM agent_user;

CREATE SEQUENCE saved_report_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE saved_report (
    id           BIGINT       NOT NULL PRIMARY KEY,
    owner        VARCHAR(256) NOT NULL,
    name         VARCHAR(100) NOT NULL,
    range_preset VARCHAR(20)  NOT NULL,
    custom_start VARCHAR(40),
    custom_end   VARCHAR(40),
    time_zone    VARCHAR(100) NOT NULL,
    published    BOOLEAN      NOT NULL,
    created_at   BIGINT       NOT NULL,
    updated_at   BIGINT       NOT NULL,
    version      BIGINT       NOT NULL,
    CONSTRAINT saved_report_owner_name UNIQUE (owner, name)
);
CREATE INDEX saved_report_published ON saved_report (published, name);

CREATE TABLE saved_report_filter (
    report_id    BIGINT       NOT NULL,
    filter_kind  VARCHAR(20)  NOT NULL,
    filter_value VARCHAR(256) NOT NULL,
    CONSTRAINT saved_report_filter_pk PRIMARY KEY (report_id, filter_kind, filter_value),
    CONSTRAINT saved_report_filter_report_fk FOREIGN KEY (report_id) REFERENCES saved_report (id)
);
