package com.necpgame.world.throne;

import java.time.Duration;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A configured climate protocol; the cooldown runs from one activation to the next. */
public record ClimateProtocol(String id, String name, String description, Duration effectDuration,
                              Duration cooldown, ObjectNode modifiers) {
    public ClimateProtocol {
        if (cooldown.compareTo(effectDuration) < 0) {
            throw new IllegalArgumentException("climate protocol " + id + ": cooldown shorter than its effect");
        }
    }
}
