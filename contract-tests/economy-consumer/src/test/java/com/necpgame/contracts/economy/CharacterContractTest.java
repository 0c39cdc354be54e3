package com.necpgame.contracts.economy;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTest;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.necpgame.character.client.ApiException;
import com.necpgame.contracts.snapshots.CharacterSnapshotPacts;
import org.junit.jupiter.api.Test;

/**
 * How economy-service uses character-service: it reads a character's snapshot to check that the character of a wallet, trade or lot operation belongs to the caller's account.
 * The interactions are the ones world, social and economy share ({@link CharacterSnapshotPacts}), in economy's name.
 */
@PactConsumerTest
@PactTestFor(providerName = CharacterSnapshotPacts.PROVIDER)
class CharacterContractTest {

    static final String CONSUMER = "economy-service";
    private static final CharacterSnapshotPacts SNAPSHOTS = new CharacterSnapshotPacts(CONSUMER);

    @Pact(consumer = CONSUMER)
    V4Pact snapshotOfALiveCharacter(PactDslWithProvider builder) {
        return SNAPSHOTS.snapshotOfALiveCharacter(builder);
    }

    @Test
    @PactTestFor(pactMethod = "snapshotOfALiveCharacter")
    void theSnapshotNamesTheOwnerAndStatus(MockServer character) throws ApiException {
        SNAPSHOTS.theSnapshotNamesTheOwnerAndStatus(character);
    }

    @Pact(consumer = CONSUMER)
    V4Pact snapshotOfAnUnknownCharacter(PactDslWithProvider builder) {
        return SNAPSHOTS.snapshotOfAnUnknownCharacter(builder);
    }

    @Test
    @PactTestFor(pactMethod = "snapshotOfAnUnknownCharacter")
    void anUnknownCharacterHasNoSnapshot(MockServer character) {
        SNAPSHOTS.anUnknownCharacterHasNoSnapshot(character);
    }
}
