package com.necpgame.character;

import com.necpgame.character.api.CharacterAttributesResource;
import com.necpgame.character.api.CharacterLocationResource;
import com.necpgame.character.api.CharacterProgressionResource;
import com.necpgame.character.api.CharactersResource;
import com.necpgame.character.api.InternalResource;
import com.necpgame.character.api.QuestProgressResource;
import com.necpgame.character.character.Catalogue;
import com.necpgame.character.character.CharacterRepository;
import com.necpgame.character.character.CharacterService;
import com.necpgame.character.quest.QuestProgressReadModel;
import com.necpgame.character.quest.QuestProgressRepository;
import com.necpgame.platform.PlatformContext;
import com.necpgame.platform.ServiceDefinition;
import com.necpgame.platform.idempotency.StoredJson;
import io.helidon.webserver.http.HttpRouting;

/** character-service on the platform: schema {@code character}, its six resources; tokens checked with auth's JWKS. */
public final class CharacterServiceDefinition implements ServiceDefinition {
    static final String BASE_PATH = "/api/v1/characters";
    private static final System.Logger LOG = System.getLogger(CharacterServiceDefinition.class.getName());

    @Override
    public String name() {
        return "character-service";
    }

    @Override
    public String schema() {
        return "character";
    }

    @Override
    public void routing(HttpRouting.Builder routing, PlatformContext ctx) {
        CharacterRepository characterRows = new CharacterRepository(ctx.json());
        CharacterService characters = new CharacterService(ctx.db(), characterRows,
                Catalogue.from(ctx.config().get("character.catalogue")), ctx.idempotency(), ctx.clock());
        QuestProgressReadModel quests = new QuestProgressReadModel(ctx.db(),
                new QuestProgressRepository(ctx.json()), characterRows, characters, ctx.clock());
        long purged = characters.purgeExpired();
        if (purged > 0) {
            LOG.log(System.Logger.Level.INFO, "purged " + purged + " characters past their restore window");
        }
        // The generator roots each tag's routes at the path its operations share, so each stub is registered there.
        routing.register(BASE_PATH + "/internal/{characterId}", new InternalResource(characters, quests, ctx.clock()))
                .register(BASE_PATH, new CharactersResource(characters))
                .register(BASE_PATH + "/{characterId}/attributes", new CharacterAttributesResource(characters,
                        new StoredJson(ctx.json())))
                .register(BASE_PATH + "/{characterId}/location", new CharacterLocationResource(characters))
                .register(BASE_PATH + "/{characterId}/progression", new CharacterProgressionResource(characters))
                .register(BASE_PATH + "/{characterId}/quest-progress", new QuestProgressResource(quests));
    }
}
