-- economy-service placeReefBid: the bid transaction's SQL (the same script as impl/economy-service's
-- PgbenchBaseline of the Reef Exchange load test, plus the season window and the outbid bid's status that the
-- service also runs): idempotency claim, lot row lock, season window, escrow hold and release with their ledger
-- entries, the outbid bid's status, the bid row, the lot update, the idempotency completion; hot lots, random bidders.
\set b random(1, :bidders)
\set l random(1, :lots)
BEGIN;
INSERT INTO idempotency_keys (caller, idempotency_key, operation, request_hash, created_at) VALUES ('bench', 'k-' || :client_id || '-' || random(), 'placeReefBid', 'h', now()) ON CONFLICT DO NOTHING;
SELECT current_bid, leading_bidder FROM lots WHERE lot_id = (SELECT lot_id FROM bench.lots WHERE n = :l) FOR UPDATE;
SELECT s.*, 0 AS active_lots, 0 AS total_lots FROM reef_seasons s WHERE s.season_id = 'bench';
WITH b AS (UPDATE balances SET available = available - 100, escrowed = escrowed + 100, updated_at = now() WHERE character_id = (SELECT character_id FROM bench.bidders WHERE n = :b) AND currency = 'EDDIES' AND available >= 100 RETURNING character_id, available, escrowed) INSERT INTO ledger_entries (entry_id, character_id, currency, entry_type, reason, reference_id, available_delta, escrowed_delta, available_after, escrowed_after, created_at) SELECT gen_random_uuid(), b.character_id, 'EDDIES', 'ESCROW_HOLD', 'REEF_BID', (SELECT lot_id FROM bench.lots WHERE n = :l), -100, 100, b.available, b.escrowed, now() FROM b;
WITH b AS (UPDATE balances SET available = available + 100, escrowed = escrowed - 100, updated_at = now() WHERE character_id = (SELECT character_id FROM bench.bidders WHERE n = :b) AND currency = 'EDDIES' AND escrowed >= 100 RETURNING character_id, available, escrowed) INSERT INTO ledger_entries (entry_id, character_id, currency, entry_type, reason, reference_id, available_delta, escrowed_delta, available_after, escrowed_after, created_at) SELECT gen_random_uuid(), b.character_id, 'EDDIES', 'ESCROW_RELEASE', 'REEF_REFUND', (SELECT lot_id FROM bench.lots WHERE n = :l), 100, -100, b.available, b.escrowed, now() FROM b;
UPDATE lot_bids SET status = 'OUTBID', refunded_at = now() WHERE bid_id = (SELECT leading_bid_id FROM lots WHERE lot_id = (SELECT lot_id FROM bench.lots WHERE n = :l));
INSERT INTO lot_bids (bid_id, lot_id, bidder_character_id, amount, status, placed_at, extended_close) SELECT gen_random_uuid(), lot_id, (SELECT character_id FROM bench.bidders WHERE n = :b), 100, 'REFUNDED', now(), false FROM bench.lots WHERE n = :l;
UPDATE lots SET bid_count = bid_count + 1 WHERE lot_id = (SELECT lot_id FROM bench.lots WHERE n = :l);
UPDATE idempotency_keys SET status = 201, response_body = '{}' WHERE caller = 'bench' AND idempotency_key = 'k-' || :client_id;
COMMIT;
