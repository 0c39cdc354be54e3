package com.necpgame.character.character;

import java.util.Optional;

/** What a player chooses at creation; {@code attributes} empty means every attribute at 10. */
public record NewCharacter(String name, CharacterClass characterClass, Origin origin, String faction, String city,
                           Optional<Attributes> attributes) {
}
