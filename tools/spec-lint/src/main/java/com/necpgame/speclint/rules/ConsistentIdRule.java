package com.necpgame.speclint.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.necpgame.speclint.Reporter;
import com.necpgame.speclint.Rule;
import com.necpgame.speclint.model.Located;
import com.necpgame.speclint.model.SchemaWalker;
import com.necpgame.speclint.model.Spec;
import com.necpgame.speclint.model.SpecFile;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The same id has the same shape in every spec: a parameter (path, query, header) or schema property
 * whose name ends in {@code Id} is compared, after following {@code $ref}s, by the keywords that
 * decide which values are valid (type, format, pattern, enum, minLength, maxLength) over all specs
 * and the files they refer to. A {@code characterId} that is a uuid in one service and a free string
 * in another lets a client send values the other service rejects.
 */
public final class ConsistentIdRule implements Rule {

    private static final Set<String> PARAMETER_LOCATIONS = Set.of("path", "query", "header");

    @Override
    public String id() {
        return "consistent-id";
    }

    /** The keywords that decide which values an id accepts; annotations are left out. */
    record Shape(String type, String format, String pattern, JsonNode enumValues, String minLength, String maxLength) {

        static Shape of(JsonNode schema) {
            return new Shape(text(schema, "type"), text(schema, "format"), text(schema, "pattern"),
                    schema.get("enum"), text(schema, "minLength"), text(schema, "maxLength"));
        }

        private static String text(JsonNode schema, String key) {
            JsonNode value = schema.get(key);
            return value == null || !value.isValueNode() ? null : value.asText();
        }

        /** {@code type: string, format: uuid}, in the form a spec writes it. */
        @Override
        public String toString() {
            StringJoiner text = new StringJoiner(", ");
            text.add("type: " + (type == null ? "(none)" : type));
            if (format != null) {
                text.add("format: " + format);
            }
            if (pattern != null) {
                text.add("pattern: '" + pattern + "'");
            }
            if (enumValues != null) {
                text.add("enum: " + enumValues);
            }
            if (minLength != null) {
                text.add("minLength: " + minLength);
            }
            if (maxLength != null) {
                text.add("maxLength: " + maxLength);
            }
            return text.toString();
        }
    }

    /** One place where an id name is given a schema: a parameter or a property, in {@code spec} (for reporting). */
    private record Occurrence(String name, String kind, Spec spec, String pointer, Shape shape) {

        String where() {
            return spec.displayName() + "#" + pointer;
        }
    }

    @Override
    public void checkAll(List<Spec> specs, Reporter reporter) {
        Map<String, List<Occurrence>> byName = new LinkedHashMap<>();
        for (Spec spec : reachableFiles(specs)) {
            for (Occurrence occurrence : occurrences(spec)) {
                byName.computeIfAbsent(occurrence.name(), key -> new ArrayList<>()).add(occurrence);
            }
        }
        byName.forEach((name, occurrences) -> compare(name, occurrences, reporter));
    }

    private static void compare(String name, List<Occurrence> occurrences, Reporter reporter) {
        Map<Shape, List<Occurrence>> byShape = occurrences.stream()
                .collect(Collectors.groupingBy(Occurrence::shape, LinkedHashMap::new, Collectors.toList()));
        if (byShape.size() < 2) {
            return;
        }
        List<List<Occurrence>> ranked = byShape.values().stream()
                .sorted(Comparator.comparingInt((List<Occurrence> group) -> group.size()).reversed())
                .toList();
        List<Occurrence> common = ranked.get(0);
        if (common.size() == ranked.get(1).size()) {
            // No shape is the usual one: every place is reported, and the choice is left to a person.
            String all = ranked.stream().map(group -> group.get(0).shape() + " (" + places(group.size()) + ")")
                    .collect(Collectors.joining(" vs "));
            for (Occurrence occurrence : occurrences) {
                reporter.report(occurrence.spec(), occurrence.pointer(), occurrence.kind() + " " + name + " is "
                                + occurrence.shape() + " here; " + name + " has no usual shape across the specs: " + all,
                        "choose one shape for " + name + " (specs/README.md, Types and ids) and use it everywhere");
            }
            return;
        }
        // A unique most common shape has at least two places (with one each, all would tie).
        Shape usual = common.get(0).shape();
        for (Occurrence occurrence : occurrences) {
            if (!occurrence.shape().equals(usual)) {
                reporter.report(occurrence.spec(), occurrence.pointer(), occurrence.kind() + " " + name + " is "
                                + occurrence.shape() + " here but " + usual + " in " + places(common.size())
                                + " (e.g. " + common.get(0).where() + ")",
                        "use " + usual + " like the " + common.size() + " other places");
            }
        }
    }

    private static String places(int count) {
        return count == 1 ? "1 place" : count + " places";
    }

    /**
     * The specs and every file they refer to (transitively), each once: a parameter or schema shared
     * from {@code common/} is one place, however many operations use it. Files that are not specs are
     * reported under their path next to the spec that first refers to them ({@code specs/common/...}).
     */
    private static List<Spec> reachableFiles(List<Spec> specs) {
        Map<Path, Spec> seen = new LinkedHashMap<>();
        Deque<Spec> queue = new ArrayDeque<>();
        for (Spec spec : specs) {
            if (seen.putIfAbsent(spec.file().path(), spec) == null) {
                queue.add(spec);
            }
        }
        while (!queue.isEmpty()) {
            Spec referrer = queue.poll();
            SchemaWalker.forEachRef(referrer.file().rootLocated(), site -> referrer.loader()
                    .resolve(site.file(), site.node().get("$ref").asText())
                    .map(Located::file)
                    .filter(target -> !seen.containsKey(target.path()))
                    .ifPresent(target -> {
                        Spec shown = new Spec(target, displayName(target, referrer), referrer.loader());
                        seen.put(target.path(), shown);
                        queue.add(shown);
                    }));
        }
        return List.copyOf(seen.values());
    }

    private static String displayName(SpecFile target, Spec referrer) {
        Path relative = referrer.file().path().getParent().relativize(target.path());
        Path shown = Path.of(referrer.displayName()).resolveSibling(relative).normalize();
        return shown.toString().replace('\\', '/');
    }

    /** Parameters and properties named {@code ...Id} written in this file ({@code $ref}s count where they lead). */
    private static List<Occurrence> occurrences(Spec spec) {
        List<Occurrence> result = new ArrayList<>();
        Function<Located, Shape> shapeOf = schema -> spec.loader().deref(schema).map(s -> Shape.of(s.node())).orElse(null);
        for (Located parameter : writtenParameters(spec.file())) {
            JsonNode node = parameter.node();
            String name = node.path("name").asText("");
            if (isIdName(name) && PARAMETER_LOCATIONS.contains(node.path("in").asText())
                    && node.has("schema")) {
                add(result, name, "parameter", spec, parameter.pointer(), shapeOf.apply(parameter.child("schema")));
            }
        }
        SchemaWalker.forEachSchema(spec.file(), schema -> {
            Located properties = schema.child("properties");
            properties.node().fieldNames().forEachRemaining(name -> {
                if (isIdName(name)) {
                    Located property = properties.child(name);
                    add(result, name, "property", spec, property.pointer(), shapeOf.apply(property));
                }
            });
        });
        return result;
    }

    private static void add(List<Occurrence> result, String name, String kind, Spec spec, String pointer, Shape shape) {
        // An unresolvable $ref has no shape; unresolved-ref reports it.
        if (shape != null) {
            result.add(new Occurrence(name, kind, spec, pointer, shape));
        }
    }

    /** Parameter objects written in the file (not {@code $ref}s to one): of paths, operations and components. */
    private static List<Located> writtenParameters(SpecFile file) {
        List<Located> lists = new ArrayList<>();
        Located paths = file.rootLocated().child("paths");
        paths.node().fieldNames().forEachRemaining(path -> {
            Located pathItem = paths.child(path);
            lists.add(pathItem.child("parameters"));
            pathItem.node().fieldNames().forEachRemaining(method -> {
                if (Spec.HTTP_METHODS.contains(method)) {
                    lists.add(pathItem.child(method).child("parameters"));
                }
            });
        });
        List<Located> result = new ArrayList<>();
        for (Located list : lists) {
            for (int i = 0; i < list.node().size(); i++) {
                result.add(list.element(i));
            }
        }
        Located components = file.rootLocated().child("components").child("parameters");
        components.node().fieldNames().forEachRemaining(name -> result.add(components.child(name)));
        result.removeIf(parameter -> !parameter.node().isObject() || parameter.node().has("$ref"));
        return result;
    }

    /** {@code characterId}, {@code X-Request-Id}; not {@code characterIds} (lists are out of scope) nor {@code Id}. */
    private static boolean isIdName(String name) {
        return name.length() > 2 && name.endsWith("Id");
    }
}
