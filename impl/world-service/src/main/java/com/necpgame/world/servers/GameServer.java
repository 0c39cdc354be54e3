package com.necpgame.world.servers;

/** A game server (shard) world-service is configured with. */
public record GameServer(String serverId, String name) {
}
