package com.necpgame.social.guild;

/** Ranks in a guild, highest first. */
public enum GuildRank {
    LEADER, OFFICER, VETERAN, MEMBER, RECRUIT;

    public boolean isBelow(GuildRank other) {
        return ordinal() > other.ordinal();
    }
}
