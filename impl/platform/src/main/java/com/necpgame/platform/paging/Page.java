package com.necpgame.platform.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list and the size of the whole list: what every {@code XxxPage} of the specs carries. */
public record Page<T>(List<T> items, PageRequest request, long total) {
    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), request, total);
    }
}
