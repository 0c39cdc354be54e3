package com.necpgame.economy.mapping;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import com.necpgame.economy.crafting.Craft;
import com.necpgame.economy.crafting.Recipe;
import com.necpgame.economy.ledger.ItemStack;
import com.necpgame.economy.merit.MeritConversion;
import com.necpgame.economy.merit.MeritReputation;
import com.necpgame.economy.model.CraftDto;
import com.necpgame.economy.model.CraftPageDto;
import com.necpgame.economy.model.ItemStackDto;
import com.necpgame.economy.model.MeritConversionDto;
import com.necpgame.economy.model.MeritConversionPageDto;
import com.necpgame.economy.model.MeritReputationDto;
import com.necpgame.economy.model.RecipeDto;
import com.necpgame.economy.model.RecipePageDto;
import com.necpgame.platform.paging.Page;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** Recipes, crafts and Merit conversions to the generated API models. */
@Mapper
public interface CraftingMapper {
    CraftingMapper INSTANCE = Mappers.getMapper(CraftingMapper.class);

    RecipeDto recipe(Recipe recipe);

    CraftDto craft(Craft craft);

    ItemStackDto stack(ItemStack stack);

    @Mapping(target = "reputationGained", expression = "java(conversion.reputationGained())")
    @Mapping(target = "remainingAllowance", expression = "java(conversion.remainingAllowance())")
    MeritConversionDto conversion(MeritConversion conversion);

    @Mapping(target = "cap", expression = "java(reputation.cap())")
    @Mapping(target = "remainingAllowance", expression = "java(reputation.remainingAllowance())")
    MeritReputationDto reputation(MeritReputation reputation);

    default RecipePageDto recipePage(Page<Recipe> page) {
        return new RecipePageDto(page.items().stream().map(this::recipe).toList(), page.request().page(),
                page.request().limit(), page.total());
    }

    default CraftPageDto craftPage(Page<Craft> page) {
        return new CraftPageDto(page.items().stream().map(this::craft).toList(), page.request().page(),
                page.request().limit(), page.total());
    }

    default MeritConversionPageDto conversionPage(Page<MeritConversion> page) {
        return new MeritConversionPageDto(page.items().stream().map(this::conversion).toList(),
                page.request().page(), page.request().limit(), page.total());
    }

    default OffsetDateTime offset(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
