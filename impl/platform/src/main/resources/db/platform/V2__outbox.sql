-- Messages a service must deliver to another, written in the transaction of the change that causes them and
-- delivered by the platform's relay until the receiver acknowledges (receivers are idempotent by key).
CREATE TABLE outbox (
    id               bigserial    PRIMARY KEY,
    destination      varchar(64)  NOT NULL,   -- the receiving service, e.g. character-service
    kind             varchar(64)  NOT NULL,   -- what the handler does with it, e.g. syncQuestProgress
    message_key      varchar(200) NOT NULL,   -- the receiver's idempotency key for it
    payload          text         NOT NULL,   -- JSON
    created_at       timestamptz  NOT NULL,
    attempts         integer      NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz  NOT NULL,
    leased_until     timestamptz,
    delivered_at     timestamptz,
    dropped_at       timestamptz,
    last_error       text
);
CREATE INDEX outbox_pending_idx ON outbox (next_attempt_at, id) WHERE delivered_at IS NULL AND dropped_at IS NULL;
