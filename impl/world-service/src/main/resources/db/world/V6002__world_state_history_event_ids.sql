-- Each revision gets the id its pushes carry (WorldStateChange.eventId), so every subscriber of a change, and a
-- subscription's initial push of the current value, see the same id. Revisions written before get one now.
ALTER TABLE world_state_history ADD COLUMN event_id uuid;
UPDATE world_state_history SET event_id = gen_random_uuid() WHERE event_id IS NULL;
ALTER TABLE world_state_history ALTER COLUMN event_id SET NOT NULL;
ALTER TABLE world_state_history ADD CONSTRAINT world_state_history_event_id_key UNIQUE (event_id);
-- A value is at most 16 KiB serialized (the service checks it first; this keeps the table honest).
ALTER TABLE world_state ADD CONSTRAINT world_state_value_size CHECK (octet_length(CAST(value AS text)) <= 16384);
