-- character-service getCharacter: its one statement (character-by-id in its application.yaml), by a random id of
-- the seeded characters (the lookup of the id in bench.character_ids is a primary-key read on a tiny table).
\set n random(1, :rows)
SELECT c.*, (SELECT CAST(coalesce(json_agg(json_build_object('skillId', s.skill_id, 'rank', s.rank) ORDER BY s.skill_id), CAST('[]' AS json)) AS text) FROM character_skills s WHERE s.character_id = c.id) AS skills FROM characters c WHERE c.id = (SELECT id FROM bench.character_ids WHERE n = :n);
