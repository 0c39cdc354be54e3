package com.necpgame.economy.crafting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.necpgame.economy.ledger.ItemStack;
import com.necpgame.platform.paging.Page;
import com.necpgame.platform.paging.PageRequest;
import com.necpgame.platform.problem.ProblemException;
import io.helidon.config.Config;

/** The crafting catalogue from {@code economy.recipes}, ordered by recipe id. */
public final class Recipes {
    private final List<Recipe> all;

    public Recipes(List<Recipe> recipes) {
        this.all = recipes.stream().sorted(Comparator.comparing(Recipe::recipeId)).toList();
    }

    public static Recipes from(Config recipes) {
        List<Recipe> found = new ArrayList<>();
        recipes.asNodeList().orElse(List.of()).forEach(node -> found.add(new Recipe(node.name(),
                node.get("name").asString().get(),
                node.get("ingredients").asNodeList().orElse(List.of()).stream()
                        .map(i -> new ItemStack(i.name(), i.asInt().get())).toList(),
                node.get("eddies-cost").asLong().orElse(0L),
                node.get("duration-seconds").asInt().get(),
                new ItemStack(node.get("output.item-id").asString().get(), node.get("output.quantity").asInt().orElse(1)))));
        return new Recipes(found);
    }

    public Recipe require(String recipeId) {
        return all.stream().filter(r -> r.recipeId().equals(recipeId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("RECIPE_NOT_FOUND", "No recipe has this id."));
    }

    public Page<Recipe> list(Optional<String> outputItemId, PageRequest page) {
        List<Recipe> matching = all.stream()
                .filter(r -> outputItemId.map(id -> r.output().itemId().equals(id)).orElse(true)).toList();
        int from = (int) Math.min(page.offset(), matching.size());
        return new Page<>(matching.subList(from, Math.min(from + page.limit(), matching.size())), page,
                matching.size());
    }
}
