-- auth-service schema: accounts, session families with their refresh tokens, signing keys, pilot credentials.

CREATE TABLE accounts (
    id                 uuid         PRIMARY KEY,
    email              varchar(254) NOT NULL,
    username           varchar(20)  NOT NULL,
    password_hash      text         NOT NULL,
    status             varchar(16)  NOT NULL CHECK (status IN ('ACTIVE', 'BANNED')),
    failed_logins      integer      NOT NULL DEFAULT 0 CHECK (failed_logins >= 0),
    locked_until       timestamptz,
    created_at         timestamptz  NOT NULL
);
-- Stored as given, unique case-insensitively: "Neo_V" and "neo_v" are the same username.
CREATE UNIQUE INDEX accounts_email_key ON accounts (lower(email));
CREATE UNIQUE INDEX accounts_username_key ON accounts (lower(username));

-- One row per login: every refresh token of that login belongs to it, and revoking it kills them all.
CREATE TABLE session_families (
    id              uuid        PRIMARY KEY,
    account_id      uuid        NOT NULL REFERENCES accounts (id),
    created_at      timestamptz NOT NULL,
    revoked_at      timestamptz,
    revoked_reason  varchar(32)
);
CREATE INDEX session_families_account_idx ON session_families (account_id);

-- Refresh tokens are never stored, only their SHA-256; rotated_at marks a token already exchanged.
CREATE TABLE refresh_tokens (
    token_hash  bytea       PRIMARY KEY CHECK (octet_length(token_hash) = 32),
    family_id   uuid        NOT NULL REFERENCES session_families (id),
    issued_at   timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    rotated_at  timestamptz
);
CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id);

-- RSA signing keys. The private key is PKCS#8 DER, not encrypted at rest (out of scope for now).
CREATE TABLE signing_keys (
    kid          varchar(128) PRIMARY KEY,
    public_jwk   text         NOT NULL,
    private_key  bytea        NOT NULL,
    created_at   timestamptz  NOT NULL,
    retired_at   timestamptz
);
-- At most one current (not retired) key.
CREATE UNIQUE INDEX signing_keys_one_current ON signing_keys ((retired_at IS NULL)) WHERE retired_at IS NULL;

CREATE TABLE pilot_credentials (
    player_id         uuid        PRIMARY KEY REFERENCES accounts (id),
    tier              varchar(2)  NOT NULL CHECK (tier IN ('T1', 'T2', 'T3')),
    score             integer     NOT NULL CHECK (score BETWEEN 0 AND 100000),
    certification_id  uuid,
    issued_at         timestamptz NOT NULL,
    expires_at        timestamptz NOT NULL
);
