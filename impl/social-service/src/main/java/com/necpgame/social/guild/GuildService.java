package com.necpgame.social.guild;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.necpgame.platform.db.Transactions;
import com.necpgame.platform.paging.Page;
import com.necpgame.platform.paging.PageRequest;
import com.necpgame.platform.problem.ProblemException;
import com.necpgame.social.character.CharacterDirectory;
import com.necpgame.social.db.AdvisoryLocks;
import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbExecute;

/**
 * The rules of guilds: unique name and tag, 50 members, one guild per character, what each rank may do, and the
 * leader's rules on leaving and disbanding. Every change of a guild's membership holds the guild's row lock;
 * every change of a character's membership holds the character's advisory lock, so races cannot break the rules.
 */
public final class GuildService {
    private static final String NAMES_LOCK = "guild-names";

    private final DbClient db;
    private final GuildRepository guilds;
    private final CharacterDirectory characters;
    private final Clock clock;

    public GuildService(DbClient db, GuildRepository guilds, CharacterDirectory characters, Clock clock) {
        this.db = db;
        this.guilds = guilds;
        this.characters = characters;
        this.clock = clock;
    }

    /** Founds a guild led by the acting character. */
    public Guild create(UUID accountId, UUID founderId, NewGuild request) {
        characters.requireActing(accountId, founderId);
        UUID id = UUID.randomUUID();
        return Transactions.inTransaction(db, tx -> {
            AdvisoryLocks.lockCharacter(tx, founderId);
            requireNotInGuild(tx, founderId);
            AdvisoryLocks.lock(tx, NAMES_LOCK);
            requireFree(tx, request.name(), request.tag(), Optional.empty());
            Instant now = clock.instant();
            guilds.insert(tx, id, request, now);
            guilds.addMember(tx, id, founderId, GuildRank.LEADER, now);
            return guilds.find(tx, id).orElseThrow();
        });
    }

    public Page<Guild> list(Optional<String> search, Optional<Boolean> recruiting, PageRequest page) {
        DbExecute read = db.execute();
        return new Page<>(guilds.list(read, search, recruiting, page), page, guilds.count(read, search, recruiting));
    }

    public Guild get(UUID guildId) {
        return existing(guilds.find(db.execute(), guildId));
    }

    /** LEADER: everything; OFFICER: description and recruiting. */
    public Guild update(UUID accountId, UUID actorId, UUID guildId, GuildChange change) {
        characters.requireActing(accountId, actorId);
        return Transactions.inTransaction(db, tx -> {
            lockGuild(tx, guildId);
            GuildRules.requireMayEdit(rankIn(tx, guildId, actorId), change);
            Guild guild = guilds.find(tx, guildId).orElseThrow();
            if (change.changesIdentity()) {
                AdvisoryLocks.lock(tx, NAMES_LOCK);
                requireFree(tx, change.name().orElse(guild.name()), change.tag().orElse(guild.tag()),
                        Optional.of(guildId));
            }
            guilds.update(tx, new Guild(guildId, change.name().orElse(guild.name()), change.tag().orElse(guild.tag()),
                    change.description().or(guild::description), guild.leaderCharacterId(), guild.memberCount(),
                    change.recruiting().orElse(guild.recruiting()), guild.createdAt()));
            return guilds.find(tx, guildId).orElseThrow();
        });
    }

    /** LEADER only: every member leaves at once; name and tag become free. */
    public void disband(UUID accountId, UUID actorId, UUID guildId) {
        characters.requireActing(accountId, actorId);
        Transactions.inTransaction(db, tx -> {
            lockGuild(tx, guildId);
            GuildRules.requireMayDisband(rankIn(tx, guildId, actorId));
            guilds.disband(tx, guildId, clock.instant());
            return null;
        });
    }

    /** Highest rank first, then by join time. */
    public Page<GuildMember> members(UUID guildId, Optional<GuildRank> rank, PageRequest page) {
        DbExecute read = db.execute();
        existing(guilds.find(read, guildId));
        return new Page<>(guilds.members(read, guildId, rank, page), page, guilds.countMembers(read, guildId, rank));
    }

    /** The acting character joins as RECRUIT. */
    public GuildMember join(UUID accountId, UUID characterId, UUID guildId) {
        characters.requireActing(accountId, characterId);
        return Transactions.inTransaction(db, tx -> {
            AdvisoryLocks.lockCharacter(tx, characterId);
            lockGuild(tx, guildId);
            requireNotInGuild(tx, characterId);
            Guild guild = guilds.find(tx, guildId).orElseThrow();
            if (!guild.recruiting()) {
                throw ProblemException.unprocessable("GUILD_NOT_RECRUITING", "The guild does not recruit.");
            }
            GuildRules.requireRoom(guild.memberCount());
            guilds.addMember(tx, guildId, characterId, GuildRank.RECRUIT, clock.instant());
            return guilds.membership(tx, characterId).orElseThrow();
        });
    }

    /** The leader leaves only as the last member, which disbands the guild. */
    public void leave(UUID accountId, UUID characterId, UUID guildId) {
        characters.requireActing(accountId, characterId);
        Transactions.inTransaction(db, tx -> {
            AdvisoryLocks.lockCharacter(tx, characterId);
            lockGuild(tx, guildId);
            GuildMember member = memberOf(tx, guildId, characterId);
            if (member.rank() == GuildRank.LEADER) {
                if (guilds.countMembers(tx, guildId, Optional.empty()) > 1) {
                    throw ProblemException.unprocessable("LEADER_MUST_TRANSFER",
                            "Hand over leadership before leaving: other members remain.");
                }
                guilds.disband(tx, guildId, clock.instant());
            } else {
                guilds.removeMember(tx, characterId);
            }
            return null;
        });
    }

    public void kick(UUID accountId, UUID actorId, UUID guildId, UUID targetId) {
        characters.requireActing(accountId, actorId);
        if (actorId.equals(targetId)) {
            throw ProblemException.unprocessable("USE_LEAVE", "To leave the guild yourself use leaveGuild.");
        }
        Transactions.inTransaction(db, tx -> {
            lockGuild(tx, guildId);
            GuildRank actor = rankIn(tx, guildId, actorId);
            GuildRules.requireMayKick(actor, memberOf(tx, guildId, targetId).rank());
            guilds.removeMember(tx, targetId);
            return null;
        });
    }

    /** Sets another member's rank; LEADER hands over leadership (the old leader becomes OFFICER) in one step. */
    public GuildMember changeRank(UUID accountId, UUID actorId, UUID guildId, UUID targetId, GuildRank newRank) {
        characters.requireActing(accountId, actorId);
        if (actorId.equals(targetId)) {
            throw ProblemException.unprocessable("CANNOT_CHANGE_OWN_RANK", "Nobody changes their own rank.");
        }
        return Transactions.inTransaction(db, tx -> {
            lockGuild(tx, guildId);
            GuildRank actor = rankIn(tx, guildId, actorId);
            GuildMember target = memberOf(tx, guildId, targetId);
            GuildRules.requireMaySetRank(actor, target.rank(), newRank);
            if (target.rank() == newRank) {
                return target;
            }
            Instant now = clock.instant();
            if (newRank == GuildRank.LEADER) {
                guilds.setRank(tx, actorId, GuildRank.OFFICER, now); // first: one LEADER per guild at any time
            }
            guilds.setRank(tx, targetId, newRank, now);
            return guilds.membership(tx, targetId).orElseThrow();
        });
    }

    /** The character's membership, read from the database (players and services alike). */
    public GuildMember membership(UUID characterId) {
        return guilds.membership(db.execute(), characterId).orElseThrow(
                () -> ProblemException.notFound("NOT_IN_GUILD", "The character is in no guild."));
    }

    private void lockGuild(DbExecute tx, UUID guildId) {
        if (!guilds.lock(tx, guildId)) {
            throw guildNotFound();
        }
    }

    /** The actor's rank in this guild; a character outside it has no rank to act with. */
    private GuildRank rankIn(DbExecute tx, UUID guildId, UUID characterId) {
        return guilds.membership(tx, characterId).filter(m -> m.guildId().equals(guildId)).map(GuildMember::rank)
                .orElseThrow(() -> GuildRules.insufficient("The acting character is not a member of this guild."));
    }

    private GuildMember memberOf(DbExecute tx, UUID guildId, UUID characterId) {
        return guilds.membership(tx, characterId).filter(m -> m.guildId().equals(guildId)).orElseThrow(
                () -> ProblemException.notFound("NOT_GUILD_MEMBER", "The character is not a member of this guild."));
    }

    private void requireNotInGuild(DbExecute tx, UUID characterId) {
        if (guilds.membership(tx, characterId).isPresent()) {
            throw ProblemException.conflict("ALREADY_IN_GUILD", "The character is already in a guild.");
        }
    }

    private void requireFree(DbExecute tx, String name, String tag, Optional<UUID> except) {
        if (guilds.nameTaken(tx, name, except)) {
            throw ProblemException.conflict("GUILD_NAME_TAKEN", "The guild name '" + name + "' is taken.");
        }
        if (guilds.tagTaken(tx, tag, except)) {
            throw ProblemException.conflict("GUILD_TAG_TAKEN", "The guild tag '" + tag + "' is taken.");
        }
    }

    private static Guild existing(Optional<Guild> guild) {
        return guild.orElseThrow(GuildService::guildNotFound);
    }

    private static ProblemException guildNotFound() {
        return ProblemException.notFound("GUILD_NOT_FOUND", "No guild has this id.");
    }
}
