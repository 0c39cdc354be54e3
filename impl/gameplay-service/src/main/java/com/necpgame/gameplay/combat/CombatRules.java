package com.necpgame.gameplay.combat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import com.necpgame.gameplay.character.Attribute;
import com.necpgame.gameplay.character.CharacterSnapshot;
import com.necpgame.gameplay.character.Characters;
import com.necpgame.gameplay.combat.CombatContent.Effect;
import com.necpgame.gameplay.combat.CombatContent.EffectKind;
import com.necpgame.gameplay.combat.CombatTypes.ActionType;
import com.necpgame.gameplay.combat.CombatTypes.Kind;
import com.necpgame.gameplay.combat.CombatTypes.SessionType;
import com.necpgame.gameplay.combat.CombatTypes.Side;
import com.necpgame.gameplay.combat.CombatTypes.Status;
import com.necpgame.gameplay.quest.QuestService;
import com.necpgame.platform.db.SqlErrors;
import com.necpgame.platform.db.Transactions;
import com.necpgame.platform.idempotency.IdempotencyStore;
import com.necpgame.platform.idempotency.StoredResponse;
import com.necpgame.platform.paging.Page;
import com.necpgame.platform.paging.PageRequest;
import com.necpgame.platform.problem.ProblemException;
import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbExecute;

/**
 * The rules of combat: who may start what against whom, the four actions with the damage rule, NPCs answering
 * each player action, the end of a session, and who may read it. Every action runs under the session's row lock.
 */
public final class CombatRules {
    /** At most this many actions per participant per second (429 beyond). */
    static final int ACTIONS_PER_SECOND = 10;
    /** Every character fights with a sidearm that scales with DEX (equipment lives in economy; not read yet). */
    static final int SIDEARM_DAMAGE = 12;
    static final Attribute SIDEARM_ATTRIBUTE = Attribute.DEX;

    private final DbClient db;
    private final CombatRepository combats;
    private final CombatContent content;
    private final Characters characters;
    private final Inventory inventory;
    private final QuestService quests;
    private final IdempotencyStore idempotency;
    private final Clock clock;
    private volatile CombatHooks hooks = CombatHooks.NONE;

    /** What a player asked to start. */
    public record StartRequest(SessionType type, UUID characterId, Optional<String> encounterId,
                               List<UUID> opponentCharacterIds, Optional<UUID> questSessionId) {
    }

    public CombatRules(DbClient db, CombatRepository combats, CombatContent content, Characters characters,
                         Inventory inventory, QuestService quests, IdempotencyStore idempotency, Clock clock) {
        this.db = db;
        this.combats = combats;
        this.content = content;
        this.characters = characters;
        this.inventory = inventory;
        this.quests = quests;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    public void hooks(CombatHooks hooks) {
        this.hooks = hooks;
    }

    public CombatContent content() {
        return content;
    }

    /** The stats a character fights with, fixed at the start of a session. */
    public static Participant fighter(CharacterSnapshot character, Side side, UUID playerId) {
        int level = character.level();
        return new Participant(UUID.randomUUID(), Kind.CHARACTER, character.characterId(), character.accountId(),
                playerId, null, character.name(), side, 80 + 20 * level, 80 + 20 * level, 2 + level / 5,
                SIDEARM_DAMAGE, SIDEARM_ATTRIBUTE, character.attributes(), character.skills(), false);
    }

    public static Participant npc(CombatContent.Npc npc, Side side) {
        return new Participant(UUID.randomUUID(), Kind.NPC, null, null, null, npc.npcId(), npc.displayName(), side,
                npc.hp(), npc.hp(), npc.armor(), npc.weaponDamage(), npc.attribute(),
                java.util.Map.of(npc.attribute(), npc.attributeValue()), java.util.Map.of(), false);
    }

    public CombatSession start(UUID accountId, StartRequest request) {
        CharacterSnapshot me = characters.requireOwned(accountId, request.characterId());
        List<Participant> participants = new ArrayList<>();
        participants.add(fighter(me, Side.ALPHA, null));
        String encounterId = null;
        switch (request.type()) {
            case PVE -> {
                if (!request.opponentCharacterIds().isEmpty()) {
                    throw ProblemException.unprocessable("OPPONENTS_NOT_ALLOWED", "A PVE fight has no character opponents.");
                }
                CombatContent.Encounter encounter = content.encounter(request.encounterId().orElseThrow(() ->
                                ProblemException.unprocessable("ENCOUNTER_REQUIRED", "A PVE fight needs an encounterId.")))
                        .orElseThrow(() -> ProblemException.notFound("ENCOUNTER_NOT_FOUND", "No encounter has this id."));
                encounterId = encounter.encounterId();
                encounter.npcs().forEach(npc -> participants.add(npc(npc, Side.BRAVO)));
            }
            case PVP_DUEL, PVP_ARENA -> {
                int opponents = request.opponentCharacterIds().size();
                if (request.type() == SessionType.PVP_DUEL ? opponents != 1 : opponents < 1 || opponents > 5) {
                    throw ProblemException.unprocessable("INVALID_OPPONENTS", request.type() == SessionType.PVP_DUEL
                            ? "A duel has exactly 1 opponent." : "An arena fight has 1 to 5 opponents.");
                }
                if (request.questSessionId().isPresent() || request.encounterId().isPresent()) {
                    throw ProblemException.unprocessable("INVALID_OPPONENTS",
                            "encounterId and questSessionId are for PVE fights only.");
                }
                for (UUID opponentId : request.opponentCharacterIds()) {
                    CharacterSnapshot opponent = characters.snapshot(opponentId);
                    if (opponent.accountId().equals(accountId)) {
                        throw ProblemException.unprocessable("INVALID_OPPONENTS",
                                "A player cannot fight its own characters.");
                    }
                    participants.add(fighter(opponent, Side.BRAVO, null));
                }
            }
            case RAID_BOSS -> throw ProblemException.unprocessable("SESSION_TYPE_NOT_STARTABLE",
                    "RAID_BOSS sessions are opened by the raid.");
        }
        CombatSession session = new CombatSession(UUID.randomUUID(), request.type(), Status.ACTIVE, encounterId,
                request.questSessionId().orElse(null), null, null, 0, participants, null, null, now(), null);
        try {
            return Transactions.inTransaction(db, tx -> {
                request.questSessionId().ifPresent(q -> quests.requireLinkable(tx, q, accountId, me.characterId()));
                combats.insert(tx, session);
                return session;
            });
        } catch (RuntimeException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                throw ProblemException.conflict("CHARACTER_IN_COMBAT",
                        "The character or an opponent already fights in an ACTIVE session.");
            }
            throw e;
        }
    }

    /**
     * Opens a raid phase's session (in the raid's transaction): the pilots' mechs against the phase's encounter,
     * whose opponents' hit points and weapon damage are multiplied by the difficulty's {@code npcScale}.
     */
    public CombatSession openRaidSession(DbExecute tx, UUID instanceId, String phase, SessionType type,
                                         String encounterId, double npcScale, List<Participant> pilots) {
        List<Participant> participants = new ArrayList<>(pilots);
        content.encounter(encounterId).orElseThrow().npcs().forEach(npc -> participants.add(npc(new CombatContent.Npc(
                npc.npcId(), npc.displayName(), (int) Math.round(npc.hp() * npcScale), npc.armor(),
                (int) Math.round(npc.weaponDamage() * npcScale), npc.attribute(), npc.attributeValue()), Side.BRAVO)));
        CombatSession session = new CombatSession(UUID.randomUUID(), type, Status.ACTIVE, encounterId, null,
                instanceId, phase, 0, participants, null, null, now(), null);
        combats.insert(tx, session);
        return session;
    }

    /** A raid session, row-locked: the raid locks a phase's session before its instance, as combat actions do. */
    public Optional<CombatSession> lockRaidSession(DbExecute tx, UUID sessionId) {
        return combats.lock(tx, sessionId);
    }

    /** Ends a raid phase's session at a wipe (no end effects: the raid is handling it). */
    public void endRaidSession(DbExecute tx, CombatSession session) {
        if (session.active()) {
            combats.update(tx, session.ended(Status.FLED, null, now()));
        }
    }

    /** Sets a pilot's mech hull in a running phase (a reconnect brings the mech back as it was). */
    public void restoreRaidFighter(DbExecute tx, CombatSession session, UUID accountId, int hp) {
        session.ownedBy(accountId).filter(p -> session.active() && !p.fled())
                .ifPresent(p -> combats.update(tx, session.with(p.withHp(hp))));
    }

    /** A pilot leaves during an attempt: its mech flees the phase, which may end the session (and run the hooks). */
    public void withdrawFromRaid(DbExecute tx, CombatSession session, UUID accountId) {
        Optional<Participant> me = session.ownedBy(accountId);
        if (me.isEmpty() || !session.active() || me.get().fled()) {
            return;
        }
        Instant now = now();
        CombatSession fled = session.with(me.get().fleeing()).nextTurn().settled(now);
        CombatAction action = new CombatAction(UUID.randomUUID(), session.id(), fled.turn(), ActionType.FLEE,
                me.get().participantId(), null, null, null, null, null, null, null, fled.status(), now);
        combats.insertAction(tx, action);
        combats.update(tx, fled);
        if (!fled.active()) {
            ended(tx, fled);
        }
    }

    public Page<CombatSession> list(UUID accountId, Optional<UUID> characterId, Optional<Status> status,
                                    PageRequest page) {
        characterId.ifPresent(id -> characters.requireOwned(accountId, id));
        DbExecute read = db.execute();
        return new Page<>(combats.listOfAccount(read, accountId, characterId, status, page), page,
                combats.countOfAccount(read, accountId, characterId, status));
    }

    public CombatSession get(UUID accountId, UUID sessionId) {
        DbExecute read = db.execute();
        return visible(read, found(combats.find(read, sessionId)), accountId);
    }

    public Page<CombatAction> actions(UUID accountId, UUID sessionId, PageRequest page) {
        DbExecute read = db.execute();
        visible(read, found(combats.find(read, sessionId)), accountId);
        return new Page<>(combats.actions(read, sessionId, page), page, combats.countActions(read, sessionId));
    }

    public CombatAction attack(UUID accountId, UUID sessionId, UUID actionId, UUID targetId) {
        return act(accountId, sessionId, actionId, (session, me, now) -> {
            Participant target = enemy(session, me, targetId);
            DamageRule rule = new DamageRule(me.weaponDamage(), me.weaponAttribute(), me.attribute(me.weaponAttribute()),
                    target.armor());
            return damage(session, me, target, rule, ActionType.ATTACK, actionId, null, null, now);
        });
    }

    public CombatAction useSkill(UUID accountId, UUID sessionId, UUID actionId, String skillId,
                                 Optional<UUID> targetId) {
        return act(accountId, sessionId, actionId, (session, me, now) -> {
            Effect skill = content.skills().get(skillId);
            if (skill == null || me.skills().getOrDefault(skillId, 0) == 0) {
                throw ProblemException.unprocessable("SKILL_NOT_AVAILABLE",
                        "This character has no combat skill '" + skillId + "'.");
            }
            String cooldownKey = me.participantId() + "/" + skillId;
            Instant ready = session.cooldowns().get(cooldownKey);
            if (ready != null && now.isBefore(ready)) {
                throw ProblemException.unprocessable("SKILL_ON_COOLDOWN", "'" + skillId + "' is ready again at "
                        + ready + ".");
            }
            CombatSession cooling = session.withCooldown(cooldownKey, now.plusSeconds(skill.cooldownSeconds()));
            return effect(cooling, me, skill, targetId, ActionType.USE_SKILL, actionId, skillId, null, now);
        });
    }

    /**
     * Uses one consumable: validated first, consumed in economy (consumption id and economy's Idempotency-Key =
     * a name-based UUID of the session and this request's key), then applied once per {@code Idempotency-Key}.
     */
    public StoredResponse useItem(UUID accountId, UUID sessionId, String idempotencyKey, byte[] requestBody,
                                  String itemId, Optional<UUID> targetId, Function<CombatAction, String> render) {
        UUID actionId = UUID.nameUUIDFromBytes((sessionId + "/" + idempotencyKey).getBytes(StandardCharsets.UTF_8));
        DbExecute read = db.execute();
        CombatSession current = found(combats.find(read, sessionId));
        Participant me = participantOf(current, accountId);
        if (combats.findAction(read, sessionId, actionId).isEmpty()) {
            Effect item = content.items().get(itemId);
            if (item == null) {
                throw ProblemException.unprocessable("ITEM_NOT_USABLE", "'" + itemId + "' is not a combat consumable.");
            }
            ready(current, me);
            resolveTarget(current, me, item, targetId);
            inventory.consumeOne(actionId, me.characterId(), itemId, sessionId);
        }
        return Transactions.inTransaction(db, tx -> idempotency.execute(tx, accountId.toString(), "useCombatItem",
                idempotencyKey, requestBody, () -> {
                    CombatSession session = found(combats.lock(tx, sessionId));
                    Participant actor = participantOf(session, accountId);
                    ready(session, actor);
                    Effect item = content.items().get(itemId);
                    Instant now = now();
                    Applied applied = effect(session, actor, item, targetId, ActionType.USE_ITEM, actionId, null,
                            itemId, now);
                    return StoredResponse.of(200, render.apply(finish(tx, applied, now)));
                }));
    }

    public CombatAction flee(UUID accountId, UUID sessionId) {
        return Transactions.inTransaction(db, tx -> {
            CombatSession session = found(combats.lock(tx, sessionId));
            Participant me = participantOf(session, accountId);
            if (!session.active() || me.fled()) {
                throw notActive();
            }
            Instant now = now();
            CombatSession fled = session.with(me.fleeing()).nextTurn().settled(now);
            CombatAction action = new CombatAction(UUID.randomUUID(), sessionId, fled.turn(), ActionType.FLEE,
                    me.participantId(), null, null, null, null, null, null, null, fled.status(), now);
            return finish(tx, new Applied(fled, action), now);
        });
    }

    // --- the action pipeline --------------------------------------------------------------------------------

    private record Applied(CombatSession session, CombatAction action) {
    }

    @FunctionalInterface
    private interface Move {
        Applied apply(CombatSession session, Participant me, Instant now);
    }

    private CombatAction act(UUID accountId, UUID sessionId, UUID actionId, Move move) {
        return Transactions.inTransaction(db, tx -> {
            CombatSession session = found(combats.lock(tx, sessionId));
            Participant me = participantOf(session, accountId);
            Optional<CombatAction> recorded = combats.findAction(tx, sessionId, actionId);
            if (recorded.isPresent()) {
                return recorded.get();
            }
            ready(session, me);
            Instant now = now();
            if (combats.recentActions(tx, sessionId, me.participantId(), now.minusSeconds(1)) >= ACTIONS_PER_SECOND) {
                throw ProblemException.tooManyRequests("At most " + ACTIONS_PER_SECOND
                        + " actions per second per participant.", Duration.ofSeconds(1));
            }
            return finish(tx, move.apply(session, me, now), now);
        });
    }

    /** Records the action, lets the NPCs answer while the fight goes on, saves, and runs the end effects. */
    private CombatAction finish(DbExecute tx, Applied applied, Instant now) {
        combats.insertAction(tx, applied.action());
        CombatSession session = npcTurns(tx, applied.session(), now);
        combats.update(tx, session);
        if (!session.active()) {
            ended(tx, session);
        }
        return applied.action();
    }

    /** Every standing NPC attacks the weakest standing character of the other side, once per player action. */
    private CombatSession npcTurns(DbExecute tx, CombatSession session, Instant now) {
        CombatSession current = session;
        for (Participant npc : session.participants()) {
            if (!current.active()) {
                break;
            }
            Participant actor = current.participant(npc.participantId()).orElseThrow();
            if (actor.kind() != Kind.NPC || !actor.standing()) {
                continue;
            }
            Participant actorNow = actor;
            Optional<Participant> target = current.participants().stream()
                    .filter(p -> p.side() != actorNow.side() && p.standing() && p.kind() == Kind.CHARACTER)
                    .min(java.util.Comparator.comparingInt(Participant::hp).thenComparing(p -> p.participantId().toString()));
            if (target.isEmpty()) {
                break;
            }
            DamageRule rule = new DamageRule(actor.weaponDamage(), actor.weaponAttribute(),
                    actor.attribute(actor.weaponAttribute()), target.get().armor());
            Applied answer = damage(current, actor, target.get(), rule, ActionType.ATTACK, UUID.randomUUID(), null,
                    null, now);
            combats.insertAction(tx, answer.action());
            current = answer.session();
        }
        return current;
    }

    private void ended(DbExecute tx, CombatSession session) {
        if (session.questSessionId() != null && session.status() == Status.COMPLETED
                && session.winnerSide() == Side.ALPHA && session.encounterId() != null) {
            quests.advanceFromCombat(tx, session.questSessionId(),
                    content.encounter(session.encounterId()).map(CombatContent.Encounter::advancesObjectives)
                            .orElse(List.of()));
        }
        if (session.instanceId() != null) {
            hooks.raidSessionEnded(tx, session);
        }
    }

    private Applied damage(CombatSession session, Participant actor, Participant target, DamageRule rule,
                           ActionType type, UUID actionId, String skillId, String itemId, Instant now) {
        Participant hit = target.withHp(target.hp() - rule.amount());
        CombatSession after = session.with(hit).nextTurn().settled(now);
        CombatAction action = new CombatAction(actionId, session.id(), after.turn(), type, actor.participantId(),
                target.participantId(), skillId, itemId, CombatAction.Damage.of(rule), null, hit.hp(), hit.defeated(),
                after.status(), now);
        return new Applied(after, action);
    }

    private Applied effect(CombatSession session, Participant actor, Effect effect, Optional<UUID> targetId,
                           ActionType type, UUID actionId, String skillId, String itemId, Instant now) {
        Participant target = resolveTarget(session, actor, effect, targetId);
        int attributeValue = actor.attribute(effect.attribute());
        if (effect.effect() == EffectKind.DAMAGE) {
            return damage(session, actor, target, new DamageRule(effect.power(), effect.attribute(), attributeValue,
                    target.armor()), type, actionId, skillId, itemId, now);
        }
        int healing = DamageRule.healing(effect.power(), attributeValue, target.hp(), target.maxHp());
        Participant healed = target.withHp(target.hp() + healing);
        CombatSession after = session.with(healed).nextTurn().settled(now);
        CombatAction action = new CombatAction(actionId, session.id(), after.turn(), type, actor.participantId(),
                target.participantId(), skillId, itemId, null, healing, healed.hp(), false, after.status(), now);
        return new Applied(after, action);
    }

    /** A damaging effect needs an enemy target; a healing one heals an ally, the actor itself by default. */
    private static Participant resolveTarget(CombatSession session, Participant actor, Effect effect,
                                             Optional<UUID> targetId) {
        if (effect.effect() == EffectKind.DAMAGE) {
            return enemy(session, actor, targetId.orElseThrow(() -> ProblemException.unprocessable("TARGET_REQUIRED",
                    "A damaging skill or item needs targetParticipantId.")));
        }
        Participant target = targetId.flatMap(session::participant).orElse(targetId.isPresent() ? null : actor);
        if (target == null || target.side() != actor.side() || !target.standing()) {
            throw ProblemException.unprocessable("INVALID_TARGET", "Healing goes to a standing fighter of your side.");
        }
        return target;
    }

    private static Participant enemy(CombatSession session, Participant me, UUID targetId) {
        Participant target = session.participant(targetId).orElseThrow(() -> invalidTarget("No such participant."));
        if (target.side() == me.side()) {
            throw invalidTarget("The target is on your own side.");
        }
        if (!target.standing()) {
            throw invalidTarget("The target is defeated or fled.");
        }
        return target;
    }

    private static void ready(CombatSession session, Participant me) {
        if (!session.active() || me.fled()) {
            throw notActive();
        }
        if (me.defeated()) {
            throw ProblemException.unprocessable("PARTICIPANT_DEFEATED", "Your participant is down.");
        }
    }

    private static Participant participantOf(CombatSession session, UUID accountId) {
        return session.ownedBy(accountId).orElseThrow(() -> ProblemException.forbidden("NOT_A_PARTICIPANT",
                "None of your characters takes part in this session."));
    }

    private CombatSession visible(DbExecute db, CombatSession session, UUID accountId) {
        if (session.ownedBy(accountId).isPresent()
                || (session.instanceId() != null && hooks.onRaidRoster(db, session.instanceId(), accountId))) {
            return session;
        }
        throw ProblemException.forbidden("NOT_A_PARTICIPANT", "None of your characters takes part in this session.");
    }

    private static CombatSession found(Optional<CombatSession> session) {
        return session.orElseThrow(() -> ProblemException.notFound("COMBAT_SESSION_NOT_FOUND",
                "No combat session has this id."));
    }

    private static ProblemException notActive() {
        return ProblemException.conflict("SESSION_NOT_ACTIVE", "This session has ended or you left it.");
    }

    private static ProblemException invalidTarget(String detail) {
        return ProblemException.unprocessable("INVALID_TARGET", detail);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

}
