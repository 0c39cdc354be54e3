package com.necpgame.world.throne;

import java.util.Optional;

/** The campaign's state at one moment (the audit log's before and after). */
public record CampaignSnapshot(CampaignStatus status, int chapter, int act, Optional<Branch> branch,
                               boolean branchLocked, int progress, long version) {
}
