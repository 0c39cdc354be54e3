-- The raid Quantum Reef Siege: its content (phases, difficulties, loot tables; the phase opponents are combat
-- encounters, rescaled here for mechs), instances with their roster, wipes and lockouts, telemetry and sync alerts,
-- loot, clears for the leaderboards, and the Skyframe Academy certifications.

-- ---------------------------------------------------------------------------------------------- content
CREATE TABLE raid_phases (
    phase        varchar(16) PRIMARY KEY,     -- SKY_INSERTION, REEF_BREACH, TITAN_LOCK
    phase_order  int         NOT NULL UNIQUE,
    name         text        NOT NULL,
    description  text        NOT NULL,
    encounter_id varchar(64) NOT NULL REFERENCES combat_encounters (encounter_id),
    session_type varchar(16) NOT NULL,        -- PVE, or RAID_BOSS for the boss phase
    boss_name    text,
    boss_npc_id  varchar(64)
);

-- npc_scale multiplies the hit points and weapon damage of every phase opponent. NORMAL is the training
-- difficulty: four fresh mechs of level-1 characters clear it with plain attacks (about 60 actions in all).
CREATE TABLE raid_difficulties (
    difficulty              varchar(8)    PRIMARY KEY,
    required_tier           varchar(2)    NOT NULL,
    lumina_shards_per_phase bigint        NOT NULL,
    npc_scale               numeric(4, 2) NOT NULL
);

-- Items each cleared phase drops (ROLLING for Need / Greed / Priority); Lumina Shards drop besides, always.
CREATE TABLE raid_loot_tables (
    phase      varchar(16) NOT NULL REFERENCES raid_phases (phase),
    difficulty varchar(8)  NOT NULL REFERENCES raid_difficulties (difficulty),
    item_id    varchar(64) NOT NULL,
    quantity   int         NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (phase, difficulty, item_id)
);

-- ---------------------------------------------------------------------------------------------- instances
CREATE TABLE raid_instances (
    id                  uuid        PRIMARY KEY,
    difficulty          varchar(8)  NOT NULL REFERENCES raid_difficulties (difficulty),
    required_tier       varchar(2)  NOT NULL,
    status              varchar(16) NOT NULL,   -- FORMING, IN_PROGRESS, LOCKED, CLEARED, CLOSED
    phase               varchar(16) NOT NULL,
    phases              jsonb       NOT NULL,   -- [{phase, order, status, combatSessionId, startedAt, clearedAt}]
    leader_player_id    uuid        NOT NULL,
    leader_character_id uuid        NOT NULL,   -- the character the leader named at creation and must join with
    guild_id            uuid,
    wipes               int         NOT NULL DEFAULT 0,
    attempt             int         NOT NULL DEFAULT 1,
    attempt_started_at  timestamptz,
    locked_until        timestamptz,
    window_ends_at      timestamptz NOT NULL,
    cleared_at          timestamptz,
    clear_time_ms       bigint,
    created_at          timestamptz NOT NULL
);
CREATE INDEX raid_instances_by_created ON raid_instances (created_at DESC);
CREATE INDEX raid_instances_open ON raid_instances (status) WHERE status IN ('FORMING', 'IN_PROGRESS', 'LOCKED');

CREATE TABLE raid_pilots (
    instance_id       uuid        NOT NULL REFERENCES raid_instances (id),
    player_id         uuid        NOT NULL,
    character_id      uuid        NOT NULL,
    tier              varchar(2)  NOT NULL,
    status            varchar(16) NOT NULL,   -- CONNECTED, DISCONNECTED, LEFT
    reconnects_used   int         NOT NULL DEFAULT 0,
    mech              jsonb       NOT NULL,   -- {frame, hull, hullMax, shield, energy, operational}; frozen while DISCONNECTED
    attributes        jsonb       NOT NULL,   -- the character's attributes at join: the mech's weapon scales with DEX
    joined_at         timestamptz NOT NULL,
    seen_at           timestamptz NOT NULL,   -- join, reconnect, attempt start or last sample: 15 s later a pilot drops
    last_telemetry_at timestamptz,
    PRIMARY KEY (instance_id, player_id)
);
CREATE INDEX raid_pilots_by_player ON raid_pilots (player_id) WHERE status <> 'LEFT';

CREATE TABLE raid_wipes (
    id           uuid        PRIMARY KEY,
    instance_id  uuid        NOT NULL REFERENCES raid_instances (id),
    attempt      int         NOT NULL,
    phase        varchar(16) NOT NULL,
    cause        varchar(24) NOT NULL,   -- ALL_PILOTS_DOWN, WINDOW_EXPIRED, CALLED_BY_LEADER
    occurred_at  timestamptz NOT NULL,
    locked_until timestamptz NOT NULL
);
CREATE INDEX raid_wipes_by_instance ON raid_wipes (instance_id, occurred_at DESC);

-- A pilot's wipe lock, at most one per difficulty (the latest wins).
CREATE TABLE raid_locks (
    player_id    uuid        NOT NULL,
    difficulty   varchar(8)  NOT NULL,
    instance_id  uuid        NOT NULL,
    locked_until timestamptz NOT NULL,
    PRIMARY KEY (player_id, difficulty)
);

-- ---------------------------------------------------------------------------------------------- telemetry
CREATE TABLE raid_telemetry (
    id          uuid             PRIMARY KEY,
    instance_id uuid             NOT NULL REFERENCES raid_instances (id),
    player_id   uuid             NOT NULL,
    latency_ms  int              NOT NULL,
    drift       double precision NOT NULL,
    dps         double precision NOT NULL,
    shield      int              NOT NULL,
    sampled_at  timestamptz      NOT NULL,
    received_at timestamptz      NOT NULL,
    sync_alert  boolean          NOT NULL,
    alert_id    uuid
);
CREATE INDEX raid_telemetry_by_instance ON raid_telemetry (instance_id, received_at DESC);
CREATE INDEX raid_telemetry_by_pilot ON raid_telemetry (instance_id, player_id, received_at DESC);
CREATE INDEX raid_telemetry_by_age ON raid_telemetry (received_at);

CREATE TABLE raid_sync_alerts (
    id          uuid             PRIMARY KEY,
    instance_id uuid             NOT NULL REFERENCES raid_instances (id),
    player_id   uuid             NOT NULL,
    status      varchar(16)      NOT NULL,   -- OPEN, RESOLVED
    reasons     text             NOT NULL,   -- LATENCY and/or DRIFT, comma-separated
    latency_ms  int              NOT NULL,
    drift       double precision NOT NULL,
    raised_at   timestamptz      NOT NULL,
    resolved_at timestamptz
);
CREATE INDEX raid_sync_alerts_by_instance ON raid_sync_alerts (instance_id, raised_at DESC);
CREATE UNIQUE INDEX raid_sync_alerts_one_open ON raid_sync_alerts (instance_id, player_id) WHERE status = 'OPEN';

-- ---------------------------------------------------------------------------------------------- loot
CREATE TABLE raid_loot (
    id               uuid        PRIMARY KEY,
    instance_id      uuid        NOT NULL REFERENCES raid_instances (id),
    phase            varchar(16) NOT NULL,
    kind             varchar(16) NOT NULL,   -- ITEM, LUMINA_SHARDS
    item_id          varchar(64),
    quantity         bigint      NOT NULL,
    status           varchar(16) NOT NULL,   -- ROLLING, ASSIGNED, UNCLAIMED
    awarded_by       varchar(16),            -- AUTO, PRIORITY, NEED, GREED
    winner_player_id uuid,
    eligible         jsonb       NOT NULL,   -- player ids on the roster (not LEFT) when it dropped
    rolls            jsonb       NOT NULL DEFAULT '[]',
    dropped_at       timestamptz NOT NULL,
    roll_ends_at     timestamptz,
    resolved_at      timestamptz
);
CREATE INDEX raid_loot_by_instance ON raid_loot (instance_id, dropped_at DESC, id);
CREATE INDEX raid_loot_rolling ON raid_loot (roll_ends_at) WHERE status = 'ROLLING';

-- ---------------------------------------------------------------------------------------------- leaderboards
CREATE TABLE raid_clears (
    instance_id   uuid        PRIMARY KEY REFERENCES raid_instances (id),
    difficulty    varchar(8)  NOT NULL,
    guild_id      uuid,
    clear_time_ms bigint      NOT NULL,
    pilots        int         NOT NULL,
    cleared_at    timestamptz NOT NULL
);
CREATE INDEX raid_clears_by_time ON raid_clears (difficulty, clear_time_ms, cleared_at);

CREATE TABLE raid_clear_pilots (
    instance_id   uuid        NOT NULL REFERENCES raid_clears (instance_id),
    player_id     uuid        NOT NULL,
    character_id  uuid        NOT NULL,
    guild_id      uuid,
    difficulty    varchar(8)  NOT NULL,
    clear_time_ms bigint      NOT NULL,
    cleared_at    timestamptz NOT NULL,
    PRIMARY KEY (instance_id, player_id)
);
CREATE INDEX raid_clear_pilots_by_time ON raid_clear_pilots (difficulty, clear_time_ms, cleared_at);

-- ---------------------------------------------------------------------------------------------- Skyframe Academy
CREATE TABLE skyframe_certifications (
    id              uuid        PRIMARY KEY,
    player_id       uuid        NOT NULL,
    status          varchar(16) NOT NULL,   -- IN_PROGRESS, COMPLETED, EXPIRED
    missions        jsonb       NOT NULL DEFAULT '[]',
    score           int,
    passed          boolean,
    tier            varchar(2),
    started_at      timestamptz NOT NULL,
    deadline        timestamptz NOT NULL,
    completed_at    timestamptz,
    credential_sent boolean     NOT NULL DEFAULT false   -- an upsertPilotCredential went to the outbox
);
CREATE INDEX skyframe_certifications_by_player ON skyframe_certifications (player_id, started_at DESC);
CREATE UNIQUE INDEX skyframe_certifications_one_open ON skyframe_certifications (player_id)
    WHERE status = 'IN_PROGRESS';

-- ---------------------------------------------------------------------------------------------- the content
INSERT INTO raid_difficulties (difficulty, required_tier, lumina_shards_per_phase, npc_scale) VALUES
('NORMAL', 'T1', 20, 1.00),
('HARD',   'T2', 35, 1.50),
('MYTHIC', 'T3', 50, 2.00);

-- Mech-scale opponents (a mech: hull 4000, armor 40, a 120-damage cannon scaling with DEX).
UPDATE combat_encounters SET definition = '{"encounterId": "reef-sky-insertion", "name": "Storm wall drones",
  "npcs": [{"npcId": "storm-drone", "displayName": "Storm Drone", "hp": 1200, "armor": 20,
            "weaponDamage": 150, "attribute": "DEX", "attributeValue": 12}], "advancesObjectives": []}'
WHERE encounter_id = 'reef-sky-insertion';
UPDATE combat_encounters SET definition = '{"encounterId": "reef-breach", "name": "Coral bastion",
  "npcs": [{"npcId": "coral-bastion", "displayName": "Coral Bastion", "hp": 1800, "armor": 30,
            "weaponDamage": 200, "attribute": "STR", "attributeValue": 14}], "advancesObjectives": []}'
WHERE encounter_id = 'reef-breach';
UPDATE combat_encounters SET definition = '{"encounterId": "reef-titan-lock", "name": "Kraken Prime",
  "npcs": [{"npcId": "kraken-prime", "displayName": "Kraken Prime", "hp": 2400, "armor": 40,
            "weaponDamage": 250, "attribute": "STR", "attributeValue": 16}], "advancesObjectives": []}'
WHERE encounter_id = 'reef-titan-lock';

INSERT INTO raid_phases (phase, phase_order, name, description, encounter_id, session_type, boss_name, boss_npc_id) VALUES
('SKY_INSERTION', 1, 'Sky Insertion', 'Drop through the storm wall onto the reef.', 'reef-sky-insertion', 'PVE', NULL, NULL),
('REEF_BREACH', 2, 'Reef Breach', 'Break the coral bastions around the core.', 'reef-breach', 'PVE', NULL, NULL),
('TITAN_LOCK', 3, 'Titan Lock', 'Lock down and destroy the reef''s guardian.', 'reef-titan-lock', 'RAID_BOSS',
 'Kraken Prime', 'kraken-prime');

INSERT INTO raid_loot_tables (phase, difficulty, item_id, quantity) VALUES
('SKY_INSERTION', 'NORMAL', 'storm-wall-capacitor', 1),
('REEF_BREACH',   'NORMAL', 'reef-plating-mk1', 1),
('TITAN_LOCK',    'NORMAL', 'kraken-core-shard', 1),
('SKY_INSERTION', 'HARD',   'storm-wall-capacitor', 2),
('REEF_BREACH',   'HARD',   'reef-plating-mk3', 1),
('TITAN_LOCK',    'HARD',   'kraken-core', 1),
('SKY_INSERTION', 'MYTHIC', 'storm-wall-capacitor', 3),
('REEF_BREACH',   'MYTHIC', 'reef-plating-mk5', 1),
('TITAN_LOCK',    'MYTHIC', 'kraken-prime-heart', 1),
('TITAN_LOCK',    'MYTHIC', 'skyframe-valkyrie-paint', 1);
