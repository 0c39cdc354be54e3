package com.necpgame.social.guild;

import com.necpgame.platform.problem.ProblemException;

/** Who may do what in a guild, and its size limit. No I/O. */
public final class GuildRules {
    public static final int MAX_MEMBERS = 50;

    private GuildRules() {
    }

    /** LEADER changes everything; OFFICER description and recruiting only. */
    public static void requireMayEdit(GuildRank actor, GuildChange change) {
        boolean allowed = actor == GuildRank.LEADER || (actor == GuildRank.OFFICER && !change.changesIdentity());
        if (!allowed) {
            throw insufficient(actor == GuildRank.OFFICER ? "Only the leader renames or re-tags the guild."
                                                          : "Only the leader and officers edit the guild.");
        }
    }

    public static void requireMayDisband(GuildRank actor) {
        if (actor != GuildRank.LEADER) {
            throw insufficient("Only the leader disbands the guild.");
        }
    }

    /** LEADER kicks anyone else; OFFICER only members ranked below OFFICER. */
    public static void requireMayKick(GuildRank actor, GuildRank target) {
        if (!(actor == GuildRank.LEADER || (actor == GuildRank.OFFICER && target.isBelow(GuildRank.OFFICER)))) {
            throw insufficient("Your rank may not kick this member.");
        }
    }

    /**
     * LEADER sets any rank of anyone else (LEADER hands over leadership); OFFICER sets VETERAN, MEMBER or RECRUIT
     * of members ranked below OFFICER.
     */
    public static void requireMaySetRank(GuildRank actor, GuildRank target, GuildRank newRank) {
        boolean allowed = actor == GuildRank.LEADER
                || (actor == GuildRank.OFFICER && target.isBelow(GuildRank.OFFICER)
                    && newRank.isBelow(GuildRank.OFFICER));
        if (!allowed) {
            throw insufficient("Your rank may not set this rank for this member.");
        }
    }

    public static void requireRoom(long members) {
        if (members >= MAX_MEMBERS) {
            throw ProblemException.unprocessable("GUILD_FULL", "The guild has " + MAX_MEMBERS + " members.");
        }
    }

    static ProblemException insufficient(String detail) {
        return ProblemException.forbidden("INSUFFICIENT_GUILD_RANK", detail);
    }
}
