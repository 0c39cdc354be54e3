package com.necpgame.platform.paging;

import java.util.Optional;

/**
 * Which page of a list a request asks for (specs/README.md, Lists: {@code page} >= 1, {@code limit} 1..100,
 * default 20). The platform validated the bounds against the spec before the handler runs.
 */
public record PageRequest(int page, int limit) {
    public static final int DEFAULT_LIMIT = 20;

    public PageRequest {
        if (page < 1 || limit < 1 || limit > 100) {
            throw new IllegalArgumentException("page must be >= 1 and limit 1..100");
        }
    }

    /** From the generated stub's optional parameters, with the defaults of the spec. */
    public static PageRequest of(Optional<Integer> page, Optional<Integer> limit) {
        return new PageRequest(page.orElse(1), limit.orElse(DEFAULT_LIMIT));
    }

    /** Rows to skip: the SQL {@code OFFSET}. */
    public long offset() {
        return (long) (page - 1) * limit;
    }
}
