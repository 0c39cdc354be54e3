package com.necpgame.world.quest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.necpgame.world.state.JsonValues;

/** Effect lists and deltas as the JSON stored in jsonb columns. */
final class EffectCodec {
    private EffectCodec() {
    }

    static String effects(List<QuestEffect> effects) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (QuestEffect e : effects) {
            ObjectNode node = array.addObject().put("type", e.type().name()).put("target", e.target());
            e.flagValue().ifPresent(v -> node.put("flagValue", v));
            e.delta().ifPresent(v -> node.put("delta", v));
            e.value().ifPresent(v -> node.set("value", v));
        }
        return JsonValues.write(array);
    }

    static List<QuestEffect> effects(String text) {
        List<QuestEffect> effects = new ArrayList<>();
        for (JsonNode node : JsonValues.read(text)) {
            effects.add(new QuestEffect(EffectType.valueOf(node.get("type").asText()), node.get("target").asText(),
                    node.has("flagValue") ? Optional.of(node.get("flagValue").asBoolean()) : Optional.empty(),
                    node.has("delta") ? Optional.of(node.get("delta").asInt()) : Optional.empty(),
                    node.has("value") ? Optional.of((ObjectNode) node.get("value")) : Optional.empty()));
        }
        return effects;
    }

    static String deltas(List<Delta> deltas) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (Delta d : deltas) {
            ObjectNode node = array.addObject().put("type", d.type().name()).put("scope", d.scope().name())
                    .put("target", d.target()).put("changed", d.changed());
            d.worldStateKey().ifPresent(k -> node.put("worldStateKey", k));
            d.before().ifPresent(b -> node.set("before", b));
            node.set("after", d.after());
            d.newVersion().ifPresent(v -> node.put("newVersion", v));
        }
        return JsonValues.write(array);
    }
}
