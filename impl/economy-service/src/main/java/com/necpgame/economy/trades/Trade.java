package com.necpgame.economy.trades;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A trade session. {@code status} is as stored: an OPEN trade past {@code expiresAt} is EXPIRED ({@link #statusAt})
 * even before the expiry job released its escrow. Nullable: completedAt, cancelledAt, cancelledBy.
 */
public record Trade(UUID tradeId, TradeStatus status, int offerVersion, TradeParty initiator, TradeParty counterpart,
                    Instant createdAt, Instant expiresAt, Instant completedAt, Instant cancelledAt,
                    UUID cancelledByCharacterId) {
    public static final Duration LIFETIME = Duration.ofMinutes(5);

    public TradeStatus statusAt(Instant now) {
        return status == TradeStatus.OPEN && !now.isBefore(expiresAt) ? TradeStatus.EXPIRED : status;
    }

    public boolean hasParty(UUID characterId) {
        return initiator.characterId().equals(characterId) || counterpart.characterId().equals(characterId);
    }

    public TradeParty side(UUID characterId) {
        return initiator.characterId().equals(characterId) ? initiator : counterpart;
    }

    public TradeParty otherSide(UUID characterId) {
        return initiator.characterId().equals(characterId) ? counterpart : initiator;
    }

    /** The trade as a reader at {@code now} sees it. */
    public Trade asSeenAt(Instant now) {
        TradeStatus seen = statusAt(now);
        return seen == status ? this : new Trade(tradeId, seen, offerVersion, initiator, counterpart, createdAt,
                expiresAt, completedAt, cancelledAt, cancelledByCharacterId);
    }
}
