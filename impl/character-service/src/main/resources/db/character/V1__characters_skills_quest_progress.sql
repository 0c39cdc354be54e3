-- character-service schema: characters (profile, attributes, location, progression), their trained skills,
-- and quest_progress, the read model of gameplay-service's quests.

CREATE TABLE characters (
    id                  uuid             PRIMARY KEY,
    account_id          uuid             NOT NULL,
    name                varchar(24)      NOT NULL,
    character_class     varchar(16)      NOT NULL CHECK (character_class IN ('SOLO', 'NETRUNNER', 'TECHIE', 'NOMAD', 'CORPO')),
    origin              varchar(16)      NOT NULL CHECK (origin IN ('STREET', 'NOMAD', 'CORPO')),
    faction             varchar(64)      NOT NULL,
    city                varchar(64)      NOT NULL,
    -- The level is derived from the experience (500 * L * (L - 1)); points to spend = level - 1 - points spent.
    experience          bigint           NOT NULL DEFAULT 0 CHECK (experience >= 0),
    points_spent        integer          NOT NULL DEFAULT 0 CHECK (points_spent BETWEEN 0 AND 49),
    strength            smallint         NOT NULL CHECK (strength BETWEEN 1 AND 20),
    dexterity           smallint         NOT NULL CHECK (dexterity BETWEEN 1 AND 20),
    intelligence        smallint         NOT NULL CHECK (intelligence BETWEEN 1 AND 20),
    tech                smallint         NOT NULL CHECK (tech BETWEEN 1 AND 20),
    cool                smallint         NOT NULL CHECK (cool BETWEEN 1 AND 20),
    location_server     varchar(64)      NOT NULL,
    location_city       varchar(64)      NOT NULL,
    location_district   varchar(64)      NOT NULL,
    location_x          double precision NOT NULL CHECK (location_x BETWEEN -100000 AND 100000),
    location_y          double precision NOT NULL CHECK (location_y BETWEEN -100000 AND 100000),
    location_z          double precision NOT NULL CHECK (location_z BETWEEN -100000 AND 100000),
    location_updated_at timestamptz      NOT NULL,
    -- Last location update by the player: at most one per second (the start location does not count).
    location_saved_at   timestamptz,
    created_at          timestamptz      NOT NULL,
    deleted_at          timestamptz
);
-- Names are unique case-insensitively over every row: live, restorable, and restore-expired rows not yet
-- purged (creating or renaming to the name of an expired one purges it first).
CREATE UNIQUE INDEX characters_name_key ON characters (lower(name));
CREATE INDEX characters_account_idx ON characters (account_id, created_at);

CREATE TABLE character_skills (
    character_id uuid        NOT NULL REFERENCES characters (id) ON DELETE CASCADE,
    skill_id     varchar(64) NOT NULL,
    rank         smallint    NOT NULL CHECK (rank BETWEEN 1 AND 20),
    PRIMARY KEY (character_id, skill_id)
);

CREATE TABLE quest_progress (
    character_id       uuid        NOT NULL REFERENCES characters (id) ON DELETE CASCADE,
    quest_id           varchar(64) NOT NULL,
    status             varchar(16) NOT NULL CHECK (status IN ('ACTIVE', 'COMPLETED', 'FAILED', 'ABANDONED')),
    branch_id          varchar(64),
    progress           smallint    NOT NULL CHECK (progress BETWEEN 0 AND 100),
    objectives         jsonb       NOT NULL,
    -- gameplay's time of the change, microseconds: the newest push wins.
    updated_at         timestamptz NOT NULL,
    completed_at       timestamptz,
    -- The quest's experience reward is counted once per (character, quest).
    experience_awarded boolean     NOT NULL DEFAULT false,
    PRIMARY KEY (character_id, quest_id)
);
CREATE INDEX quest_progress_recent_idx ON quest_progress (character_id, updated_at DESC);
