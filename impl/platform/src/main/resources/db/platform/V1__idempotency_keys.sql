-- Platform-owned: run-once records of value-moving requests (Idempotency-Key), one per caller and key.
-- status/response_body stay NULL only inside the transaction that executes the request.
CREATE TABLE idempotency_keys (
    caller          TEXT        NOT NULL,
    idempotency_key TEXT        NOT NULL,
    operation       TEXT        NOT NULL,
    request_hash    TEXT        NOT NULL,
    status          INTEGER,
    response_body   TEXT,
    created_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (caller, idempotency_key)
);

CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at);
