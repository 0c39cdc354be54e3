package com.necpgame.gameplay.raid;

/**
 * A pilot's Skyframe mech. In a phase it fights as the pilot's combat participant: its hull is the participant's
 * hit points, its armor and cannon are fixed; between phases, and while the pilot is DISCONNECTED, it is kept here.
 */
public record Mech(String frame, int hull, int hullMax, int shield, int energy, boolean operational) {
    public static final String FRAME = "skyframe-valkyrie";
    public static final int HULL = 4000;
    public static final int ARMOR = 40;
    public static final int CANNON_DAMAGE = 120;

    public static Mech fresh() {
        return new Mech(FRAME, HULL, HULL, 100, 100, true);
    }

    public Mech withHull(int newHull) {
        int hull = Math.max(0, Math.min(hullMax, newHull));
        return new Mech(frame, hull, hullMax, shield, energy, hull > 0);
    }

    public Mech withShield(int newShield) {
        return new Mech(frame, hull, hullMax, Math.max(0, newShield), energy, operational);
    }
}
