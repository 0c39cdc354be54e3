package com.necpgame.character;

import static com.necpgame.character.TestCharacterService.BASE;
import static com.necpgame.character.TestCharacterService.createBody;
import static com.necpgame.character.TestCharacterService.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.necpgame.character.TestCharacterService.Player;
import com.necpgame.character.client.api.CharactersApi;
import com.necpgame.character.client.model.Character;
import com.necpgame.character.client.model.CharacterClass;
import com.necpgame.character.client.model.CharacterCreateRequest;
import com.necpgame.character.client.model.CharacterOrigin;
import com.necpgame.character.client.model.CharacterStatus;
import com.necpgame.character.client.model.StartingAttributes;
import com.necpgame.platform.testing.Http;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Create, list, read, update, soft delete and restore over real HTTP on a real PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CharactersTest {
    @AutoClose // one real service per class (PER_CLASS), stopped after its last test
    private final TestCharacterService characters = new TestCharacterService();
    private final Http http = characters.http;

    @Test
    void aNewCharacterHasDefaultsItsClassSkillsAndItsCitysStartLocation() throws Exception {
        Player player = characters.newPlayer();
        String name = uniqueName();
        Character created = new CharactersApi(characters.client(player.token())).createCharacter(
                new CharacterCreateRequest().name(name).characterClass(CharacterClass.NETRUNNER)
                        .origin(CharacterOrigin.STREET).faction("aldecaldos").city("night-city"));

        assertThat(created.getAccountId()).isEqualTo(player.accountId());
        assertThat(created.getName()).isEqualTo(name);
        assertThat(created.getStatus()).isEqualTo(CharacterStatus.ACTIVE);
        assertThat(created.getLevel()).isEqualTo(1);
        assertThat(created.getExperience()).isZero();
        var a = created.getAttributes();
        assertThat(List.of(a.getStrength(), a.getDexterity(), a.getIntelligence(), a.getTech(), a.getCool()))
                .containsOnly(10);
        assertThat(a.getUnspentPoints()).isZero();
        assertThat(created.getSkills()).extracting(s -> s.getSkillId() + ":" + s.getRank())
                .containsExactly("breach-protocol:1", "streetwise:1");
        assertThat(created.getLocation().getServerId()).isEqualTo("night-city-eu-1");
        assertThat(created.getLocation().getDistrict()).isEqualTo("watson");
        assertThat(created.getLocation().getX()).isZero();
        assertThat(created.getDeletedAt()).isNull();

        Character read = new CharactersApi(characters.client(player.token())).getCharacter(created.getCharacterId());
        assertThat(read).isEqualTo(created);
    }

    @Test
    void createAnswersLocationAndTakesAPointBuy() {
        Player player = characters.newPlayer();
        String body = """
                {"name":"%s","characterClass":"TECHIE","origin":"CORPO","faction":"arasaka","city":"night-city",
                 "attributes":{"strength":6,"dexterity":8,"intelligence":14,"tech":14,"cool":8}}
                """.formatted(uniqueName());
        Http.Reply reply = http.post(BASE, body, player.token()).assertStatus(201);
        assertThat(reply.header("Location")).hasValue(BASE + "/" + reply.json().get("characterId").asText());
        JsonNode attributes = reply.json().get("attributes");
        assertThat(attributes.get("intelligence").asInt()).isEqualTo(14);
        assertThat(attributes.get("strength").asInt()).isEqualTo(6);
        assertThat(reply.json().get("skills").findValuesAsText("skillId")).containsExactly("crafting", "engineering");
    }

    @Test
    void aPointBuyMustSumToFifty() {
        String body = """
                {"name":"%s","characterClass":"SOLO","origin":"STREET","faction":"arasaka","city":"night-city",
                 "attributes":{"strength":14,"dexterity":14,"intelligence":10,"tech":10,"cool":10}}
                """.formatted(uniqueName());
        http.post(BASE, body, characters.newPlayer().token()).assertProblem(422, "INVALID_ATTRIBUTE_DISTRIBUTION");
    }

    @Test
    void factionAndCityMustBeKnownToTheCatalogue() {
        Player player = characters.newPlayer();
        http.post(BASE, createBody(uniqueName()).replace("aldecaldos", "no-such-gang"), player.token())
                .assertProblem(422, "UNKNOWN_FACTION");
        http.post(BASE, createBody(uniqueName()).replace("night-city", "atlantis"), player.token())
                .assertProblem(422, "UNKNOWN_CITY");
        UUID id = characters.create(player);
        http.patch(BASE + "/" + id, "{\"city\":\"atlantis\"}", player.token()).assertProblem(422, "UNKNOWN_CITY");
    }

    @Test
    void namesAreUniqueWhateverTheCase() {
        String name = uniqueName();
        characters.create(characters.newPlayer(), name);
        http.post(BASE, createBody(name.toUpperCase()), characters.newPlayer().token())
                .assertProblem(409, "CHARACTER_NAME_TAKEN");
    }

    @Test
    void atMostFiveLiveCharactersAndDeletedOnesDoNotCount() {
        Player player = characters.newPlayer();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(characters.create(player));
        }
        http.post(BASE, createBody(uniqueName()), player.token()).assertProblem(403, "CHARACTER_LIMIT_REACHED");

        http.delete(BASE + "/" + ids.getFirst(), player.token()).assertStatus(200);
        UUID sixth = characters.create(player);
        // Restoring the deleted one would make six live characters.
        http.post(BASE + "/" + ids.getFirst() + "/restore", null, player.token())
                .assertProblem(403, "CHARACTER_LIMIT_REACHED");
        http.delete(BASE + "/" + sixth, player.token()).assertStatus(200);
        http.post(BASE + "/" + ids.getFirst() + "/restore", null, player.token()).assertStatus(200);
    }

    @Test
    void twoCreatesRacingForTheFifthSlotLetExactlyOneWin() throws Exception {
        Player player = characters.newPlayer();
        for (int i = 0; i < 4; i++) {
            characters.create(player);
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Integer>> racers = List.of(race(player, start), race(player, start), race(player, start));
        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(racers.size())) {
            List<Future<Integer>> futures = racers.stream().map(pool::submit).toList();
            start.countDown();
            for (Future<Integer> future : futures) {
                statuses.add(future.get());
            }
        }
        assertThat(statuses).containsExactlyInAnyOrder(201, 403, 403);
        assertThat(http.get(BASE, player.token()).json().get("total").asInt()).isEqualTo(5);
    }

    private Callable<Integer> race(Player player, CountDownLatch start) {
        return () -> {
            start.await();
            return http.post(BASE, createBody(uniqueName()), player.token()).status();
        };
    }

    @Test
    void onlyTheOwnerSeesOrChangesACharacter() {
        Player owner = characters.newPlayer();
        Player other = characters.newPlayer();
        UUID id = characters.create(owner);
        String path = BASE + "/" + id;

        http.get(path, other.token()).assertProblem(403, "NOT_CHARACTER_OWNER");
        http.patch(path, "{\"faction\":\"arasaka\"}", other.token()).assertProblem(403, "NOT_CHARACTER_OWNER");
        http.delete(path, other.token()).assertProblem(403, "NOT_CHARACTER_OWNER");
        http.post(path + "/restore", null, other.token()).assertProblem(403, "NOT_CHARACTER_OWNER");
        http.get(path + "/attributes", other.token()).assertProblem(403, "NOT_CHARACTER_OWNER");
        http.get(path + "/location", other.token()).assertProblem(403, "NOT_CHARACTER_OWNER");
        http.get(path + "/progression", other.token()).assertProblem(403, "NOT_CHARACTER_OWNER");
        http.get(path + "/quest-progress", other.token()).assertProblem(403, "NOT_CHARACTER_OWNER");
        assertThat(http.get(BASE, other.token()).json().get("total").asInt()).isZero();
        // and nothing changed
        assertThat(http.get(path, owner.token()).json().get("faction").asText()).isEqualTo("aldecaldos");
    }

    @Test
    void anUnknownCharacterIsNotFound() {
        http.get(BASE + "/" + UUID.randomUUID(), characters.newPlayer().token())
                .assertProblem(404, "CHARACTER_NOT_FOUND");
    }

    @Test
    void listIsOldestFirstAndPaginated() {
        Player player = characters.newPlayer();
        UUID first = characters.create(player);
        characters.clock.advance(Duration.ofSeconds(1));
        UUID second = characters.create(player);
        characters.clock.advance(Duration.ofSeconds(1));
        UUID third = characters.create(player);

        JsonNode page1 = http.get(BASE + "?page=1&limit=2", player.token()).assertStatus(200).json();
        assertThat(page1.get("items").findValuesAsText("characterId")).containsExactly(first + "", second + "");
        assertThat(page1.get("total").asInt()).isEqualTo(3);
        assertThat(page1.get("limit").asInt()).isEqualTo(2);
        JsonNode page2 = http.get(BASE + "?page=2&limit=2", player.token()).json();
        assertThat(page2.get("items").findValuesAsText("characterId")).containsExactly(third + "");
        assertThat(page2.get("page").asInt()).isEqualTo(2);
    }

    @Test
    void renameKeepsNamesUniqueButAllowsANewCasingOfTheOwnName() {
        Player player = characters.newPlayer();
        String taken = uniqueName();
        characters.create(characters.newPlayer(), taken);
        String name = uniqueName();
        UUID id = characters.create(player, name);
        String path = BASE + "/" + id;

        http.patch(path, "{\"name\":\"" + taken.toLowerCase() + "\"}", player.token())
                .assertProblem(409, "CHARACTER_NAME_TAKEN");
        JsonNode renamed = http.patch(path, "{\"name\":\"" + name.toUpperCase() + "\",\"faction\":\"voodoo-boys\"}",
                player.token()).assertStatus(200).json();
        assertThat(renamed.get("name").asText()).isEqualTo(name.toUpperCase());
        assertThat(renamed.get("faction").asText()).isEqualTo("voodoo-boys");
        assertThat(renamed.get("city").asText()).isEqualTo("night-city");
    }

    @Test
    void deleteIsSoftAndRestoreBringsEverythingBack() {
        Player player = characters.newPlayer();
        String name = uniqueName();
        UUID id = characters.create(player, name);
        String path = BASE + "/" + id;
        Instant deletedAt = characters.clock.instant();

        JsonNode deleted = http.delete(path, player.token()).assertStatus(200).json();
        assertThat(deleted.get("status").asText()).isEqualTo("DELETED");
        assertThat(Instant.parse(deleted.get("restorableUntil").asText())).isEqualTo(deletedAt.plus(Duration.ofDays(30)));
        http.delete(path, player.token()).assertProblem(409, "CHARACTER_DELETED");
        http.patch(path, "{\"faction\":\"arasaka\"}", player.token()).assertProblem(409, "CHARACTER_DELETED");
        // Listed only on request; readable; its name stays reserved.
        assertThat(http.get(BASE, player.token()).json().get("total").asInt()).isZero();
        assertThat(http.get(BASE + "?includeDeleted=true", player.token()).json().get("total").asInt()).isEqualTo(1);
        assertThat(http.get(path, player.token()).json().get("status").asText()).isEqualTo("DELETED");
        http.post(BASE, createBody(name), characters.newPlayer().token()).assertProblem(409, "CHARACTER_NAME_TAKEN");

        characters.clock.advance(Duration.ofDays(29));
        Player later = characters.refreshed(player);
        JsonNode restored = http.post(path + "/restore", null, later.token()).assertStatus(200).json();
        assertThat(restored.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(restored.has("deletedAt")).isFalse();
        assertThat(restored.get("name").asText()).isEqualTo(name);
        http.post(path + "/restore", null, later.token()).assertProblem(409, "CHARACTER_NOT_DELETED");
    }

    @Test
    void afterThirtyDaysADeletedCharacterIsGoneAndItsNameFree() {
        Player player = characters.newPlayer();
        String name = uniqueName();
        UUID id = characters.create(player, name);
        String path = BASE + "/" + id;
        http.delete(path, player.token()).assertStatus(200);

        characters.clock.advance(Duration.ofDays(30));
        Player later = characters.refreshed(player);
        http.post(path + "/restore", null, later.token()).assertProblem(404, "CHARACTER_NOT_FOUND");
        http.get(path, later.token()).assertProblem(404, "CHARACTER_NOT_FOUND");
        assertThat(http.get(BASE + "?includeDeleted=true", later.token()).json().get("total").asInt()).isZero();
        http.get(BASE + "/internal/" + id + "/snapshot", characters.serviceToken("gameplay-service"))
                .assertProblem(404, "CHARACTER_NOT_FOUND");

        Player newcomer = characters.newPlayer();
        characters.create(newcomer, name.toLowerCase());
    }
}
