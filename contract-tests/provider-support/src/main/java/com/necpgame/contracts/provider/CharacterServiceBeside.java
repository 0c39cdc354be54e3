package com.necpgame.contracts.provider;

import com.necpgame.character.CharacterServiceDefinition;
import com.necpgame.character.client.ApiClient;
import com.necpgame.character.client.ApiException;
import com.necpgame.character.client.api.CharactersApi;
import com.necpgame.character.client.model.Character;
import com.necpgame.character.client.model.CharacterClass;
import com.necpgame.character.client.model.CharacterCreateRequest;
import com.necpgame.character.client.model.CharacterOrigin;
import com.necpgame.platform.RunningService;
import com.necpgame.platform.ServiceConfig;
import com.necpgame.platform.ServiceRuntime;
import com.necpgame.platform.testing.TestTokenIssuer;

import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real character-service next to a provider under verification (social and economy check owners through its
 * getCharacterSnapshot), on its own embedded PostgreSQL, trusting the same token issuer. Characters are made
 * through its API, by a new player with their own token, so they are what production would hold.
 */
public final class CharacterServiceBeside implements AutoCloseable {

    /** A live character and the account that owns it. */
    public record LiveCharacter(UUID id, UUID accountId) {
    }

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final TestTokenIssuer tokens;
    private final RunningService service;

    public CharacterServiceBeside(TestTokenIssuer tokens, Clock clock) {
        this.tokens = tokens;
        CharacterServiceDefinition definition = new CharacterServiceDefinition();
        // Its own application.yaml (the classpath's first one is the provider's).
        this.service = ServiceRuntime.start(definition, ServiceConfig.forTests(definition, tokens.configYaml()),
                clock);
    }

    public String baseUrl() {
        return service.baseUrl();
    }

    /** A new account's new NETRUNNER of Night City. */
    public LiveCharacter liveCharacter() throws ApiException {
        UUID accountId = UUID.randomUUID();
        ApiClient client = new ApiClient();
        client.updateBaseUri(service.baseUrl());
        String token = tokens.player(accountId);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        Character created = new CharactersApi(client).createCharacter(new CharacterCreateRequest()
                .name("Vex Marlowe " + SEQUENCE.incrementAndGet())
                .characterClass(CharacterClass.NETRUNNER)
                .origin(CharacterOrigin.STREET)
                .faction("aldecaldos")
                .city("night-city"));
        return new LiveCharacter(created.getCharacterId(), accountId);
    }

    @Override
    public void close() {
        service.stop();
    }
}
