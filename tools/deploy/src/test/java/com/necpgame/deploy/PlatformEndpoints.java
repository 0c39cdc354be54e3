package com.necpgame.deploy;

/** The observe paths the manifests probe and scrape; PlatformEndpointsTest proves a real service answers them. */
final class PlatformEndpoints {
    static final String STARTED = "/observe/health/started";
    static final String LIVE = "/observe/health/live";
    static final String READY = "/observe/health/ready";
    static final String METRICS = "/observe/metrics";

    private PlatformEndpoints() {
    }
}
