package com.necpgame.social.guild;

import java.util.Optional;

/** The properties of a guild to change; empty ones stay. */
public record GuildChange(Optional<String> name, Optional<String> tag, Optional<String> description,
                          Optional<Boolean> recruiting) {

    /** Name or tag: only the leader may change them. */
    public boolean changesIdentity() {
        return name.isPresent() || tag.isPresent();
    }
}
