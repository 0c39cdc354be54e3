-- Version 1001, not 1: Flyway reads classpath:db/migration of every jar, and the tests run character-service (whose
-- V1 is on the test classpath) in the same JVM; distinct versions keep both histories valid.
-- economy-service: wallets and their double-entry ledger, inventories, grants, auctions and Reef Exchange lots,
-- trades, crafts, Merit conversions, and the world state it subscribes to.

-- One row per (character, currency); CHECKs are the last line of defence: a balance never goes negative.
CREATE TABLE balances (
    character_id uuid        NOT NULL,
    currency     text        NOT NULL,
    available    bigint      NOT NULL CHECK (available >= 0),
    escrowed     bigint      NOT NULL CHECK (escrowed >= 0),
    updated_at   timestamptz NOT NULL,
    PRIMARY KEY (character_id, currency)
);

-- Every movement of currency, immutable; the balances after it make each wallet auditable on its own.
CREATE TABLE ledger_entries (
    seq                       bigserial PRIMARY KEY,
    entry_id                  uuid        NOT NULL UNIQUE,
    character_id              uuid        NOT NULL,
    currency                  text        NOT NULL,
    entry_type                text        NOT NULL,
    reason                    text        NOT NULL,
    reference_id              uuid        NOT NULL,
    counterparty_character_id uuid,
    available_delta           bigint      NOT NULL,
    escrowed_delta            bigint      NOT NULL,
    available_after           bigint      NOT NULL,
    escrowed_after            bigint      NOT NULL,
    created_at                timestamptz NOT NULL
);
CREATE INDEX ledger_entries_by_character ON ledger_entries (character_id, seq DESC);

CREATE TABLE inventory (
    character_id uuid NOT NULL,
    item_id      text NOT NULL,
    available    int  NOT NULL CHECK (available >= 0),
    escrowed     int  NOT NULL CHECK (escrowed >= 0),
    PRIMARY KEY (character_id, item_id)
);

-- Grants: each external id is credited at most once (the unique constraints decide races).
CREATE TABLE operator_grants (
    operator_grant_id uuid PRIMARY KEY,
    character_id      uuid        NOT NULL,
    currencies        text        NOT NULL,
    item_stacks       text        NOT NULL,
    note              text,
    actor             text        NOT NULL,
    granted_at        timestamptz NOT NULL
);

CREATE TABLE reward_grants (
    reward_grant_id uuid PRIMARY KEY,
    reward_id       uuid        NOT NULL UNIQUE,
    character_id    uuid        NOT NULL,
    source          text        NOT NULL,
    source_ref      text        NOT NULL,
    amounts         text        NOT NULL,
    granted_at      timestamptz NOT NULL
);

CREATE TABLE gameplay_grants (
    gameplay_grant_id uuid PRIMARY KEY,
    grant_id          uuid        NOT NULL UNIQUE,
    character_id      uuid        NOT NULL,
    source            text        NOT NULL,
    source_ref        text        NOT NULL,
    currencies        text        NOT NULL,
    item_stacks       text        NOT NULL,
    granted_at        timestamptz NOT NULL
);

CREATE TABLE item_consumptions (
    item_consumption_id uuid PRIMARY KEY,
    consumption_id      uuid        NOT NULL UNIQUE,
    character_id        uuid        NOT NULL,
    item_id             text        NOT NULL,
    quantity            int         NOT NULL,
    source              text        NOT NULL,
    source_ref          uuid        NOT NULL,
    available_after     int         NOT NULL,
    consumed_at         timestamptz NOT NULL
);

-- World state pushed by world-service: the newest version per (server, key), and every event id seen.
CREATE TABLE world_state (
    server_id  text        NOT NULL,
    state_key  text        NOT NULL,
    version    bigint      NOT NULL,
    value      text        NOT NULL,
    changed_at timestamptz NOT NULL,
    PRIMARY KEY (server_id, state_key)
);
CREATE TABLE world_state_events (
    event_id    uuid PRIMARY KEY,
    received_at timestamptz NOT NULL
);

-- Reef Exchange seasons. closes_at moves to the close time on an early close; settled_at is set once no lot is ACTIVE.
CREATE TABLE reef_seasons (
    season_id  text PRIMARY KEY,
    name       text        NOT NULL,
    opens_at   timestamptz NOT NULL,
    closes_at  timestamptz NOT NULL,
    closed_by  text,
    settled_at timestamptz,
    created_by text        NOT NULL,
    created_at timestamptz NOT NULL
);

-- Generic auctions (house AUCTION, no season) and Reef Exchange lots (house REEF) share one table and one engine.
CREATE TABLE lots (
    lot_id              uuid PRIMARY KEY,
    house               text        NOT NULL,
    season_id           text REFERENCES reef_seasons (season_id),
    seller_character_id uuid        NOT NULL,
    item_id             text        NOT NULL,
    quantity            int         NOT NULL,
    starting_bid        bigint      NOT NULL,
    buyout_price        bigint,
    current_bid         bigint,
    leading_bidder      uuid,
    leading_bid_id      uuid,
    bid_count           int         NOT NULL DEFAULT 0,
    duration_hours      int         NOT NULL,
    status              text        NOT NULL,
    listed_at           timestamptz NOT NULL,
    original_closes_at  timestamptz NOT NULL,
    closes_at           timestamptz NOT NULL,
    extension_count     int         NOT NULL DEFAULT 0,
    outcome             text,
    winner_character_id uuid,
    final_price         bigint,
    seller_proceeds     bigint,
    fee_burned          bigint,
    settled_at          timestamptz
);
CREATE INDEX lots_active_by_close ON lots (house, closes_at) WHERE status = 'ACTIVE';
CREATE INDEX lots_by_seller ON lots (seller_character_id, house, status);
CREATE INDEX lots_by_season ON lots (season_id, status);

CREATE TABLE lot_bids (
    seq                  bigserial PRIMARY KEY,
    bid_id               uuid        NOT NULL UNIQUE,
    lot_id               uuid        NOT NULL REFERENCES lots (lot_id),
    bidder_character_id  uuid        NOT NULL,
    amount               bigint      NOT NULL,
    status               text        NOT NULL,
    placed_at            timestamptz NOT NULL,
    extended_close       boolean     NOT NULL,
    refunded_at          timestamptz
);
CREATE INDEX lot_bids_by_lot ON lot_bids (lot_id, seq DESC);
CREATE INDEX lot_bids_by_bidder ON lot_bids (bidder_character_id, seq DESC);

-- Trades: offers as JSON; open_trades holds one row per character in an OPEN trade (one open trade at a time).
CREATE TABLE trades (
    trade_id                 uuid PRIMARY KEY,
    initiator_character_id   uuid        NOT NULL,
    counterpart_character_id uuid        NOT NULL,
    status                   text        NOT NULL,
    offer_version            int         NOT NULL DEFAULT 0,
    initiator_offer          text        NOT NULL,
    counterpart_offer        text        NOT NULL,
    initiator_confirmed_at   timestamptz,
    counterpart_confirmed_at timestamptz,
    created_at               timestamptz NOT NULL,
    expires_at               timestamptz NOT NULL,
    completed_at             timestamptz,
    cancelled_at             timestamptz,
    cancelled_by             uuid
);
CREATE INDEX trades_by_initiator ON trades (initiator_character_id, created_at DESC);
CREATE INDEX trades_by_counterpart ON trades (counterpart_character_id, created_at DESC);
CREATE INDEX trades_open_by_expiry ON trades (expires_at) WHERE status = 'OPEN';
CREATE TABLE open_trades (
    character_id uuid PRIMARY KEY,
    trade_id     uuid NOT NULL REFERENCES trades (trade_id)
);

CREATE TABLE crafts (
    seq          bigserial PRIMARY KEY,
    craft_id     uuid        NOT NULL UNIQUE,
    character_id uuid        NOT NULL,
    recipe_id    text        NOT NULL,
    status       text        NOT NULL,
    output_item  text        NOT NULL,
    output_qty   int         NOT NULL,
    eddies_cost  bigint      NOT NULL,
    ingredients  text        NOT NULL,
    duration_s   int         NOT NULL,
    queued_at    timestamptz NOT NULL,
    started_at   timestamptz,
    ready_at     timestamptz,
    collected_at timestamptz,
    cancelled_at timestamptz
);
CREATE INDEX crafts_by_character ON crafts (character_id, seq);

CREATE TABLE merit_conversions (
    seq                         bigserial PRIMARY KEY,
    conversion_id               uuid        NOT NULL UNIQUE,
    character_id                uuid        NOT NULL,
    merit_spent                 bigint      NOT NULL,
    reputation_from_merit_total bigint      NOT NULL,
    converted_at                timestamptz NOT NULL
);
CREATE INDEX merit_conversions_by_character ON merit_conversions (character_id, seq DESC);
