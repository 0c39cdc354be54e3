-- auth-service getMe: the live-session check (session-family-by-id) and the account read (account-by-id), two
-- statements as the service runs them, each on its own pool checkout.
\set n random(1, :rows)
SELECT id, account_id, created_at, revoked_at FROM session_families WHERE id = (SELECT family_id FROM bench.sessions WHERE n = :n);
SELECT id, email, username, password_hash, status, failed_logins, locked_until, created_at FROM accounts WHERE id = (SELECT account_id FROM bench.sessions WHERE n = :n);
