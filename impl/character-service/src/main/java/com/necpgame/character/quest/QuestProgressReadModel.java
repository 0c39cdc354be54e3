package com.necpgame.character.quest;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import com.necpgame.character.character.CharacterRepository;
import com.necpgame.character.character.CharacterService;
import com.necpgame.platform.db.Transactions;
import com.necpgame.platform.paging.Page;
import com.necpgame.platform.paging.PageRequest;
import com.necpgame.platform.problem.ProblemException;
import io.helidon.dbclient.DbClient;

/**
 * The {@code quest_progress} read model: gameplay-service pushes the full state of a (character, quest) after
 * each change, the newest {@code updatedAt} wins, and a quest's experience reward is counted exactly once.
 */
public final class QuestProgressReadModel {
    private final DbClient db;
    private final QuestProgressRepository quests;
    private final CharacterRepository characterRows;
    private final CharacterService characters;
    private final Clock clock;

    public QuestProgressReadModel(DbClient db, QuestProgressRepository quests, CharacterRepository characterRows,
                                CharacterService characters, Clock clock) {
        this.db = db;
        this.quests = quests;
        this.characterRows = characterRows;
        this.characters = characters;
        this.clock = clock;
    }

    /** One page of the caller's character's quest progress, most recently updated first. */
    public Page<QuestProgress> list(UUID accountId, UUID characterId, Optional<QuestStatus> status,
                                    PageRequest page) {
        characters.get(accountId, characterId);
        return new Page<>(quests.list(db.execute(), characterId, status, page), page,
                quests.count(db.execute(), characterId, status));
    }

    /** The caller's character's progress in one quest; 404 {@code QUEST_PROGRESS_NOT_FOUND} when never pushed. */
    public QuestProgress get(UUID accountId, UUID characterId, String questId) {
        characters.get(accountId, characterId);
        return quests.find(db.execute(), characterId, questId).orElseThrow(() -> ProblemException.notFound(
                "QUEST_PROGRESS_NOT_FOUND", "gameplay-service never reported this quest for this character."));
    }

    /**
     * Applies a push under the character's row lock, so pushes of one character apply one at a time and the
     * newest survives any race. Deleted but restorable characters take pushes too; purged or unknown ones 404.
     */
    public SyncResult sync(UUID characterId, String questId, QuestPush push) {
        // PostgreSQL keeps microseconds: compare what can be stored, or a replay would look newer.
        Instant updatedAt = push.updatedAt().truncatedTo(ChronoUnit.MICROS);
        return Transactions.inTransaction(db, tx -> {
            characterRows.lock(tx, characterId).filter(c -> !c.purgedAt(clock.instant())).orElseThrow(() ->
                    ProblemException.notFound("CHARACTER_NOT_FOUND", "No character has this id."));
            Optional<QuestProgress> stored = quests.find(tx, characterId, questId);
            SyncOutcome outcome = SyncOutcome.of(stored.map(QuestProgress::updatedAt), updatedAt);
            if (!outcome.applied()) {
                return new SyncResult(outcome, stored.orElseThrow());
            }
            boolean completes = push.status() == QuestStatus.COMPLETED;
            boolean awardedBefore = stored.map(QuestProgress::experienceAwarded).orElse(false);
            boolean awardNow = completes && !awardedBefore;
            Optional<Instant> completedAt = stored.flatMap(QuestProgress::completedAt)
                    .or(() -> completes ? Optional.of(updatedAt) : Optional.empty());
            QuestProgress saved = quests.save(tx, new QuestProgress(characterId, questId, push.status(),
                    push.branchId(), push.progress(), push.objectives(), updatedAt, completedAt,
                    awardedBefore || awardNow));
            if (awardNow && push.experienceReward() > 0) {
                characterRows.addExperience(tx, characterId, push.experienceReward());
            }
            return new SyncResult(outcome, saved);
        });
    }
}
