package com.necpgame.contracts.gameclient;

import au.com.dius.pact.consumer.dsl.PactDslJsonBody;

/**
 * What the social pacts of the game client and the operators' console share: the example ids the provider states
 * replace, the provider states' names, the paths, and the bodies of guilds, members and popularity cycles as
 * social-service answers them (ids and times by type, enums by their values).
 */
final class SocialPacts {

    static final String PROVIDER = "social-service";

    static final String GUILDS = "/api/v1/social/guilds";
    static final String GUILD_PATH = GUILDS + "/${guildId}";
    static final String NEON = "/api/v1/social/events/neon-popularity-reset";
    static final String CYCLE_PATH = NEON + "/cycles/${cycleId}";

    /** The acting character of the logged-in player (X-Character-Id). */
    static final String CHARACTER_ID = "5a0f3c2e-8d41-4b7a-9c3e-2f1d0a6b7c8d";
    /** Another character: a guild's recruit, an endorsement's target. */
    static final String OTHER_ID = "7b1e4d2a-9c3f-4a5b-8d6e-0f1a2b3c4d5e";
    static final String GUILD_ID = "3c9e1f7a-2b4d-4e8f-9a1c-5d6e7f8a9b0c";
    static final String CYCLE_ID = "8d2f6a1b-4c3e-4f5a-9b7c-1e2d3f4a5b6c";
    static final String CLAIM_ID = "6f7a8b9c-0d1e-4f2a-b3c4-d5e6f7a8b9c0";
    static final String GUILD_NAME = "Neon Serpents 7";
    static final String GUILD_TAG = "NSRP7";

    /** Gives characterId (a character of the player's in no guild). */
    static final String IN_NO_GUILD = "a logged-in player's character is in no guild";
    /** Gives characterId (the leader), guildId, name, tag, otherId and otherAccessToken (the recruit's). */
    static final String LEADS_A_GUILD = "a logged-in player leads a guild with a recruit";
    /** Gives characterId (in no guild) and guildId (a recruiting guild of another player). */
    static final String MAY_JOIN = "a logged-in player's character is in no guild and a guild recruits";
    /** Gives cycleId (the running cycle, WARM_UP). */
    static final String CYCLE_RUNS = "a popularity cycle is running";
    /** Gives cycleId and characterId: the character earned points (an endorsement) in the running cycle. */
    static final String HAS_POINTS = "a character has popularity points in the running cycle";
    /** Gives cycleId, characterId (the player's) and otherId (another player's character). */
    static final String MAY_ENDORSE = "a logged-in player's character may endorse another character in the running cycle";
    /** Gives cycleId and characterId: the player's character earned a tier in a cycle now closed. */
    static final String HAS_A_REWARD = "a logged-in player's character has a tier in a closed popularity cycle";
    /**
     * Gives cycleId, characterId and claimId: the character claimed its reward of a closed cycle; and
     * otherAccessToken, another player's.
     */
    static final String CLAIMED = "a logged-in player's character claimed its reward of a closed popularity cycle";
    /** The latest cycle has ended: nothing runs and nothing is scheduled. */
    static final String NO_CYCLE = "no popularity cycle is running or scheduled";
    /** Gives cycleId: a SCHEDULED cycle whose predecessor has ended. */
    static final String CYCLE_SCHEDULED = "a popularity cycle is scheduled";

    /** Made true by social-provider right before the verification (Retries): the very request was sent once. */
    static final String SENT_BEFORE = "the same request was sent once before";

    static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    static final String RANKS = "LEADER|OFFICER|VETERAN|MEMBER|RECRUIT";
    static final String TIERS = "BRONZE|SILVER|GOLD|PLATINUM|DIAMOND";
    static final String RUNNING = "WARM_UP|ACTIVE|COOLDOWN";
    static final String EXAMPLE_TIME = "2026-11-27T12:00:00Z";

    private SocialPacts() {
    }

    static String path(String template) {
        return template.replace("${guildId}", GUILD_ID).replace("${cycleId}", CYCLE_ID)
                .replace("${characterId}", CHARACTER_ID).replace("${otherId}", OTHER_ID);
    }

    /** A guild's profile, its id and leader the provider state's. */
    static PactDslJsonBody guild(PactDslJsonBody body) {
        return body
                .valueFromProviderState("guildId", "${guildId}", GUILD_ID)
                .valueFromProviderState("leaderCharacterId", "${characterId}", CHARACTER_ID)
                .integerType("memberCount", 2)
                .numberValue("maxMembers", 50)
                .stringMatcher("createdAt", GameClients.RFC3339, EXAMPLE_TIME);
    }

    /** A membership: guild and character by type, rank by its values. */
    static PactDslJsonBody member(PactDslJsonBody body) {
        return body
                .stringMatcher("rank", RANKS, "RECRUIT")
                .stringMatcher("joinedAt", GameClients.RFC3339, EXAMPLE_TIME)
                .stringMatcher("rankChangedAt", GameClients.RFC3339, EXAMPLE_TIME);
    }

    /** A cycle with its phase boundaries; {@code body} carries the id. */
    static PactDslJsonBody cycle(PactDslJsonBody body, String phases, String phase) {
        return body
                .integerType("number", 1)
                .stringMatcher("phase", phases, phase)
                .stringMatcher("startsAt", GameClients.RFC3339, "2026-11-16T00:00:00Z")
                .stringMatcher("activeStartsAt", GameClients.RFC3339, "2026-11-23T00:00:00Z")
                .stringMatcher("cooldownStartsAt", GameClients.RFC3339, "2026-12-21T00:00:00Z")
                .stringMatcher("endsAt", GameClients.RFC3339, "2026-12-28T00:00:00Z")
                .stringMatcher("claimableUntil", GameClients.RFC3339, "2027-01-27T00:00:00Z")
                .integerType("participantCount", 0L);
    }

    /** The provider state's cycle. */
    static PactDslJsonBody stateCycle(String phases, String phase) {
        return cycle(new PactDslJsonBody().valueFromProviderState("cycleId", "${cycleId}", CYCLE_ID), phases, phase);
    }

    /** A page's counters (the items are the caller's). */
    static PactDslJsonBody page(PactDslJsonBody body) {
        return body.integerType("page", 1).integerType("limit", 20).integerType("total", 1L);
    }
}
