package com.necpgame.world.state;

import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A write of one key: {@code expectedVersion} present for operator writes (0 = must not exist), empty for the
 * service's own writes (quest consequences, Throne of Sand), which always apply on top of the current version.
 */
public record StateChange(String serverId, String key, ObjectNode value, Optional<Long> expectedVersion,
                          ChangeSource source, Optional<String> updatedByQuest, String actor, Optional<String> reason) {
}
