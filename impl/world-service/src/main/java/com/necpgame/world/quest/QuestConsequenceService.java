package com.necpgame.world.quest;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.necpgame.platform.db.Transactions;
import com.necpgame.platform.idempotency.IdempotencyStore;
import com.necpgame.platform.idempotency.StoredResponse;
import com.necpgame.platform.paging.Page;
import com.necpgame.platform.paging.PageRequest;
import com.necpgame.platform.problem.ProblemException;
import com.necpgame.world.character.CharacterOwnership;
import com.necpgame.world.servers.GameServers;
import com.necpgame.world.state.ChangeSource;
import com.necpgame.world.state.StateChange;
import com.necpgame.world.state.WorldStateEntry;
import com.necpgame.world.state.WorldStateRepository;
import com.necpgame.world.state.WorldStateRevision;
import com.necpgame.world.state.WorldStateWriter;
import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbExecute;

/**
 * Quest consequences: the operator's versioned definitions, the preview, and the atomic, idempotent application
 * (once per Idempotency-Key, and at most once per (character, quest)), plus the story state it leaves.
 */
public final class QuestConsequenceService {
    private final DbClient db;
    private final QuestConsequenceRepository consequences;
    private final WorldStateRepository state;
    private final WorldStateWriter writer;
    private final GameServers servers;
    private final IdempotencyStore idempotency;
    private final CharacterOwnership ownership;
    private final Clock clock;

    public QuestConsequenceService(DbClient db, QuestConsequenceRepository consequences, WorldStateRepository state,
                                   WorldStateWriter writer, GameServers servers, IdempotencyStore idempotency,
                                   CharacterOwnership ownership, Clock clock) {
        this.db = db;
        this.consequences = consequences;
        this.state = state;
        this.writer = writer;
        this.servers = servers;
        this.idempotency = idempotency;
        this.ownership = ownership;
        this.clock = clock;
    }

    public ConsequenceSet get(String questId, String branchId) {
        return consequences.find(db.execute(), questId, branchId).orElseThrow(() -> ProblemException.notFound(
                "CONSEQUENCES_NOT_FOUND", "No consequences are defined for " + questId + " / " + branchId + "."));
    }

    public Page<ConsequenceSet> list(Optional<String> questId, PageRequest page) {
        DbExecute read = db.execute();
        return new Page<>(consequences.list(read, questId, page), page, consequences.count(read, questId));
    }

    /** Creates ({@code expectedVersion} 0) or replaces the effect list; 409 {@code STALE_VERSION} otherwise. */
    public ConsequenceSet define(String actor, String questId, String branchId, long expectedVersion,
                                 List<QuestEffect> effects) {
        EffectRules.validate(effects);
        Instant now = clock.instant();
        return Transactions.inTransaction(db, tx -> {
            boolean written = expectedVersion == 0
                    ? consequences.insert(tx, questId, branchId, effects, actor, now)
                    : consequences.replace(tx, questId, branchId, expectedVersion, effects, actor, now);
            if (!written) {
                throw ProblemException.conflict("STALE_VERSION", "The consequences of " + questId + " / " + branchId
                        + " are not at the expected version; read them again and retry.");
            }
            return consequences.find(tx, questId, branchId).orElseThrow();
        });
    }

    /**
     * The deltas applying would make now; nothing is written. A player ({@code playerAccount} present) previews
     * only for an own character: 403 {@code NOT_CHARACTER_OWNER}, 422 {@code UNKNOWN_CHARACTER}.
     */
    public Preview preview(Optional<UUID> playerAccount, ConsequenceRequest request) {
        servers.requireInBody(request.serverId());
        playerAccount.ifPresent(account -> ownership.requireOwner(account, request.characterId(),
                () -> ProblemException.unprocessable("UNKNOWN_CHARACTER", "character-service does not know "
                        + request.characterId() + ".")));
        DbExecute read = db.execute();
        Optional<ConsequenceSet> set = consequences.find(read, request.questId(), request.branchId());
        List<Delta> deltas = new ArrayList<>();
        for (QuestEffect effect : set.map(ConsequenceSet::effects).orElse(List.of())) {
            deltas.add(effect.type().scope() == EffectScope.CHARACTER
                    ? Deltas.character(effect, storyValue(read, request.characterId(), effect))
                    : Deltas.server(effect, worldValue(read, request.serverId(), effect)));
        }
        return new Preview(request, set.map(ConsequenceSet::version), deltas);
    }

    /**
     * Applies every effect in one transaction, once per {@code idempotencyKey} (a repeat gets the first answer,
     * rendered by {@code render}); a (character, quest) already applied under another key: 409
     * {@code ALREADY_APPLIED}.
     */
    public StoredResponse apply(String caller, ConsequenceRequest request, String idempotencyKey, byte[] requestBody,
                                Function<Application, String> render) {
        return Transactions.inTransaction(db, tx -> idempotency.execute(tx, caller, "applyQuestConsequences",
                idempotencyKey, requestBody, () -> {
                    servers.requireInBody(request.serverId());
                    Instant now = clock.instant();
                    consequences.lockCharacter(tx, request.characterId());
                    UUID applicationId = UUID.randomUUID();
                    if (!consequences.claim(tx, applicationId, request, now)) {
                        throw ProblemException.conflict("ALREADY_APPLIED", "The consequences of " + request.questId()
                                + " were already applied for this character.");
                    }
                    Optional<ConsequenceSet> set = consequences.find(tx, request.questId(), request.branchId());
                    List<QuestEffect> effects = set.map(ConsequenceSet::effects).orElse(List.of());
                    Application application = new Application(applicationId, request,
                            set.map(ConsequenceSet::version), applyAll(tx, caller, request, effects, now), now);
                    consequences.complete(tx, application);
                    return StoredResponse.of(201, render.apply(application));
                }));
    }

    /** A player ({@code playerAccount} present) reads only an own character's: 403, or 404 when it is unknown. */
    public Page<StoryEntry> story(Optional<UUID> playerAccount, UUID characterId, Optional<EffectType> type,
                                  PageRequest page) {
        playerAccount.ifPresent(account -> ownership.requireOwner(account, characterId,
                () -> ProblemException.notFound("CHARACTER_NOT_FOUND", "No character has this id.")));
        DbExecute read = db.execute();
        return new Page<>(consequences.storyList(read, characterId, type, page), page,
                consequences.storyCount(read, characterId, type));
    }

    /** Character effects in order; server effects in key order (so concurrent applications lock keys alike). */
    private List<Delta> applyAll(DbExecute tx, String caller, ConsequenceRequest request, List<QuestEffect> effects,
                                 Instant now) {
        Delta[] deltas = new Delta[effects.size()];
        List<Integer> serverEffects = new ArrayList<>();
        for (int i = 0; i < effects.size(); i++) {
            QuestEffect effect = effects.get(i);
            if (effect.type().scope() == EffectScope.SERVER) {
                serverEffects.add(i);
                continue;
            }
            Delta delta = Deltas.character(effect, storyValue(tx, request.characterId(), effect));
            if (delta.changed()) {
                consequences.saveStory(tx, request.characterId(), delta, request.questId(), now);
            }
            deltas[i] = delta;
        }
        serverEffects.sort(Comparator.comparing(i -> effects.get(i).worldStateKey().orElseThrow()));
        for (int i : serverEffects) {
            QuestEffect effect = effects.get(i);
            String key = effect.worldStateKey().orElseThrow();
            Delta delta = Deltas.server(effect, state.lock(tx, request.serverId(), key).map(WorldStateEntry::value));
            if (delta.changed()) {
                WorldStateRevision revision = writer.write(tx, new StateChange(request.serverId(), key, delta.after(),
                        Optional.empty(), ChangeSource.QUEST_CONSEQUENCE, Optional.of(request.questId()), caller,
                        Optional.empty()));
                delta = delta.withNewVersion(revision.version());
            }
            deltas[i] = delta;
        }
        return List.of(deltas);
    }

    private Optional<ObjectNode> storyValue(DbExecute db, UUID characterId, QuestEffect effect) {
        return consequences.story(db, characterId, effect.type(), effect.target()).map(StoryEntry::value);
    }

    private Optional<ObjectNode> worldValue(DbExecute db, String serverId, QuestEffect effect) {
        return state.find(db, serverId, effect.worldStateKey().orElseThrow()).map(WorldStateEntry::value);
    }
}
