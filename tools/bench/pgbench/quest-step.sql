-- gameplay-service quest steps, as tools/bench/lua/quest-step.lua plays them: one pass is three requests (the
-- harness counts it so: requestsPerTransaction 3), each its own transaction as in its application.yaml and
-- platform's Outbox: start (the character's advisory lock, the three counts, the session row, the progress push
-- to the outbox, the answer's undelivered pushes and rolled checks), a choice and the failing choice (the session
-- row lock, its update, the push, the answer's reads). Each pgbench client plays characters of its own, so no two
-- clients start the same character's quest. Not in it: the character snapshot (cached 30 s by gameplay) and the
-- outbox relay delivering the pushes to character-service in the background.
-- Server-prepared (-M prepared, as the services run their SQL): a variable inside a quoted literal is not a
-- parameter, so the session and character ids are bound as parameters and concatenated where a key or payload
-- carries them (the outbox look-up is the platform's UNDELIVERED_KINDS, key range and all); and pgbench takes any ":word" for a variable, also in a literal, so the JSON has a space after ":".
\set c :client_id + 1
SELECT gen_random_uuid() AS sid, (SELECT character_id FROM bench.quest_characters WHERE n = :c) AS cid, (SELECT account_id FROM bench.quest_characters WHERE n = :c) AS aid \gset
BEGIN;
SELECT true AS locked FROM pg_advisory_xact_lock(hashtextextended(CAST(:cid AS text), 1));
SELECT count(*) AS n FROM quest_sessions WHERE character_id = CAST(:cid AS uuid) AND quest_id = 'q-corner-store-run' AND status = 'ACTIVE';
SELECT count(*) AS n FROM quest_sessions WHERE character_id = CAST(:cid AS uuid) AND quest_id = 'q-corner-store-run' AND status = 'COMPLETED';
SELECT count(*) AS n FROM quest_sessions WHERE character_id = CAST(:cid AS uuid) AND status = 'ACTIVE';
INSERT INTO quest_sessions (id, quest_id, character_id, account_id, server_id, status, branch_id, node_id, objectives, choices_made, progress, rewards, started_at, updated_at, ended_at) VALUES (CAST(:sid AS uuid), 'q-corner-store-run', CAST(:cid AS uuid), CAST(:aid AS uuid), 'night-city-eu-1', 'ACTIVE', NULL, 'watson-market', CAST('{"find-the-courier": false,"settle-the-deal": false}' AS jsonb), CAST('[]' AS jsonb), 0, NULL, now(), now(), NULL);
INSERT INTO outbox (destination, kind, message_key, payload, created_at, next_attempt_at) VALUES ('character', 'syncQuestProgress', (CAST(:sid AS text) || '/0'), ('{"characterId": "' || CAST(:cid AS text) || '","questId": "q-corner-store-run","status": "ACTIVE","progress": 0,"objectives": {"find-the-courier": false,"settle-the-deal": false},"experienceReward": 0}'), now(), now());
SELECT DISTINCT kind FROM outbox WHERE message_key ~>=~ CAST(:sid AS text) AND message_key ~<~ (CAST(:sid AS text) || '0') AND (message_key = CAST(:sid AS text) OR message_key LIKE (CAST(:sid AS text) || '/%')) AND delivered_at IS NULL AND dropped_at IS NULL;
SELECT check_id FROM quest_skill_checks WHERE quest_session_id = CAST(:sid AS uuid) ORDER BY check_id;
COMMIT;
BEGIN;
SELECT id, quest_id, character_id, account_id, server_id, status, branch_id, node_id, CAST(objectives AS text) AS objectives, CAST(choices_made AS text) AS choices_made, progress, CAST(rewards AS text) AS rewards, started_at, updated_at, ended_at FROM quest_sessions WHERE id = CAST(:sid AS uuid) FOR UPDATE;
UPDATE quest_sessions SET status = 'ACTIVE', branch_id = NULL, node_id = 'back-alley', objectives = CAST('{"find-the-courier": true,"settle-the-deal": false}' AS jsonb), choices_made = CAST('["ask-around"]' AS jsonb), progress = 50, rewards = NULL, updated_at = now(), ended_at = NULL WHERE id = CAST(:sid AS uuid);
INSERT INTO outbox (destination, kind, message_key, payload, created_at, next_attempt_at) VALUES ('character', 'syncQuestProgress', (CAST(:sid AS text) || '/1'), ('{"characterId": "' || CAST(:cid AS text) || '","questId": "q-corner-store-run","status": "ACTIVE","progress": 50,"objectives": {"find-the-courier": true,"settle-the-deal": false},"experienceReward": 0}'), now(), now());
SELECT DISTINCT kind FROM outbox WHERE message_key ~>=~ CAST(:sid AS text) AND message_key ~<~ (CAST(:sid AS text) || '0') AND (message_key = CAST(:sid AS text) OR message_key LIKE (CAST(:sid AS text) || '/%')) AND delivered_at IS NULL AND dropped_at IS NULL;
SELECT check_id FROM quest_skill_checks WHERE quest_session_id = CAST(:sid AS uuid) ORDER BY check_id;
COMMIT;
BEGIN;
SELECT id, quest_id, character_id, account_id, server_id, status, branch_id, node_id, CAST(objectives AS text) AS objectives, CAST(choices_made AS text) AS choices_made, progress, CAST(rewards AS text) AS rewards, started_at, updated_at, ended_at FROM quest_sessions WHERE id = CAST(:sid AS uuid) FOR UPDATE;
UPDATE quest_sessions SET status = 'FAILED', branch_id = NULL, node_id = 'epilogue', objectives = CAST('{"find-the-courier": true,"settle-the-deal": false}' AS jsonb), choices_made = CAST('["ask-around","pick-a-fight"]' AS jsonb), progress = 50, rewards = NULL, updated_at = now(), ended_at = now() WHERE id = CAST(:sid AS uuid);
INSERT INTO outbox (destination, kind, message_key, payload, created_at, next_attempt_at) VALUES ('character', 'syncQuestProgress', (CAST(:sid AS text) || '/2'), ('{"characterId": "' || CAST(:cid AS text) || '","questId": "q-corner-store-run","status": "FAILED","progress": 50,"objectives": {"find-the-courier": true,"settle-the-deal": false},"experienceReward": 0}'), now(), now());
SELECT DISTINCT kind FROM outbox WHERE message_key ~>=~ CAST(:sid AS text) AND message_key ~<~ (CAST(:sid AS text) || '0') AND (message_key = CAST(:sid AS text) OR message_key LIKE (CAST(:sid AS text) || '/%')) AND delivered_at IS NULL AND dropped_at IS NULL;
SELECT check_id FROM quest_skill_checks WHERE quest_session_id = CAST(:sid AS uuid) ORDER BY check_id;
COMMIT;
