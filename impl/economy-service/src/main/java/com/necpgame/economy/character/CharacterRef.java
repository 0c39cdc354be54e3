package com.necpgame.economy.character;

import java.util.UUID;

/** What economy-service knows of a character: its owner and whether it is soft-deleted. */
public record CharacterRef(UUID characterId, UUID accountId, boolean deleted) {
}
