package com.necpgame.world.throne;

/** ACTIVE takes decisions and activations; COMPLETED (after chapter 9) only a reset. */
public enum CampaignStatus {
    ACTIVE, COMPLETED
}
