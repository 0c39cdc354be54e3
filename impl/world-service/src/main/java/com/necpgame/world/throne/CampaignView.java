package com.necpgame.world.throne;

import java.util.List;

/** A campaign with the effects in force now. */
public record CampaignView(Campaign campaign, List<ActiveEffect> activeEffects) {
}
