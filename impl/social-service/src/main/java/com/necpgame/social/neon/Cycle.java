package com.necpgame.social.neon;

import java.time.Instant;
import java.util.UUID;

/** One cycle of the Neon Popularity Reset and how many characters have points in it. */
public record Cycle(UUID id, int number, CycleCalendar calendar, long participantCount) {

    public CyclePhase phaseAt(Instant now) {
        return calendar.phaseAt(now);
    }
}
