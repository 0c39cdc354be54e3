package com.necpgame.world.throne;

/** READY can be activated; ACTIVE is in effect; COOLING_DOWN has ended its effect but waits for availableAt. */
public enum ProtocolStatus {
    READY, ACTIVE, COOLING_DOWN
}
