-- A saved report's schedule, deleted with the report by the service (SavedReports.delete). No foreign key:
-- Helidon's JTA adapter may write one transaction's statements on two pooled connections, and a key
-- checked from one connection against a row the other has deleted, uncommitted, waits on itself.
CREATE TABLE report_schedule (
    saved_report_id BIGINT       NOT NULL PRIMARY KEY,
    recurrence      VARCHAR(10)  NOT NULL,
    days            VARCHAR(100) NOT NULL,
    time_zone       VARCHAR(100) NOT NULL,
    prefix          VARCHAR(200) NOT NULL,
    since_at        BIGINT       NOT NULL,
    -- Prefix and file name: two schedules with one stem would overwrite each other's files.
    file_stem       VARCHAR(500) NOT NULL,
    CONSTRAINT report_schedule_file_stem UNIQUE (file_stem)
);

-- An export from configuration exists since the service first saw it as it is now defined, so that
-- downtime is caught up, and a changed definition does not catch up days the old one never had.
CREATE TABLE configured_export (
    name       VARCHAR(200)  NOT NULL PRIMARY KEY,
    definition VARCHAR(4000) NOT NULL,
    since_at   BIGINT        NOT NULL
);

CREATE SEQUENCE export_run_seq START WITH 50 INCREMENT BY 50;

-- Every attempt at a slot. Inserting the row is the claim: of two instances, only one inserts it.
CREATE TABLE export_run (
    id          BIGINT        NOT NULL PRIMARY KEY,
    export_id   VARCHAR(220)  NOT NULL,
    slot        BIGINT        NOT NULL,
    attempt     INTEGER       NOT NULL,
    run_trigger VARCHAR(10)   NOT NULL,
    started     BIGINT        NOT NULL,
    finished    BIGINT,
    result      VARCHAR(10)   NOT NULL,
    object_key  VARCHAR(1000),
    row_count   INTEGER,
    error       VARCHAR(2000),
    CONSTRAINT export_run_claim UNIQUE (export_id, slot, attempt)
);
CREATE INDEX export_run_newest ON export_run (export_id, started, id);
