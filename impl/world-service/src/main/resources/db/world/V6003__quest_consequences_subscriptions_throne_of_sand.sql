-- (quest, branch) -> the ordered effect list, replaced as a whole by each definition.
CREATE TABLE quest_consequences (
    quest_id   varchar(64)  NOT NULL,
    branch_id  varchar(64)  NOT NULL,
    effects    jsonb        NOT NULL,
    version    bigint       NOT NULL CHECK (version >= 1),
    updated_by varchar(128) NOT NULL,
    updated_at timestamptz  NOT NULL,
    PRIMARY KEY (quest_id, branch_id)
);

-- One application per (character, quest): the unique key is the "at most once" rule.
CREATE TABLE quest_consequence_applications (
    application_id       uuid        PRIMARY KEY,
    server_id            varchar(64) NOT NULL,
    character_id         uuid        NOT NULL,
    quest_id             varchar(64) NOT NULL,
    branch_id            varchar(64) NOT NULL,
    consequences_version bigint,
    deltas               jsonb       NOT NULL,
    applied_at           timestamptz NOT NULL,
    UNIQUE (character_id, quest_id)
);

-- The character-scoped results of applied consequences: FLAG, REPUTATION, UNLOCK_QUEST.
CREATE TABLE character_story_state (
    character_id     uuid         NOT NULL,
    effect_type      varchar(16)  NOT NULL,
    target           varchar(128) NOT NULL,
    value            jsonb        NOT NULL,
    updated_by_quest varchar(64),
    updated_at       timestamptz  NOT NULL,
    PRIMARY KEY (character_id, effect_type, target)
);

CREATE TABLE world_state_subscriptions (
    subscription_id   uuid         PRIMARY KEY,
    subscriber        varchar(16)  NOT NULL,
    key_pattern       varchar(130) NOT NULL,
    server_id         varchar(64),
    created_by        varchar(128) NOT NULL,
    created_at        timestamptz  NOT NULL,
    last_delivered_at timestamptz
);
CREATE UNIQUE INDEX world_state_subscriptions_unique
    ON world_state_subscriptions (subscriber, key_pattern, coalesce(server_id, ''));

-- One Throne of Sand campaign per server. run counts the resets: climate activations of earlier runs no longer count.
CREATE TABLE throne_of_sand_campaigns (
    server_id        varchar(64) PRIMARY KEY,
    status           varchar(16) NOT NULL,
    chapter          integer     NOT NULL CHECK (chapter BETWEEN 1 AND 9),
    progress         integer     NOT NULL CHECK (progress BETWEEN 0 AND 100),
    branch           varchar(32),
    branch_chosen_at timestamptz,
    run              integer     NOT NULL,
    version          bigint      NOT NULL,
    started_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    completed_at     timestamptz
);

-- The audit log: append only.
CREATE TABLE throne_of_sand_audit (
    seq                 bigserial    PRIMARY KEY,
    decision_id         uuid         NOT NULL UNIQUE,
    server_id           varchar(64)  NOT NULL,
    action              varchar(32)  NOT NULL,
    branch              varchar(32),
    progress_delta      integer,
    protocol_id         varchar(64),
    reason              varchar(500) NOT NULL,
    actor               varchar(128) NOT NULL,
    before_state        jsonb,
    after_state         jsonb        NOT NULL,
    world_state_changes jsonb        NOT NULL,
    decided_at          timestamptz  NOT NULL
);
CREATE INDEX throne_of_sand_audit_by_server ON throne_of_sand_audit (server_id, seq DESC);

CREATE TABLE climate_protocol_activations (
    activation_id    uuid         PRIMARY KEY,
    server_id        varchar(64)  NOT NULL,
    run              integer      NOT NULL,
    protocol_id      varchar(64)  NOT NULL,
    activated_at     timestamptz  NOT NULL,
    active_until     timestamptz  NOT NULL,
    available_at     timestamptz  NOT NULL,
    campaign_version bigint       NOT NULL,
    actor            varchar(128) NOT NULL
);
CREATE INDEX climate_protocol_activations_latest
    ON climate_protocol_activations (server_id, run, protocol_id, activated_at DESC);
