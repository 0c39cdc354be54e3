package com.necpgame.gameplay.combat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.necpgame.gameplay.character.Attribute;

/** Combat content seeded by the migrations: PVE encounters, and what skills and consumable items do in a fight. */
public record CombatContent(Map<String, Encounter> encounters, Map<String, Effect> skills, Map<String, Effect> items) {
    public CombatContent {
        encounters = Map.copyOf(encounters);
        skills = Map.copyOf(skills);
        items = Map.copyOf(items);
    }

    /** The NPCs of a PVE fight; a win marks {@code advancesObjectives} of a linked quest session done. */
    public record Encounter(String encounterId, String name, List<Npc> npcs, List<String> advancesObjectives) {
        public Encounter {
            npcs = List.copyOf(npcs);
            advancesObjectives = advancesObjectives == null ? List.of() : List.copyOf(advancesObjectives);
        }
    }

    public record Npc(String npcId, String displayName, int hp, int armor, int weaponDamage, Attribute attribute,
                      int attributeValue) {
    }

    public enum EffectKind { DAMAGE, HEAL }

    /** A skill's or item's effect: damage or healing of {@code power} plus the attribute's modifier. */
    public record Effect(String skillId, String itemId, EffectKind effect, int power, Attribute attribute,
                         int cooldownSeconds) {
    }

    public Optional<Encounter> encounter(String encounterId) {
        return Optional.ofNullable(encounters.get(encounterId));
    }
}
