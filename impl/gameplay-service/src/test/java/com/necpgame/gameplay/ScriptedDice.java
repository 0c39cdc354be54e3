package com.necpgame.gameplay;

import java.util.concurrent.ConcurrentLinkedQueue;

import com.necpgame.gameplay.quest.Dice;

/** Dice that roll what the test queued, then {@code fallback}: skill checks and loot rolls become deterministic. */
final class ScriptedDice implements Dice {
    private final ConcurrentLinkedQueue<Integer> next = new ConcurrentLinkedQueue<>();
    private volatile int fallback = 10;

    void queue(int... rolls) {
        for (int roll : rolls) {
            next.add(roll);
        }
    }

    void fallback(int roll) {
        fallback = roll;
    }

    @Override
    public int roll(int sides) {
        Integer roll = next.poll();
        return Math.min(sides, roll != null ? roll : fallback);
    }
}
