-- world-service updateWorldState: in one transaction the row lock of the key, the update with its history row (one
-- statement) and the read of the subscriptions the change is pushed to (as in world-state-by-key-for-update,
-- world-state-update and subscriptions-all of its application.yaml; the bench has no subscriptions, so no
-- outbox row), on a random key of the bench keys (the same keys the load writes).
\set n random(1, :rows)
BEGIN;
SELECT server_id, state_key, CAST(value AS text) AS value, version, change_source, updated_by_quest, updated_by, updated_at FROM world_state WHERE server_id = (SELECT server_id FROM bench.world_keys WHERE n = :n) AND state_key = (SELECT state_key FROM bench.world_keys WHERE n = :n) FOR UPDATE;
WITH updated AS (UPDATE world_state SET value = CAST('{"n":1}' AS jsonb), version = version + 1, change_source = 'OPERATOR', updated_by_quest = NULL, updated_by = 'ops-console', updated_at = now() WHERE server_id = (SELECT server_id FROM bench.world_keys WHERE n = :n) AND state_key = (SELECT state_key FROM bench.world_keys WHERE n = :n) RETURNING server_id, state_key, version) INSERT INTO world_state_history (event_id, server_id, state_key, version, value, previous_value, change_source, updated_by_quest, changed_by, reason, changed_at) SELECT gen_random_uuid(), server_id, state_key, version, CAST('{"n":1}' AS jsonb), CAST('{"n":0}' AS jsonb), 'OPERATOR', NULL, 'ops-console', 'Benchmark write.', now() FROM updated RETURNING version;
SELECT * FROM world_state_subscriptions ORDER BY created_at, subscription_id;
COMMIT;
