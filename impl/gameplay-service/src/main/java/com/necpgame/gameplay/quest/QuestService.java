package com.necpgame.gameplay.quest;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import com.necpgame.gameplay.character.CharacterSnapshot;
import com.necpgame.gameplay.character.Characters;
import com.necpgame.gameplay.outbox.Pushes;
import com.necpgame.platform.db.SqlErrors;
import com.necpgame.platform.db.Transactions;
import com.necpgame.platform.idempotency.IdempotencyStore;
import com.necpgame.platform.idempotency.StoredResponse;
import com.necpgame.platform.outbox.Outbox;
import com.necpgame.platform.paging.Page;
import com.necpgame.platform.paging.PageRequest;
import com.necpgame.platform.problem.ProblemException;
import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbExecute;

/**
 * The rules of quest sessions: start (level, one active session per quest, one completion per character, 20
 * active at most, a known game server), choices, skill checks rolled once, completion in one transaction with its
 * pushes, abandon. Every change pushes the session's progress to character-service through the outbox, in the
 * transaction of the change.
 */
public final class QuestService {
    /** A character's quest log holds at most this many ACTIVE quests. */
    static final int QUEST_LOG_SIZE = 20;

    private final DbClient db;
    private final QuestRepository sessions;
    private final QuestCatalogue catalogue;
    private final Characters characters;
    private final Set<String> servers;
    private final Dice dice;
    private final IdempotencyStore idempotency;
    private final Outbox outbox;
    private final Clock clock;

    public QuestService(DbClient db, QuestRepository sessions, QuestCatalogue catalogue, Characters characters,
                        Set<String> servers, Dice dice, IdempotencyStore idempotency, Outbox outbox, Clock clock) {
        this.db = db;
        this.sessions = sessions;
        this.catalogue = catalogue;
        this.characters = characters;
        this.servers = Set.copyOf(servers);
        this.dice = dice;
        this.idempotency = idempotency;
        this.outbox = outbox;
        this.clock = clock;
    }

    public Page<Quest> quests(Optional<Integer> maxLevel, PageRequest page) {
        List<Quest> all = catalogue.list(maxLevel);
        List<Quest> items = all.stream().skip(page.offset()).limit(page.limit()).toList();
        return new Page<>(items, page, all.size());
    }

    public Quest quest(String questId) {
        return catalogue.require(questId);
    }

    public QuestSessionView start(UUID accountId, UUID characterId, String questId, String serverId) {
        CharacterSnapshot character = characters.requireOwned(accountId, characterId);
        Quest quest = catalogue.require(questId);
        if (!servers.contains(serverId)) {
            throw ProblemException.unprocessable("UNKNOWN_SERVER", "No game server has the id '" + serverId + "'.");
        }
        if (character.level() < quest.minLevel()) {
            throw ProblemException.unprocessable("LEVEL_TOO_LOW", "This quest needs level " + quest.minLevel()
                    + "; the character is level " + character.level() + ".");
        }
        try {
            return Transactions.inTransaction(db, tx -> {
                sessions.lockCharacter(tx, characterId);
                if (sessions.countOfQuest(tx, characterId, questId, QuestStatus.ACTIVE) > 0) {
                    throw alreadyActive();
                }
                if (sessions.countOfQuest(tx, characterId, questId, QuestStatus.COMPLETED) > 0) {
                    throw ProblemException.unprocessable("QUEST_ALREADY_COMPLETED",
                            "This character has completed this quest already.");
                }
                if (sessions.countActiveOf(tx, characterId) >= QUEST_LOG_SIZE) {
                    throw ProblemException.unprocessable("QUEST_LOG_FULL",
                            "A character has at most " + QUEST_LOG_SIZE + " active quests.");
                }
                QuestSession session = QuestSession.start(UUID.randomUUID(), quest, characterId, accountId, serverId,
                        clock.instant());
                sessions.insert(tx, session);
                pushProgress(tx, session, 0);
                return view(tx, quest, session);
            });
        } catch (RuntimeException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                throw alreadyActive();
            }
            throw e;
        }
    }

    public Page<QuestSessionView> active(UUID accountId, UUID characterId, PageRequest page) {
        characters.requireOwned(accountId, characterId);
        DbExecute read = db.execute();
        List<QuestSessionView> items = sessions.activeOf(read, characterId, page).stream()
                .map(session -> view(read, catalogue.require(session.questId()), session)).toList();
        return new Page<>(items, page, sessions.countActiveOf(read, characterId));
    }

    public QuestSessionView get(UUID accountId, UUID sessionId) {
        DbExecute read = db.execute();
        QuestSession session = owned(sessions.find(read, sessionId), accountId);
        return view(read, catalogue.require(session.questId()), session);
    }

    public QuestSessionView choose(UUID accountId, UUID sessionId, String choiceId) {
        return Transactions.inTransaction(db, tx -> {
            QuestSession session = active(owned(sessions.lock(tx, sessionId), accountId));
            Quest quest = catalogue.require(session.questId());
            Quest.Choice choice = session.availableChoices(quest).stream()
                    .filter(c -> c.choiceId().equals(choiceId)).findFirst()
                    .orElseThrow(() -> ProblemException.unprocessable("CHOICE_NOT_AVAILABLE",
                            "The choice '" + choiceId + "' is not offered at this point of the quest."));
            QuestSession changed = session.apply(quest, choice.outcome(), choice.choiceId(), clock.instant());
            sessions.update(tx, changed);
            pushProgress(tx, changed, 0);
            return view(tx, quest, changed);
        });
    }

    /** Rolls an offered check once; a repeat returns the recorded result and rolls nothing. */
    public SkillCheckOutcome rollCheck(UUID accountId, UUID sessionId, String checkId) {
        QuestSession current = owned(sessions.find(db.execute(), sessionId), accountId);
        Optional<SkillCheckOutcome> recorded = recorded(current, checkId);
        if (recorded.isPresent()) {
            return recorded.get();
        }
        active(current);
        // The character's skill rank and attribute at the moment of the check (a snapshot at most 30 s old).
        CharacterSnapshot character = characters.snapshot(current.characterId());
        SkillCheckOutcome outcome = Transactions.inTransaction(db, tx -> {
            QuestSession session = owned(sessions.lock(tx, sessionId), accountId);
            if (sessions.findCheck(tx, sessionId, checkId).isPresent()) {
                return null; // a concurrent request rolled it first; answered below from the record
            }
            active(session);
            Quest quest = catalogue.require(session.questId());
            Quest.SkillCheck check = session.availableSkillChecks(quest, sessions.rolledChecks(tx, sessionId))
                    .stream().filter(c -> c.checkId().equals(checkId)).findFirst()
                    .orElseThrow(() -> ProblemException.unprocessable("SKILL_CHECK_NOT_AVAILABLE",
                            "The skill check '" + checkId + "' is not offered at this point of the quest."));
            SkillCheckRule rule = new SkillCheckRule(dice.d20(), character.skillRank(check.skill()),
                    character.attribute(check.attribute()), check.modifier(), check.dc());
            RolledCheck rolled = new RolledCheck(sessionId, checkId, rule.roll(), check.skill(), rule.skillRank(),
                    check.attribute(), rule.attributeValue(), rule.modifier(), rule.dc(), rule.total(), rule.passed(),
                    clock.instant().truncatedTo(ChronoUnit.MICROS));
            sessions.insertCheck(tx, rolled);
            QuestSession changed = session.apply(quest, rule.passed() ? check.onPass() : check.onFail(), null,
                    clock.instant());
            sessions.update(tx, changed);
            pushProgress(tx, changed, 0);
            return new SkillCheckOutcome(rolled, view(tx, quest, changed));
        });
        return outcome != null ? outcome : recorded(current, checkId).orElseThrow();
    }

    /**
     * Completes an ACTIVE quest whose required objectives are done, once per {@code Idempotency-Key}: the session,
     * its rewards and the pushes to character (progress with the experience), world (the branch's consequences, the
     * default branch when no choice set one) and economy (currencies and items) commit together or not at all.
     */
    public StoredResponse complete(UUID accountId, UUID sessionId, String idempotencyKey,
                                   Function<QuestCompletion, String> render) {
        return Transactions.inTransaction(db, tx -> idempotency.execute(tx, accountId.toString(), "completeQuest",
                idempotencyKey, sessionId.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), () -> {
                    QuestSession session = active(owned(sessions.lock(tx, sessionId), accountId));
                    Quest quest = catalogue.require(session.questId());
                    if (session.progress() < 100) {
                        throw ProblemException.unprocessable("QUEST_OBJECTIVES_INCOMPLETE",
                                "Every required objective must be done first (progress " + session.progress() + ").");
                    }
                    String branch = session.branchId() != null ? session.branchId() : quest.defaultBranchId();
                    QuestSession completed = session.complete(branch, quest.rewards(), clock.instant());
                    sessions.update(tx, completed);
                    pushProgress(tx, completed, quest.experienceReward());
                    outbox.enqueue(tx, Pushes.WORLD, Pushes.APPLY_QUEST_CONSEQUENCES, sessionId.toString(),
                            new Pushes.QuestConsequences(session.serverId(), session.characterId(), quest.questId(),
                                    branch));
                    grant(session, quest).ifPresent(grant -> outbox.enqueue(tx, Pushes.ECONOMY,
                            Pushes.CREDIT_GAMEPLAY_GRANT, sessionId.toString(), grant));
                    QuestCompletion completion = new QuestCompletion(view(tx, quest, completed), quest.rewards(),
                            completed.endedAt());
                    return StoredResponse.of(200, render.apply(completion));
                }));
    }

    public QuestSessionView abandon(UUID accountId, UUID sessionId) {
        return Transactions.inTransaction(db, tx -> {
            QuestSession session = active(owned(sessions.lock(tx, sessionId), accountId));
            QuestSession abandoned = session.abandon(clock.instant());
            sessions.update(tx, abandoned);
            pushProgress(tx, abandoned, 0);
            return view(tx, catalogue.require(session.questId()), abandoned);
        });
    }

    /** A fight may advance only an ACTIVE quest session of the same character: 422 {@code QUEST_NOT_LINKABLE}. */
    public void requireLinkable(DbExecute tx, UUID questSessionId, UUID accountId, UUID characterId) {
        QuestSession session = owned(sessions.find(tx, questSessionId), accountId);
        if (!session.active() || !session.characterId().equals(characterId)) {
            throw ProblemException.unprocessable("QUEST_NOT_LINKABLE",
                    "A fight advances only an ACTIVE quest session of the same character.");
        }
    }

    /** A won fight linked to the session marks its objectives done (those the quest has), in the fight's transaction. */
    public void advanceFromCombat(DbExecute tx, UUID questSessionId, List<String> objectives) {
        sessions.lock(tx, questSessionId).filter(QuestSession::active).ifPresent(session -> {
            Quest quest = catalogue.require(session.questId());
            List<String> known = objectives.stream().filter(session.objectives()::containsKey).toList();
            if (known.isEmpty()) {
                return;
            }
            QuestSession changed = session.apply(quest, new Quest.Outcome(null, null, known, false), null,
                    clock.instant());
            sessions.update(tx, changed);
            pushProgress(tx, changed, 0);
        });
    }

    /** ACTIVE quest sessions over all characters right now. */
    public long activeSessions() {
        return sessions.countAllActive(db.execute());
    }

    private Optional<SkillCheckOutcome> recorded(QuestSession current, String checkId) {
        DbExecute read = db.execute();
        return sessions.findCheck(read, current.id(), checkId).map(check -> {
            QuestSession now = sessions.find(read, current.id()).orElseThrow();
            return new SkillCheckOutcome(check, view(read, catalogue.require(now.questId()), now));
        });
    }

    private void pushProgress(DbExecute tx, QuestSession session, long experienceReward) {
        outbox.enqueue(tx, Pushes.CHARACTER, Pushes.SYNC_QUEST_PROGRESS,
                session.id() + "/" + session.updatedAt(),
                new Pushes.QuestProgress(session.characterId(), session.questId(), session.status().name(),
                        session.branchId(), session.progress(), session.objectives(), session.updatedAt(),
                        experienceReward));
    }

    /** The currencies and items of the rewards as one economy grant (grantId = the quest session id). */
    private static Optional<Pushes.GameplayGrant> grant(QuestSession session, Quest quest) {
        List<Pushes.CurrencyAmount> currencies = quest.rewards().stream()
                .filter(r -> r.kind() == Quest.RewardKind.CURRENCY)
                .map(r -> new Pushes.CurrencyAmount(r.currency().name(), r.amount())).toList();
        List<Pushes.ItemAmount> items = quest.rewards().stream().filter(r -> r.kind() == Quest.RewardKind.ITEM)
                .map(r -> new Pushes.ItemAmount(r.itemId(), (int) r.amount())).toList();
        if (currencies.isEmpty() && items.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Pushes.GameplayGrant(session.id(), session.characterId(), "QUEST_COMPLETION",
                quest.questId(), currencies, items));
    }

    private QuestSessionView view(DbExecute db, Quest quest, QuestSession session) {
        Set<String> pending = outbox.undeliveredKinds(db, session.id().toString());
        DeliveryStatus progress = pending.contains(Pushes.SYNC_QUEST_PROGRESS)
                ? DeliveryStatus.PENDING : DeliveryStatus.DELIVERED;
        DeliveryStatus consequences = session.status() != QuestStatus.COMPLETED ? DeliveryStatus.NOT_REQUIRED
                : pending.contains(Pushes.APPLY_QUEST_CONSEQUENCES) ? DeliveryStatus.PENDING : DeliveryStatus.DELIVERED;
        return new QuestSessionView(session, session.availableChoices(quest),
                session.availableSkillChecks(quest, sessions.rolledChecks(db, session.id())), progress, consequences);
    }

    private static QuestSession owned(Optional<QuestSession> found, UUID accountId) {
        QuestSession session = found.orElseThrow(() -> ProblemException.notFound("QUEST_SESSION_NOT_FOUND",
                "No quest session has this id."));
        if (!session.accountId().equals(accountId)) {
            throw Characters.notOwner();
        }
        return session;
    }

    private static QuestSession active(QuestSession session) {
        if (!session.active()) {
            throw ProblemException.conflict("QUEST_NOT_ACTIVE", "This quest session is " + session.status() + ".");
        }
        return session;
    }

    private static ProblemException alreadyActive() {
        return ProblemException.conflict("QUEST_ALREADY_ACTIVE", "This character is on this quest already.");
    }

}
