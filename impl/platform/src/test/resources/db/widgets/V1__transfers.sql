CREATE TABLE transfers (
    id      BIGSERIAL PRIMARY KEY,
    owner   TEXT   NOT NULL,
    amount  BIGINT NOT NULL
);
