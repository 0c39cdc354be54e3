package com.necpgame.platform.outbox;

/** What became of one delivery attempt. */
public sealed interface Delivery {
    /** The receiver acknowledged it (a replay it ignored counts too): done. */
    record Delivered() implements Delivery {
    }

    /** It may work later (receiver down, 5xx, 429, timeout): tried again with backoff. */
    record Retry(String reason) implements Delivery {
    }

    /** It can never work (the receiver refused it for good, e.g. 404 for a purged entity): kept, not retried. */
    record Drop(String reason) implements Delivery {
    }

    static Delivery delivered() {
        return new Delivered();
    }

    static Delivery retry(String reason) {
        return new Retry(reason);
    }

    static Delivery drop(String reason) {
        return new Drop(reason);
    }

    /**
     * The usual reading of a receiver's HTTP status: 2xx delivered, 408/425/429/5xx (and no answer, status 0)
     * retried, any other 4xx dropped.
     */
    static Delivery ofStatus(int status, String body) {
        if (status >= 200 && status < 300) {
            return delivered();
        }
        String reason = "HTTP " + status + (body == null || body.isBlank() ? "" : ": " + abbreviate(body));
        if (status == 0 || status == 408 || status == 425 || status == 429 || status >= 500) {
            return retry(reason);
        }
        return drop(reason);
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }
}
