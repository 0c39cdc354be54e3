-- Versions start at 6001: in tests character-service's jar (V1) is on the classpath too, and the platform reads
-- every classpath:db/migration, so version numbers must not clash across services (see README, known limits).
-- The versioned world state of each game server: one row per (server, key), the current value and its version.
CREATE TABLE world_state (
    server_id        varchar(64)  NOT NULL,
    state_key        varchar(128) NOT NULL,
    value            jsonb        NOT NULL,
    version          bigint       NOT NULL CHECK (version >= 1),
    change_source    varchar(32)  NOT NULL,
    updated_by_quest varchar(64),
    updated_by       varchar(128) NOT NULL,
    updated_at       timestamptz  NOT NULL,
    PRIMARY KEY (server_id, state_key)
);

-- Every version a key ever had, written with the change and never rewritten.
CREATE TABLE world_state_history (
    server_id        varchar(64)  NOT NULL,
    state_key        varchar(128) NOT NULL,
    version          bigint       NOT NULL,
    value            jsonb        NOT NULL,
    previous_value   jsonb,
    change_source    varchar(32)  NOT NULL,
    updated_by_quest varchar(64),
    changed_by       varchar(128) NOT NULL,
    reason           varchar(500),
    changed_at       timestamptz  NOT NULL,
    PRIMARY KEY (server_id, state_key, version)
);
