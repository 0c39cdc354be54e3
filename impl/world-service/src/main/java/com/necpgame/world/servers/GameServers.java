package com.necpgame.world.servers;

import java.util.Comparator;
import java.util.List;

import com.necpgame.platform.paging.Page;
import com.necpgame.platform.paging.PageRequest;
import com.necpgame.platform.problem.ProblemException;
import io.helidon.config.Config;

/** The configured game servers ({@code world.servers.<id>.name}): the only serverIds world-service accepts. */
public final class GameServers {
    private final List<GameServer> servers;

    public GameServers(List<GameServer> servers) {
        if (servers.isEmpty()) {
            throw new IllegalStateException("world.servers needs at least one game server");
        }
        this.servers = servers.stream().sorted(Comparator.comparing(GameServer::serverId)).toList();
    }

    public static GameServers from(Config servers) {
        return new GameServers(servers.asNodeList().orElse(List.of()).stream()
                .map(node -> new GameServer(node.name(), node.get("name").asString().orElse(node.name())))
                .toList());
    }

    public Page<GameServer> list(PageRequest page) {
        int from = (int) Math.min(page.offset(), servers.size());
        int to = Math.min(from + page.limit(), servers.size());
        return new Page<>(servers.subList(from, to), page, servers.size());
    }

    public boolean known(String serverId) {
        return servers.stream().anyMatch(server -> server.serverId().equals(serverId));
    }

    /** A serverId of a path: 404 {@code SERVER_NOT_FOUND} when unknown. */
    public void requireInPath(String serverId) {
        if (!known(serverId)) {
            throw ProblemException.notFound("SERVER_NOT_FOUND", "No game server '" + serverId + "' is configured.");
        }
    }

    /** A serverId of a request body: 422 {@code UNKNOWN_SERVER} when unknown. */
    public void requireInBody(String serverId) {
        if (!known(serverId)) {
            throw ProblemException.unprocessable("UNKNOWN_SERVER", "No game server '" + serverId + "' is configured.");
        }
    }
}
