package com.necpgame.world.quest;

import java.util.UUID;

/** Which quest branch, for which character, on which server. */
public record ConsequenceRequest(String serverId, UUID characterId, String questId, String branchId) {
}
