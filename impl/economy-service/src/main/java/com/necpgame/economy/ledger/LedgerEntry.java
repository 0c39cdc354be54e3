package com.necpgame.economy.ledger;

import java.time.Instant;
import java.util.UUID;

/** One immutable movement of one currency in one wallet; {@code counterpartyCharacterId} is null but for transfers. */
public record LedgerEntry(UUID entryId, UUID characterId, Currency currency, EntryType entryType, Reason reason,
                          UUID referenceId, UUID counterpartyCharacterId, long availableDelta, long escrowedDelta,
                          long availableAfter, long escrowedAfter, Instant createdAt) {
}
