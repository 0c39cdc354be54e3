-- social-service schema: guilds and their members, lifetime player ratings, and the Neon Popularity Reset
-- (cycles with their tier and reward tables, points per cycle, endorsements, reward claims), plus the world
-- state it uses (popularity multipliers per server).

CREATE TABLE guilds (
    id           uuid          PRIMARY KEY,
    name         varchar(100)  NOT NULL,
    tag          varchar(10)   NOT NULL CHECK (tag ~ '^[A-Z0-9]{2,10}$'),
    description  varchar(1000),
    recruiting   boolean       NOT NULL,
    created_at   timestamptz   NOT NULL,
    -- A disbanded guild keeps its row (history) but frees its name and tag.
    disbanded_at timestamptz
);
CREATE UNIQUE INDEX guilds_name_key ON guilds (lower(name)) WHERE disbanded_at IS NULL;
CREATE UNIQUE INDEX guilds_tag_key ON guilds (upper(tag)) WHERE disbanded_at IS NULL;

-- One row per character: the primary key is the "one guild per character" rule.
CREATE TABLE guild_members (
    character_id    uuid        PRIMARY KEY,
    guild_id        uuid        NOT NULL REFERENCES guilds (id),
    rank            varchar(16) NOT NULL CHECK (rank IN ('LEADER', 'OFFICER', 'VETERAN', 'MEMBER', 'RECRUIT')),
    joined_at       timestamptz NOT NULL,
    rank_changed_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX guild_members_one_leader ON guild_members (guild_id) WHERE rank = 'LEADER';
CREATE INDEX guild_members_guild_idx ON guild_members (guild_id, joined_at);

-- Lifetime rating: every popularity point ever earned; never reset.
CREATE TABLE player_ratings (
    character_id uuid        PRIMARY KEY,
    score        bigint      NOT NULL CHECK (score >= 0),
    -- when the score last rose: equal scores rank by who reached them first
    reached_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL
);
CREATE INDEX player_ratings_rank_idx ON player_ratings (score DESC, reached_at);

CREATE TABLE popularity_cycles (
    id                 uuid         PRIMARY KEY,
    number             integer      NOT NULL UNIQUE CHECK (number >= 1),
    starts_at          timestamptz  NOT NULL,
    active_starts_at   timestamptz  NOT NULL,
    cooldown_starts_at timestamptz  NOT NULL,
    ends_at            timestamptz  NOT NULL,
    claimable_until    timestamptz  NOT NULL,
    -- the actors: an operator's token subject, or 'scheduler'
    scheduled_by       varchar(128) NOT NULL,
    started_by         varchar(128),
    closed_by          varchar(128),
    created_at         timestamptz  NOT NULL,
    CHECK (starts_at <= active_starts_at AND active_starts_at <= cooldown_starts_at
           AND cooldown_starts_at <= ends_at AND ends_at <= claimable_until)
);

-- The tier table and rewards table of a cycle, fixed when it is scheduled.
CREATE TABLE popularity_cycle_tiers (
    cycle_id          uuid        NOT NULL REFERENCES popularity_cycles (id),
    tier              varchar(16) NOT NULL CHECK (tier IN ('BRONZE', 'SILVER', 'GOLD', 'PLATINUM', 'DIAMOND')),
    min_points        bigint      NOT NULL CHECK (min_points >= 1),
    neon_merit        bigint      NOT NULL CHECK (neon_merit >= 0),
    jun_coin          bigint      NOT NULL CHECK (jun_coin >= 0),
    title             varchar(64),
    title_top_percent integer     CHECK (title_top_percent BETWEEN 1 AND 100),
    PRIMARY KEY (cycle_id, tier)
);

CREATE TABLE popularity_points (
    cycle_id     uuid        NOT NULL REFERENCES popularity_cycles (id),
    character_id uuid        NOT NULL,
    points       bigint      NOT NULL CHECK (points >= 0),
    reached_at   timestamptz NOT NULL,
    -- the character's guild when it last earned points
    guild_id     uuid,
    PRIMARY KEY (cycle_id, character_id)
);
CREATE INDEX popularity_points_rank_idx ON popularity_points (cycle_id, points DESC, reached_at);
CREATE INDEX popularity_points_character_idx ON popularity_points (character_id);

CREATE TABLE endorsements (
    id                  uuid        PRIMARY KEY,
    cycle_id            uuid        NOT NULL REFERENCES popularity_cycles (id),
    from_character_id   uuid        NOT NULL,
    target_character_id uuid        NOT NULL,
    server_id           varchar(64),
    points              bigint      NOT NULL CHECK (points >= 1),
    created_at          timestamptz NOT NULL,
    UNIQUE (cycle_id, from_character_id, target_character_id)
);
CREATE INDEX endorsements_daily_idx ON endorsements (from_character_id, created_at);

-- At most one claim per character and cycle (the unique constraint is the rule).
CREATE TABLE reward_claims (
    id           uuid        PRIMARY KEY,
    cycle_id     uuid        NOT NULL REFERENCES popularity_cycles (id),
    character_id uuid        NOT NULL,
    tier         varchar(16) NOT NULL,
    neon_merit   bigint      NOT NULL,
    jun_coin     bigint      NOT NULL,
    title        varchar(64),
    status       varchar(16) NOT NULL CHECK (status IN ('PENDING', 'GRANTED')),
    claimed_at   timestamptz NOT NULL,
    granted_at   timestamptz,
    UNIQUE (cycle_id, character_id)
);

-- world-service's social.popularity-multiplier per server, the newest version only.
CREATE TABLE popularity_multipliers (
    server_id  varchar(64) PRIMARY KEY,
    percent    integer     NOT NULL CHECK (percent BETWEEN 100 AND 300),
    version    bigint      NOT NULL,
    changed_at timestamptz NOT NULL
);

-- Pushed world state changes already seen (replays are acknowledged and ignored).
CREATE TABLE world_state_events (
    event_id    uuid        PRIMARY KEY,
    server_id   varchar(64) NOT NULL,
    state_key   varchar(128) NOT NULL,
    version     bigint      NOT NULL,
    received_at timestamptz NOT NULL
);
