package com.necpgame.economy.lots;

/** A season with its status at the time it was read. */
public record SeasonView(Season season, SeasonStatus status) {
}
