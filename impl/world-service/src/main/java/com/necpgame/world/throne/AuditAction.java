package com.necpgame.world.throne;

/** What an audit log entry records. */
public enum AuditAction {
    START_CAMPAIGN, CHOOSE_BRANCH, ADVANCE_PROGRESS, ADVANCE_CHAPTER, ACTIVATE_CLIMATE_PROTOCOL, RESET_CAMPAIGN
}
