package com.necpgame.social.character;

import java.util.UUID;

/** What social-service needs to know of a character: whose it is and whether it is deleted. */
public record CharacterRef(UUID characterId, UUID accountId, boolean deleted) {
}
