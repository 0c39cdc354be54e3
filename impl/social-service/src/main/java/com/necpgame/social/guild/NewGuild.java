package com.necpgame.social.guild;

import java.util.Optional;

/** A guild to found. */
public record NewGuild(String name, String tag, Optional<String> description, boolean recruiting) {
}
