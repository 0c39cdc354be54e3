package com.necpgame.gateway;

import java.net.URI;

/**
 * Where requests under one service's base path go.
 *
 * @param service  the service's name, e.g. {@code character-service}
 * @param domain   its domain, e.g. {@code characters}
 * @param basePath its base path, e.g. {@code /api/v1/characters}
 * @param upstream the service's base URL
 */
public record Route(String service, String domain, String basePath, URI upstream) {

    /** Whether {@code path} is under this route's base path (the base path itself included). */
    public boolean matches(String path) {
        return path.equals(basePath) || path.startsWith(basePath + "/");
    }
}
