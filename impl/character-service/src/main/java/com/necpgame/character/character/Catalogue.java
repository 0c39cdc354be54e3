package com.necpgame.character.character;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.necpgame.platform.problem.ProblemException;
import io.helidon.config.Config;

/**
 * The game content character-service checks against ({@code character.catalogue} in application.yaml): known
 * factions, cities with their start location, and each class's starting skills.
 */
public record Catalogue(Set<String> factions, Map<String, StartLocation> cities,
                        Map<CharacterClass, List<String>> startingSkills) {

    /** Where a new character of a city stands: its server and district, at x = y = z = 0. */
    public record StartLocation(String serverId, String district) {
    }

    public Catalogue {
        factions = Set.copyOf(factions);
        cities = Map.copyOf(cities);
        startingSkills = Map.copyOf(startingSkills);
    }

    public static Catalogue from(Config catalogue) {
        Set<String> factions = Set.copyOf(catalogue.get("factions").asList(String.class).orElse(List.of()));
        Map<String, StartLocation> cities = catalogue.get("cities").asNodeList().orElse(List.of()).stream()
                .collect(Collectors.toMap(Config::name, city -> new StartLocation(
                        city.get("server").asString().get(), city.get("district").asString().get())));
        Map<CharacterClass, List<String>> skills = new EnumMap<>(CharacterClass.class);
        for (CharacterClass characterClass : CharacterClass.values()) {
            skills.put(characterClass, catalogue.get("starting-skills").get(characterClass.name())
                    .asList(String.class).orElse(List.of()).stream().sorted().toList());
        }
        if (factions.isEmpty() || cities.isEmpty()) {
            throw new IllegalStateException("character.catalogue needs at least one faction and one city");
        }
        return new Catalogue(factions, cities, skills);
    }

    /** 422 {@code UNKNOWN_FACTION} unless the catalogue knows it. */
    public void requireFaction(String faction) {
        if (!factions.contains(faction)) {
            throw ProblemException.unprocessable("UNKNOWN_FACTION", "No faction '" + faction + "' in this game.");
        }
    }

    /** The city's start location, or 422 {@code UNKNOWN_CITY}. */
    public StartLocation requireCity(String city) {
        return Optional.ofNullable(cities.get(city)).orElseThrow(() ->
                ProblemException.unprocessable("UNKNOWN_CITY", "No city '" + city + "' in this game."));
    }

    public List<String> startingSkills(CharacterClass characterClass) {
        return startingSkills.getOrDefault(characterClass, List.of());
    }
}
