-- Quests: the catalogue (content, seeded here) and the characters' quest sessions with their skill checks.

-- One row per quest: its definition (title, branches, default branch, objectives, rewards, nodes with their
-- choices and skill checks) as a JSON document, read once at start (quest/QuestCatalogue).
CREATE TABLE quests (
    quest_id   varchar(64) PRIMARY KEY,
    min_level  integer     NOT NULL CHECK (min_level BETWEEN 1 AND 50),
    definition jsonb       NOT NULL
);

CREATE TABLE quest_sessions (
    id           uuid         PRIMARY KEY,
    quest_id     varchar(64)  NOT NULL REFERENCES quests (quest_id),
    character_id uuid         NOT NULL,
    account_id   uuid         NOT NULL,   -- the owner, from character's snapshot at start (never changes)
    server_id    varchar(64)  NOT NULL,
    status       varchar(16)  NOT NULL,   -- ACTIVE, COMPLETED, FAILED, ABANDONED
    branch_id    varchar(64),
    node_id      varchar(64)  NOT NULL,
    objectives   jsonb        NOT NULL,   -- {objectiveId: true|false}
    choices_made jsonb        NOT NULL DEFAULT '[]',
    progress     integer      NOT NULL CHECK (progress BETWEEN 0 AND 100),
    rewards      jsonb,                   -- what the completion granted
    started_at   timestamptz  NOT NULL,
    updated_at   timestamptz  NOT NULL,
    ended_at     timestamptz
);
-- One ACTIVE session per (character, quest) and one completion per (character, quest), even under races.
CREATE UNIQUE INDEX quest_sessions_one_active ON quest_sessions (character_id, quest_id) WHERE status = 'ACTIVE';
CREATE UNIQUE INDEX quest_sessions_one_completion ON quest_sessions (character_id, quest_id) WHERE status = 'COMPLETED';
CREATE INDEX quest_sessions_by_character ON quest_sessions (character_id, status, updated_at DESC);
CREATE INDEX quest_sessions_active ON quest_sessions (status) WHERE status = 'ACTIVE';

-- A check is rolled once per session: the recorded result is what a repeat gets.
CREATE TABLE quest_skill_checks (
    quest_session_id uuid        NOT NULL REFERENCES quest_sessions (id),
    check_id         varchar(64) NOT NULL,
    roll             integer     NOT NULL CHECK (roll BETWEEN 1 AND 20),
    skill            varchar(64) NOT NULL,
    skill_rank       integer     NOT NULL,
    attribute        varchar(8)  NOT NULL,
    attribute_value  integer     NOT NULL,
    modifier         integer     NOT NULL,
    dc               integer     NOT NULL,
    total            integer     NOT NULL,
    passed           boolean     NOT NULL,
    rolled_at        timestamptz NOT NULL,
    PRIMARY KEY (quest_session_id, check_id)
);

-- ---------------------------------------------------------------------------------------------- content
-- q-corner-store-run: a level-1 character finishes it through choices alone (ask-around, then one of the three
-- endings at the alley); the skill check is an optional shortcut that also marks the optional objective.
-- "leave-it-at-the-drop" completes without a branching choice: the default branch applies.
INSERT INTO quests (quest_id, min_level, definition) VALUES ('q-corner-store-run', 1, '{
  "questId": "q-corner-store-run",
  "title": "Corner Store Run",
  "summary": "Carry a package for the Watson corner store owner, and decide who gets it.",
  "minLevel": 1,
  "branches": [
    {"branchId": "deliver-the-package", "title": "Deliver the package"},
    {"branchId": "keep-the-package", "title": "Keep the package"}
  ],
  "defaultBranchId": "deliver-the-package",
  "objectives": [
    {"objectiveId": "find-the-courier", "description": "Find the courier who never showed up.", "optional": false},
    {"objectiveId": "settle-the-deal", "description": "Settle what happens to the package.", "optional": false},
    {"objectiveId": "stay-unseen", "description": "Stay unseen by the Tyger Claws.", "optional": true}
  ],
  "rewards": [
    {"kind": "EXPERIENCE", "amount": 1200},
    {"kind": "CURRENCY", "currency": "EDDIES", "amount": 250},
    {"kind": "ITEM", "itemId": "street-medkit", "amount": 1}
  ],
  "startNode": "watson-market",
  "nodes": {
    "watson-market": {
      "choices": [
        {"choiceId": "ask-around", "text": "Ask the stall owners about the courier.",
         "outcome": {"next": "back-alley", "completes": ["find-the-courier"]}}
      ],
      "skillChecks": [
        {"checkId": "read-the-crowd", "skill": "streetwise", "attribute": "COOL", "dc": 12, "modifier": 0,
         "description": "Spot the courier in the crowd without being noticed.",
         "onPass": {"next": "back-alley", "completes": ["find-the-courier", "stay-unseen"]},
         "onFail": {"next": "back-alley", "completes": ["find-the-courier"]}}
      ]
    },
    "back-alley": {
      "choices": [
        {"choiceId": "hand-over-the-package", "text": "Bring the package to the owner as agreed.",
         "outcome": {"next": "epilogue", "branchId": "deliver-the-package", "completes": ["settle-the-deal"]}},
        {"choiceId": "keep-the-package", "text": "Keep the package and sell it yourself.",
         "outcome": {"next": "epilogue", "branchId": "keep-the-package", "completes": ["settle-the-deal"]}},
        {"choiceId": "leave-it-at-the-drop", "text": "Leave the package at the courier''s drop and walk away.",
         "outcome": {"next": "epilogue", "completes": ["settle-the-deal"]}},
        {"choiceId": "pick-a-fight", "text": "Pick a fight with the Tyger Claws watching the alley.",
         "outcome": {"next": "epilogue", "fails": true}}
      ],
      "skillChecks": []
    },
    "epilogue": {"choices": [], "skillChecks": []}
  }
}');

-- q-neon-ghosts: level 3; two skill checks, a branching choice, XP and eddies.
INSERT INTO quests (quest_id, min_level, definition) VALUES ('q-neon-ghosts', 3, '{
  "questId": "q-neon-ghosts",
  "title": "Neon Ghosts",
  "summary": "Track the netrunner haunting the Kabuki market grid.",
  "minLevel": 3,
  "branches": [
    {"branchId": "spare-the-ghost", "title": "Spare the ghost"},
    {"branchId": "sell-the-ghost", "title": "Sell the ghost to Arasaka"}
  ],
  "defaultBranchId": "spare-the-ghost",
  "objectives": [
    {"objectiveId": "find-the-relay", "description": "Find the rogue relay in Kabuki.", "optional": false},
    {"objectiveId": "keep-the-relay", "description": "Keep the relay intact.", "optional": true}
  ],
  "rewards": [
    {"kind": "EXPERIENCE", "amount": 1500},
    {"kind": "CURRENCY", "currency": "EDDIES", "amount": 800}
  ],
  "startNode": "kabuki-market",
  "nodes": {
    "kabuki-market": {
      "choices": [
        {"choiceId": "scan-the-grid", "text": "Jack in and scan the market grid.",
         "outcome": {"next": "relay-room", "completes": ["find-the-relay"]}}
      ],
      "skillChecks": [
        {"checkId": "breach-the-relay", "skill": "breach-protocol", "attribute": "INT", "dc": 15, "modifier": 1,
         "description": "Breach the relay from the market without tripping its ICE.",
         "onPass": {"next": "relay-room", "completes": ["find-the-relay", "keep-the-relay"]},
         "onFail": {"next": "kabuki-market", "completes": []}}
      ]
    },
    "relay-room": {
      "choices": [
        {"choiceId": "free-the-ghost", "text": "Cut the relay and let the ghost go.",
         "outcome": {"next": "epilogue", "branchId": "spare-the-ghost", "completes": []}},
        {"choiceId": "sell-the-ghost", "text": "Trap the ghost and sell it to Arasaka.",
         "outcome": {"next": "epilogue", "branchId": "sell-the-ghost", "completes": []}}
      ],
      "skillChecks": []
    },
    "epilogue": {"choices": [], "skillChecks": []}
  }
}');
