package com.necpgame.deploy;

import java.beans.BeanInfo;
import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * Reads rendered manifests into fabric8's Kubernetes model, strictly: only the kinds and API versions the
 * manifests are meant to use, and no field the model does not know (fabric8 keeps unknown fields in
 * {@code additionalProperties}; any entry there is a misspelt or misplaced field and fails).
 */
final class StrictManifests {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final Map<String, Class<? extends HasMetadata>> KINDS = Map.of(
            "v1/ConfigMap", ConfigMap.class,
            "v1/Secret", Secret.class,
            "v1/Service", Service.class,
            "apps/v1/Deployment", Deployment.class,
            "apps/v1/StatefulSet", StatefulSet.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "networking.k8s.io/v1/Ingress", Ingress.class,
            "batch/v1/Job", Job.class);

    private StrictManifests() {
    }

    static List<HasMetadata> parse(String yaml) throws IOException {
        List<HasMetadata> objects = new ArrayList<>();
        try (var docs = YAML.readerFor(JsonNode.class).<JsonNode>readValues(yaml)) {
            while (docs.hasNext()) {
                JsonNode doc = docs.next();
                if (doc == null || doc.isNull() || doc.isEmpty()) {
                    continue;
                }
                String type = doc.path("apiVersion").asText() + "/" + doc.path("kind").asText();
                Class<? extends HasMetadata> kind = KINDS.get(type);
                if (kind == null) {
                    throw new AssertionError("unexpected kind or API version " + type + " in:\n" + doc);
                }
                HasMetadata object = YAML.treeToValue(doc, kind);
                requireNoUnknownFields(object, type + " " + object.getMetadata().getName());
                objects.add(object);
            }
        }
        return objects;
    }

    /** Walks the model objects; any additionalProperties entry is a field Kubernetes would not know either. */
    private static void requireNoUnknownFields(Object value, String path) {
        if (value == null) {
            return;
        }
        if (value instanceof Collection<?> list) {
            int i = 0;
            for (Object item : list) {
                requireNoUnknownFields(item, path + "[" + i++ + "]");
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> requireNoUnknownFields(v, path + "." + k));
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        try {
            BeanInfo bean = Introspector.getBeanInfo(value.getClass(), Object.class);
            for (PropertyDescriptor property : bean.getPropertyDescriptors()) {
                if (property.getReadMethod() == null || property.getReadMethod().getParameterCount() != 0) {
                    continue;
                }
                Object child = property.getReadMethod().invoke(value);
                if (property.getName().equals("additionalProperties")) {
                    if (child instanceof Map<?, ?> unknown && !unknown.isEmpty()) {
                        throw new AssertionError("unknown field(s) " + unknown.keySet() + " at " + path);
                    }
                } else {
                    requireNoUnknownFields(child, path + "." + property.getName());
                }
            }
        } catch (IntrospectionException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot walk " + path, e);
        }
    }
}
