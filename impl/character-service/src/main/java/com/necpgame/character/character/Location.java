package com.necpgame.character.character;

import java.time.Instant;

/** Where a character was last recorded: server (shard), city, district, metres within it, and when. */
public record Location(String serverId, String city, String district, double x, double y, double z,
                       Instant updatedAt) {
}
