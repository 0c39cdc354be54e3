package com.necpgame.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A scrape of /observe/metrics: the sample lines of Prometheus' text format. */
record PrometheusText(String text) {
    /** Every metric name that has a sample. */
    Set<String> names() {
        Set<String> names = new TreeSet<>();
        for (String line : samples()) {
            names.add(line.split("[{ ]", 2)[0]);
        }
        return names;
    }

    /** The value of the one sample of {@code name} whose labels include every {@code label="value"} given. */
    double value(String name, String... labels) {
        List<String> matching = new ArrayList<>();
        for (String line : samples()) {
            if (!line.split("[{ ]", 2)[0].equals(name)) {
                continue;
            }
            boolean all = true;
            for (String label : labels) {
                all &= line.contains(label);
            }
            if (all) {
                matching.add(line);
            }
        }
        if (matching.size() != 1) {
            throw new AssertionError("expected one sample of " + name + " " + String.join(",", labels) + ", got "
                    + matching + " in:\n" + text);
        }
        String line = matching.getFirst();
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
    }

    private List<String> samples() {
        return text.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
    }
}
