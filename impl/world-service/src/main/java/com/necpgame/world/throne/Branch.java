package com.necpgame.world.throne;

/** The three branches of the campaign; {@code slug} names the branch as an effect's source. */
public enum Branch {
    HELIOS_THRONE("helios-throne"), FREE_PEOPLES("free-peoples"), BALANCE_CHARTER("balance-charter");

    private final String slug;

    Branch(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
