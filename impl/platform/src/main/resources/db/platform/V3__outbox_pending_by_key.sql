-- The pushes still pending for one thing (Outbox.undeliveredKinds: message_key = k OR message_key LIKE 'k/%'), which
-- a service reads to answer with a delivery status, found by key instead of by reading every pending message: with
-- the relay behind (a receiver down, a burst of writes) the pending messages grow, and every such answer with them.
-- text_pattern_ops: a prefix LIKE uses the index whatever the database's collation.
CREATE INDEX outbox_pending_by_key ON outbox (message_key text_pattern_ops) WHERE delivered_at IS NULL AND dropped_at IS NULL;
