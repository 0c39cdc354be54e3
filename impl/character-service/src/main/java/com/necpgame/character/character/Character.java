package com.necpgame.character.character;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A character as stored. Level, unspent attribute points, status and the end of the restore window are derived
 * (from experience, points spent and the deletion time), never stored, so they cannot drift.
 */
public record Character(UUID id,
                        UUID accountId,
                        String name,
                        CharacterClass characterClass,
                        Origin origin,
                        String faction,
                        String city,
                        long experience,
                        Attributes attributes,
                        int pointsSpent,
                        List<SkillRank> skills,
                        Location location,
                        Optional<Instant> locationSavedAt,
                        Instant createdAt,
                        Optional<Instant> deletedAt) {

    public Character {
        skills = List.copyOf(skills);
    }

    public int level() {
        return Progression.levelFor(experience);
    }

    public int unspentPoints() {
        return Math.max(0, Progression.pointsGranted(level()) - pointsSpent);
    }

    public CharacterStatus status() {
        return deletedAt.isPresent() ? CharacterStatus.DELETED : CharacterStatus.ACTIVE;
    }

    public boolean deleted() {
        return deletedAt.isPresent();
    }

    public Optional<Instant> restorableUntil() {
        return deletedAt.map(RestoreWindow::restorableUntil);
    }

    /** Deleted and past its restore window: as good as gone. */
    public boolean purgedAt(Instant now) {
        return deletedAt.map(at -> RestoreWindow.isPurged(at, now)).orElse(false);
    }
}
