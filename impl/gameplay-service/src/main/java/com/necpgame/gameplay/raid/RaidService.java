package com.necpgame.gameplay.raid;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

import com.necpgame.gameplay.character.CharacterSnapshot;
import com.necpgame.gameplay.character.Characters;
import com.necpgame.gameplay.combat.CombatHooks;
import com.necpgame.gameplay.combat.CombatRules;
import com.necpgame.gameplay.combat.CombatSession;
import com.necpgame.gameplay.combat.CombatTypes;
import com.necpgame.gameplay.combat.Participant;
import com.necpgame.gameplay.raid.RaidContent.PhaseDefinition;
import com.necpgame.gameplay.raid.RaidRecords.InstanceView;
import com.necpgame.gameplay.raid.RaidRecords.Lockout;
import com.necpgame.gameplay.raid.RaidRecords.Wipe;
import com.necpgame.gameplay.raid.RaidTypes.Difficulty;
import com.necpgame.gameplay.raid.RaidTypes.InstanceStatus;
import com.necpgame.gameplay.raid.RaidTypes.PilotStatus;
import com.necpgame.gameplay.raid.RaidTypes.WipeCause;
import com.necpgame.platform.db.SqlErrors;
import com.necpgame.platform.db.Transactions;
import com.necpgame.platform.paging.Page;
import com.necpgame.platform.paging.PageRequest;
import com.necpgame.platform.problem.ProblemException;
import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbExecute;

/**
 * The life of a Quantum Reef Siege instance: create, join, leave, start, reconnect, wipes and locks, and the phases
 * fought as combat sessions (this class is combat's {@link CombatHooks}: a phase's session ending clears the phase
 * or wipes the attempt). Every change runs under the instance's row lock, taken after the lock of the phase's
 * combat session, the order combat actions take them in. Time-driven transitions (a silent pilot drops, the window
 * or the lock ends, a loot roll times out) are applied by {@link #settle} before every change and by the scheduled
 * {@link #settleDue}.
 */
public final class RaidService implements CombatHooks {
    private final DbClient db;
    private final RaidRepository raids;
    private final RaidContent content;
    private final CombatRules combat;
    private final RaidLoot loot;
    private final Characters characters;
    private final PilotCredentials pilots;
    private final GuildMemberships guilds;
    private final Clock clock;

    public RaidService(DbClient db, RaidRepository raids, RaidContent content, CombatRules combat, RaidLoot loot,
                       Characters characters, PilotCredentials pilots, GuildMemberships guilds, Clock clock) {
        this.db = db;
        this.raids = raids;
        this.content = content;
        this.combat = combat;
        this.loot = loot;
        this.characters = characters;
        this.pilots = pilots;
        this.guilds = guilds;
        this.clock = clock;
        combat.hooks(this);
    }

    public RaidContent content() {
        return content;
    }

    // --- instances ----------------------------------------------------------------------------------------------

    /** Checks in the spec's order: credential, wipe lock, the character, the guild, one open instance per pilot. */
    public InstanceView create(UUID accountId, Difficulty difficulty, UUID characterId, Optional<UUID> guildId) {
        Instant now = now();
        requireCredential(accountId, content.rule(difficulty).requiredTier(), now);
        requireNotLockedOut(db.execute(), accountId, difficulty, now);
        characters.requireOwned(accountId, characterId);
        guildId.ifPresent(guild -> {
            if (!guilds.guildOf(characterId).map(guild::equals).orElse(false)) {
                throw ProblemException.unprocessable("NOT_GUILD_MEMBER",
                        "The character is not a member of guild " + guild + ".");
            }
        });
        return Transactions.inTransaction(db, tx -> {
            raids.lockPlayer(tx, accountId);
            requireNotLockedOut(tx, accountId, difficulty, now);
            RaidInstance instance = RaidInstance.create(UUID.randomUUID(), content, difficulty, accountId,
                    characterId, guildId.orElse(null), now);
            if (raids.seatedElsewhere(tx, accountId, instance.id())) {
                throw alreadyInRaid();
            }
            raids.insert(tx, instance);
            return new InstanceView(instance, List.of());
        });
    }

    public Page<InstanceView> list(Optional<InstanceStatus> status, Optional<Difficulty> difficulty,
                                   PageRequest page) {
        DbExecute read = db.execute();
        List<InstanceView> items = raids.list(read, status, difficulty, page).stream()
                .map(i -> new InstanceView(i, raids.pilots(read, i.id()))).toList();
        return new Page<>(items, page, raids.count(read, status, difficulty));
    }

    /** The instance as of now (a transition that fell due is applied first). */
    public InstanceView get(UUID instanceId) {
        DbExecute read = db.execute();
        InstanceView view = new InstanceView(found(raids.find(read, instanceId)), raids.pilots(read, instanceId));
        return due(read, view, now()) ? change(instanceId, (tx, settled) -> settled) : view;
    }

    /** Whether a time-driven transition of {@link #settle} fell due. */
    private boolean due(DbExecute read, InstanceView view, Instant now) {
        RaidInstance i = view.instance();
        boolean running = i.status() == InstanceStatus.IN_PROGRESS;
        return (running || i.status() == InstanceStatus.FORMING) && !now.isBefore(i.windowEndsAt())
                || i.status() == InstanceStatus.LOCKED && !now.isBefore(i.lockedUntil())
                || running && view.pilots().stream().anyMatch(p -> p.connected()
                        && !p.seenAt().isAfter(now.minus(RaidContent.DISCONNECT_AFTER)))
                || loot.anyDue(read, i.id(), now);
    }

    public InstanceView join(UUID accountId, UUID instanceId, UUID characterId, String syncToken) {
        CharacterSnapshot character = characters.requireOwned(accountId, characterId);
        InstanceView before = get(instanceId);
        RaidInstance instance = before.instance();
        if (instance.leaderPlayerId().equals(accountId) && !instance.leaderCharacterId().equals(characterId)) {
            throw ProblemException.unprocessable("CHARACTER_MISMATCH",
                    "The leader joins with the character named when the instance was created.");
        }
        requireForming(instance);
        PilotCredentials.SyncCheck check = pilots.verifySyncToken(syncToken, instanceId);
        if (!check.valid()) {
            throw ProblemException.forbidden("SYNC_TOKEN_INVALID", "The sync token was refused: " + check.reason()
                    + ".");
        }
        if (!accountId.equals(check.playerId())) {
            throw ProblemException.forbidden("SYNC_TOKEN_NOT_YOURS", "The sync token was issued to another pilot.");
        }
        Instant now = now();
        PilotCredentials.Credential credential = requireCredential(accountId, instance.requiredTier(), now);
        requireNotLockedOut(db.execute(), accountId, instance.difficulty(), now);
        return Transactions.inTransaction(db, tx -> {
            raids.lockPlayer(tx, accountId);
            return changeIn(tx, instanceId, (t, view) -> {
                requireForming(view.instance());
                requireNotLockedOut(t, accountId, view.instance().difficulty(), now);
                if (raids.seatedElsewhere(t, accountId, instanceId)) {
                    throw alreadyInRaid();
                }
                Optional<Pilot> seated = pilotOf(view, accountId).filter(p -> !p.left());
                if (seated.isPresent()) {
                    raids.update(t, seated.get().resynced(characterId, credential.tier(), character.attributes(), now));
                } else {
                    if (view.pilots().stream().filter(p -> !p.left()).count() >= RaidContent.MAX_PLAYERS) {
                        throw ProblemException.conflict("RAID_FULL", "The roster holds " + RaidContent.MAX_PLAYERS
                                + " pilots already.");
                    }
                    pilotOf(view, accountId).ifPresent(left -> raids.delete(t, left));
                    raids.insert(t, new Pilot(instanceId, accountId, characterId, credential.tier(),
                            PilotStatus.CONNECTED, 0, Mech.fresh(), character.attributes(), now, now, null));
                }
                return reload(t, view.instance());
            });
        });
    }

    public InstanceView leave(UUID accountId, UUID instanceId) {
        return change(instanceId, (tx, view) -> {
            Pilot me = pilotOf(view, accountId).filter(p -> !p.left()).orElseThrow(() ->
                    ProblemException.conflict("NOT_IN_RAID", "You are not on this instance's roster."));
            RaidInstance instance = view.instance();
            Instant now = now();
            List<Pilot> staying = view.pilots().stream().filter(p -> !p.left() && !p.playerId().equals(accountId))
                    .toList();
            if (instance.status() == InstanceStatus.FORMING) {
                raids.delete(tx, me);
            } else {
                raids.update(tx, me.with(PilotStatus.LEFT, now));
            }
            if (instance.leaderPlayerId().equals(accountId) && !staying.isEmpty()) {
                instance = instance.withLeader(staying.getFirst().playerId());
            }
            if (instance.status() == InstanceStatus.FORMING && staying.isEmpty()) {
                instance = instance.withStatus(InstanceStatus.CLOSED);
            }
            raids.update(tx, instance);
            UUID session = instance.activeSession();
            if (instance.status() == InstanceStatus.IN_PROGRESS && session != null) {
                // may end the phase (nobody left standing: a wipe, through sessionEnded)
                combat.lockRaidSession(tx, session).ifPresent(s -> combat.withdrawFromRaid(tx, s, accountId));
            }
            return reload(tx, instance);
        });
    }

    public InstanceView start(UUID accountId, UUID instanceId) {
        try {
            return change(instanceId, (tx, view) -> {
                RaidInstance instance = view.instance();
                requireLeader(instance, accountId);
                requireForming(instance);
                List<Pilot> connected = view.pilots().stream().filter(Pilot::connected).toList();
                if (connected.size() < RaidContent.MIN_PLAYERS) {
                    throw ProblemException.unprocessable("NOT_ENOUGH_PILOTS", "An attempt needs at least "
                            + RaidContent.MIN_PLAYERS + " connected pilots; " + connected.size() + " are.");
                }
                Instant now = now();
                List<Pilot> ready = connected.stream().map(p -> p.startingAttempt(now)).toList();
                ready.forEach(p -> raids.update(tx, p));
                CombatSession session = openPhase(tx, instance, content.first(), ready);
                RaidInstance started = instance.attemptStarted(session.id(), now);
                raids.update(tx, started);
                return reload(tx, started);
            });
        } catch (RuntimeException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                throw ProblemException.conflict("CHARACTER_IN_COMBAT",
                        "A pilot's character fights in another combat session; it must end first.");
            }
            throw e;
        }
    }

    /** Brings a DISCONNECTED pilot back with the mech as it dropped; the sync token is checked before anything. */
    public Pilot reconnect(UUID accountId, UUID instanceId, String syncToken) {
        requireDisconnected(get(instanceId), accountId);
        PilotCredentials.SyncCheck check = pilots.verifySyncToken(syncToken, instanceId);
        if (!check.valid()) {
            throw ProblemException.forbidden("SYNC_TOKEN_INVALID", "The sync token was refused: " + check.reason()
                    + ".");
        }
        if (!accountId.equals(check.playerId())) {
            throw ProblemException.forbidden("SYNC_TOKEN_NOT_YOURS", "The sync token was issued to another pilot.");
        }
        InstanceView after = change(instanceId, (tx, view) -> {
            Pilot me = requireDisconnected(view, accountId);
            if (me.reconnectsUsed() >= RaidContent.MAX_RECONNECTS) {
                throw ProblemException.unprocessable("RECONNECT_LIMIT_REACHED", "A pilot reconnects at most "
                        + RaidContent.MAX_RECONNECTS + " times per attempt.");
            }
            raids.update(tx, me.reconnected(now()));
            UUID session = view.instance().activeSession();
            if (session != null) {
                combat.lockRaidSession(tx, session)
                        .ifPresent(s -> combat.restoreRaidFighter(tx, s, accountId, me.mech().hull()));
            }
            return reload(tx, view.instance());
        });
        return pilotOf(after, accountId).orElseThrow();
    }

    public Wipe callWipe(UUID accountId, UUID instanceId) {
        Wipe[] wipe = new Wipe[1];
        change(instanceId, (tx, view) -> {
            requireLeader(view.instance(), accountId);
            if (view.instance().status() != InstanceStatus.IN_PROGRESS) {
                throw notInProgress();
            }
            wipe[0] = wipe(tx, view, WipeCause.CALLED_BY_LEADER, now());
            return view;
        });
        return wipe[0];
    }

    public Page<Wipe> wipes(UUID instanceId, PageRequest page) {
        DbExecute read = db.execute();
        found(raids.find(read, instanceId));
        return new Page<>(raids.wipes(read, instanceId, page), page, raids.countWipes(read, instanceId));
    }

    public Lockout lockout(UUID accountId) {
        return new Lockout(accountId, raids.locksOf(db.execute(), accountId, now()));
    }

    /** Whether {@code accountId} is on the instance's roster (LEFT pilots included): who may read its data. */
    public void requireOnRoster(UUID instanceId, UUID accountId) {
        DbExecute read = db.execute();
        found(raids.find(read, instanceId));
        if (!raids.onRoster(read, instanceId, accountId)) {
            throw ProblemException.forbidden("NOT_ON_ROSTER", "Only pilots on this instance's roster see this.");
        }
    }

    // --- time -------------------------------------------------------------------------------------------------

    /** Applies every transition that fell due (the scheduler's job; safe to run on several replicas). */
    public int settleDue() {
        List<UUID> due = raids.due(db.execute(), now());
        due.forEach(id -> change(id, (tx, view) -> view));
        return due.size();
    }

    /** The time-driven transitions of one instance, under its lock. */
    private InstanceView settle(DbExecute tx, InstanceView view) {
        RaidInstance instance = view.instance();
        Instant now = now();
        if (instance.status() == InstanceStatus.IN_PROGRESS && !now.isBefore(instance.windowEndsAt())) {
            wipe(tx, view, WipeCause.WINDOW_EXPIRED, instance.windowEndsAt());
            return reload(tx, instance);
        }
        if (instance.status() == InstanceStatus.FORMING && !now.isBefore(instance.windowEndsAt())) {
            raids.update(tx, instance.withStatus(InstanceStatus.CLOSED));
            return reload(tx, instance);
        }
        if (instance.status() == InstanceStatus.LOCKED && !now.isBefore(instance.lockedUntil())) {
            for (Pilot p : view.pilots()) {
                if (p.left()) {
                    raids.delete(tx, p);
                } else {
                    raids.update(tx, p.forNewAttempt(now));
                }
            }
            raids.update(tx, instance.reopened(content, now));
            return reload(tx, instance);
        }
        if (instance.status() == InstanceStatus.IN_PROGRESS) {
            Instant silentSince = now.minus(RaidContent.DISCONNECT_AFTER);
            Optional<CombatSession> session = Optional.ofNullable(instance.activeSession())
                    .flatMap(id -> combat.lockRaidSession(tx, id));
            for (Pilot p : view.pilots()) {
                if (p.connected() && !p.seenAt().isAfter(silentSince)) {
                    // the mech is kept as it is at the drop, for the reconnect
                    int hull = session.flatMap(s -> s.ownedBy(p.playerId())).map(Participant::hp)
                            .orElse(p.mech().hull());
                    raids.update(tx, p.with(p.mech().withHull(hull)).with(PilotStatus.DISCONNECTED, p.seenAt()));
                }
            }
        }
        loot.resolveDue(tx, instance, view.pilots(), now);
        return reload(tx, instance);
    }

    // --- phases (combat hooks) ------------------------------------------------------------------------------

    @Override
    public boolean onRaidRoster(DbExecute db, UUID instanceId, UUID accountId) {
        return raids.onRoster(db, instanceId, accountId);
    }

    /** A phase's session ended: cleared (drops, next phase or the clear) or lost (a wipe). */
    @Override
    public void raidSessionEnded(DbExecute tx, CombatSession session) {
        RaidInstance instance = raids.lock(tx, session.instanceId()).orElse(null);
        if (instance == null || instance.status() != InstanceStatus.IN_PROGRESS
                || !session.id().equals(instance.activeSession())) {
            return;
        }
        Instant now = now();
        List<Pilot> roster = raids.pilots(tx, instance.id()).stream().map(p -> session.ownedBy(p.playerId())
                .map(fighter -> p.with(p.mech().withHull(fighter.hp()))).orElse(p)).toList();
        roster.forEach(p -> raids.update(tx, p));
        InstanceView view = new InstanceView(instance, roster);
        boolean cleared = session.status() == CombatTypes.Status.COMPLETED
                && session.winnerSide() == CombatTypes.Side.ALPHA;
        if (!cleared) {
            wipe(tx, view, WipeCause.ALL_PILOTS_DOWN, now);
            return;
        }
        List<Pilot> onRoster = roster.stream().filter(p -> !p.left()).toList();
        loot.drop(tx, instance, instance.phase(), onRoster, now);
        PhaseDefinition next = content.next(instance.phase());
        if (next == null) {
            RaidInstance done = instance.phaseCleared(null, null, now);
            raids.update(tx, done);
            raids.insertClear(tx, done, onRoster);
            return;
        }
        List<Pilot> fighters = roster.stream().filter(p -> p.connected() && p.mech().operational()).toList();
        if (fighters.isEmpty()) {
            RaidInstance reached = instance.phaseCleared(next.phase(), null, now);
            raids.update(tx, reached);
            wipe(tx, new InstanceView(reached, roster), WipeCause.ALL_PILOTS_DOWN, now);
            return;
        }
        CombatSession nextSession = openPhase(tx, instance, next, fighters);
        raids.update(tx, instance.phaseCleared(next.phase(), nextSession.id(), now));
    }

    private CombatSession openPhase(DbExecute tx, RaidInstance instance, PhaseDefinition phase, List<Pilot> fighters) {
        List<Participant> mechs = fighters.stream().map(RaidService::mechFighter).toList();
        return combat.openRaidSession(tx, instance.id(), phase.phase().name(),
                CombatTypes.SessionType.valueOf(phase.sessionType()), phase.encounterId(),
                content.rule(instance.difficulty()).npcScale(), mechs);
    }

    /** A pilot fights as its mech: the hull is the hit points, the cannon scales with the character's DEX. */
    private static Participant mechFighter(Pilot pilot) {
        Mech mech = pilot.mech();
        return new Participant(UUID.randomUUID(), CombatTypes.Kind.CHARACTER, pilot.characterId(), pilot.playerId(),
                pilot.playerId(), null, "Skyframe " + pilot.playerId().toString().substring(0, 8),
                CombatTypes.Side.ALPHA, mech.hull(), mech.hullMax(), Mech.ARMOR, Mech.CANNON_DAMAGE,
                com.necpgame.gameplay.character.Attribute.DEX, pilot.attributes(), java.util.Map.of(), false);
    }

    /** A wipe: the phase's session ends, the instance and every pilot of the roster are locked for 12 hours. */
    private Wipe wipe(DbExecute tx, InstanceView view, WipeCause cause, Instant at) {
        RaidInstance instance = view.instance();
        Optional.ofNullable(instance.activeSession()).flatMap(id -> combat.lockRaidSession(tx, id))
                .ifPresent(s -> combat.endRaidSession(tx, s));
        Instant until = at.plus(RaidContent.WIPE_LOCK);
        Wipe wipe = new Wipe(UUID.randomUUID(), instance.id(), instance.attempt(), instance.phase(), cause, at, until);
        raids.insert(tx, wipe);
        for (Pilot p : view.pilots()) {
            raids.lockOut(tx, p.playerId(), instance.difficulty(), instance.id(), until);
        }
        raids.update(tx, instance.wiped(until));
        return wipe;
    }

    // --- the locking protocol ---------------------------------------------------------------------------------

    /** Runs {@code work} in a transaction on the settled instance, locked as described on the class. */
    private InstanceView change(UUID instanceId, BiFunction<DbExecute, InstanceView, InstanceView> work) {
        return Transactions.inTransaction(db, tx -> changeIn(tx, instanceId, work));
    }

    private InstanceView changeIn(DbExecute tx, UUID instanceId,
                                  BiFunction<DbExecute, InstanceView, InstanceView> work) {
        UUID session = found(raids.find(tx, instanceId)).activeSession();
        if (session != null) {
            combat.lockRaidSession(tx, session);
        }
        RaidInstance locked = found(raids.lock(tx, instanceId));
        if (locked.activeSession() != null && !locked.activeSession().equals(session)) {
            combat.lockRaidSession(tx, locked.activeSession()); // the phase moved on meanwhile; rare
        }
        InstanceView settled = settle(tx, new InstanceView(locked, raids.pilots(tx, instanceId)));
        return work.apply(tx, settled);
    }

    private InstanceView reload(DbExecute tx, RaidInstance instance) {
        return new InstanceView(found(raids.find(tx, instance.id())), raids.pilots(tx, instance.id()));
    }

    // --- checks -----------------------------------------------------------------------------------------------

    private PilotCredentials.Credential requireCredential(UUID accountId, RaidTypes.Tier required, Instant now) {
        PilotCredentials.Credential credential = pilots.credential(accountId).orElseThrow(() ->
                ProblemException.forbidden("CREDENTIAL_MISSING", "You hold no pilot credential: certify at the "
                        + "Skyframe Academy first."));
        if (!credential.expiresAt().isAfter(now)) {
            throw ProblemException.forbidden("CREDENTIAL_EXPIRED", "Your pilot credential expired at "
                    + credential.expiresAt() + ".");
        }
        if (!credential.tier().atLeast(required)) {
            throw ProblemException.forbidden("CREDENTIAL_TIER_TOO_LOW", "This difficulty needs tier " + required
                    + "; your credential is " + credential.tier() + ".");
        }
        return credential;
    }

    private void requireNotLockedOut(DbExecute read, UUID accountId, Difficulty difficulty, Instant now) {
        raids.lockOf(read, accountId, difficulty, now).ifPresent(lock -> {
            throw ProblemException.locked("RAID_LOCKED", "A wipe locked you out of " + difficulty + " until "
                    + lock.lockedUntil() + ".", retryAfter(lock.lockedUntil(), now));
        });
    }

    private void requireForming(RaidInstance instance) {
        if (instance.status() == InstanceStatus.LOCKED) {
            throw ProblemException.locked("RAID_LOCKED", "The instance is locked after a wipe until "
                    + instance.lockedUntil() + ".", retryAfter(instance.lockedUntil(), now()));
        }
        if (instance.status() != InstanceStatus.FORMING) {
            throw ProblemException.conflict("RAID_NOT_FORMING", "The instance is " + instance.status() + ".");
        }
    }

    private static void requireLeader(RaidInstance instance, UUID accountId) {
        if (!instance.leaderPlayerId().equals(accountId)) {
            throw ProblemException.forbidden("NOT_RAID_LEADER", "Only the instance's leader may do this.");
        }
    }

    private static Pilot requireDisconnected(InstanceView view, UUID accountId) {
        if (view.instance().status() != InstanceStatus.IN_PROGRESS) {
            throw notInProgress();
        }
        return pilotOf(view, accountId).filter(p -> p.status() == PilotStatus.DISCONNECTED).orElseThrow(() ->
                ProblemException.conflict("NOT_DISCONNECTED", "Only a DISCONNECTED pilot of the roster reconnects."));
    }

    private static Optional<Pilot> pilotOf(InstanceView view, UUID accountId) {
        return view.pilots().stream().filter(p -> p.playerId().equals(accountId)).findFirst();
    }

    private static Duration retryAfter(Instant until, Instant now) {
        return Duration.ofSeconds(Math.max(1, Duration.between(now, until).toSeconds()));
    }

    private static ProblemException alreadyInRaid() {
        return ProblemException.conflict("ALREADY_IN_RAID", "You are on the roster of, or lead, another open instance.");
    }

    private static ProblemException notInProgress() {
        return ProblemException.conflict("RAID_NOT_IN_PROGRESS", "No attempt is running on this instance.");
    }

    static RaidInstance found(Optional<RaidInstance> instance) {
        return instance.orElseThrow(() -> ProblemException.notFound("RAID_INSTANCE_NOT_FOUND",
                "No raid instance has this id."));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
