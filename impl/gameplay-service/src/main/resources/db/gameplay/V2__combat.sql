-- Combat: content (PVE encounters, the combat effect of skills and consumable items, seeded here) and sessions
-- with their participants (a JSON document per session, changed under the session's row lock) and action log.

CREATE TABLE combat_encounters (
    encounter_id varchar(64) PRIMARY KEY,
    definition   jsonb       NOT NULL   -- {encounterId, name, npcs: [{npcId, displayName, hp, armor, weaponDamage, attribute, attributeValue}], advancesObjectives: [...]}
);

-- What a skill a character has does in a fight: DAMAGE or HEAL with power, the attribute it scales with, cooldown.
CREATE TABLE combat_skills (
    skill_id   varchar(64) PRIMARY KEY,
    definition jsonb       NOT NULL
);

-- Consumables usable in a fight (consumed in economy-service first).
CREATE TABLE combat_items (
    item_id    varchar(64) PRIMARY KEY,
    definition jsonb       NOT NULL
);

CREATE TABLE combat_sessions (
    id               uuid        PRIMARY KEY,
    type             varchar(16) NOT NULL,   -- PVE, PVP_DUEL, PVP_ARENA, RAID_BOSS
    status           varchar(16) NOT NULL,   -- ACTIVE, COMPLETED, FLED
    encounter_id     varchar(64),
    quest_session_id uuid,
    instance_id      uuid,
    raid_phase       varchar(16),
    turn             bigint      NOT NULL DEFAULT 0,
    participants     jsonb       NOT NULL,
    cooldowns        jsonb       NOT NULL DEFAULT '{}',   -- "participantId/skillId" -> when it is ready again
    winner_side      varchar(8),
    started_at       timestamptz NOT NULL,
    ended_at         timestamptz
);
CREATE INDEX combat_sessions_instance ON combat_sessions (instance_id) WHERE instance_id IS NOT NULL;

-- The characters of a session and their owners: listing "my sessions", and at most one ACTIVE session per character.
CREATE TABLE combat_fighters (
    session_id   uuid    NOT NULL REFERENCES combat_sessions (id),
    character_id uuid    NOT NULL,
    account_id   uuid    NOT NULL,
    active       boolean NOT NULL,
    PRIMARY KEY (session_id, character_id)
);
CREATE UNIQUE INDEX combat_fighters_one_active ON combat_fighters (character_id) WHERE active;
CREATE INDEX combat_fighters_by_account ON combat_fighters (account_id);

CREATE TABLE combat_actions (
    session_id           uuid        NOT NULL REFERENCES combat_sessions (id),
    action_id            uuid        NOT NULL,
    turn                 bigint      NOT NULL,
    actor_participant_id uuid        NOT NULL,
    result               jsonb       NOT NULL,
    occurred_at          timestamptz NOT NULL,
    PRIMARY KEY (session_id, action_id)
);
CREATE INDEX combat_actions_by_turn ON combat_actions (session_id, turn);
CREATE INDEX combat_actions_by_actor ON combat_actions (session_id, actor_participant_id, occurred_at);

-- ---------------------------------------------------------------------------------------------- content
INSERT INTO combat_encounters (encounter_id, definition) VALUES
('maelstrom-ambush', '{"encounterId": "maelstrom-ambush", "name": "Maelstrom ambush",
  "npcs": [{"npcId": "maelstrom-ganger", "displayName": "Maelstrom Ganger", "hp": 60, "armor": 2,
            "weaponDamage": 8, "attribute": "STR", "attributeValue": 12}],
  "advancesObjectives": []}'),
('tyger-claw-patrol', '{"encounterId": "tyger-claw-patrol", "name": "Tyger Claws patrol",
  "npcs": [{"npcId": "tyger-claw-enforcer", "displayName": "Tyger Claw Enforcer", "hp": 40, "armor": 1,
            "weaponDamage": 6, "attribute": "DEX", "attributeValue": 12},
           {"npcId": "tyger-claw-lookout", "displayName": "Tyger Claw Lookout", "hp": 25, "armor": 0,
            "weaponDamage": 4, "attribute": "DEX", "attributeValue": 10}],
  "advancesObjectives": ["stay-unseen"]}'),
-- The raid phases' opponents (opened by the raid, not by players).
('reef-sky-insertion', '{"encounterId": "reef-sky-insertion", "name": "Storm wall drones",
  "npcs": [{"npcId": "storm-drone", "displayName": "Storm Drone", "hp": 120, "armor": 2,
            "weaponDamage": 10, "attribute": "DEX", "attributeValue": 12}], "advancesObjectives": []}'),
('reef-breach', '{"encounterId": "reef-breach", "name": "Coral bastion",
  "npcs": [{"npcId": "coral-bastion", "displayName": "Coral Bastion", "hp": 180, "armor": 3,
            "weaponDamage": 12, "attribute": "STR", "attributeValue": 14}], "advancesObjectives": []}'),
('reef-titan-lock', '{"encounterId": "reef-titan-lock", "name": "Kraken Prime",
  "npcs": [{"npcId": "kraken-prime", "displayName": "Kraken Prime", "hp": 300, "armor": 4,
            "weaponDamage": 14, "attribute": "STR", "attributeValue": 16}], "advancesObjectives": []}');

INSERT INTO combat_skills (skill_id, definition) VALUES
('assault', '{"skillId": "assault", "effect": "DAMAGE", "power": 14, "attribute": "STR", "cooldownSeconds": 6}'),
('breach-protocol', '{"skillId": "breach-protocol", "effect": "DAMAGE", "power": 16, "attribute": "INT", "cooldownSeconds": 10}'),
('engineering', '{"skillId": "engineering", "effect": "DAMAGE", "power": 15, "attribute": "TECH", "cooldownSeconds": 10}'),
('survival', '{"skillId": "survival", "effect": "HEAL", "power": 20, "attribute": "COOL", "cooldownSeconds": 15}'),
('crafting', '{"skillId": "crafting", "effect": "HEAL", "power": 15, "attribute": "TECH", "cooldownSeconds": 15}');

INSERT INTO combat_items (item_id, definition) VALUES
('street-medkit', '{"itemId": "street-medkit", "effect": "HEAL", "power": 40, "attribute": "TECH"}'),
('trauma-medkit', '{"itemId": "trauma-medkit", "effect": "HEAL", "power": 60, "attribute": "TECH"}'),
('frag-grenade', '{"itemId": "frag-grenade", "effect": "DAMAGE", "power": 25, "attribute": "DEX"}');
