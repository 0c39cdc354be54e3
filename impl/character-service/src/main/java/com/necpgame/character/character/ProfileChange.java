package com.necpgame.character.character;

import java.util.Optional;

/** A profile update: what is present changes, the rest stays. */
public record ProfileChange(Optional<String> name, Optional<String> faction, Optional<String> city) {
}
