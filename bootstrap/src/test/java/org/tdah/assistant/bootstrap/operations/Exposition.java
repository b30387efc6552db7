package org.tdah.assistant.bootstrap.operations;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A scrape in the Prometheus text format, read for its names: the sample names (what PromQL
 * selects) and the type each {@code # TYPE} line gives a family.
 */
record Exposition(Set<String> sampleNames, Map<String, String> typeByFamily) {

    static Exposition parse(String text) {
        Set<String> samples = new TreeSet<>();
        Map<String, String> types = new HashMap<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("# TYPE ")) {
                String[] parts = line.substring("# TYPE ".length()).strip().split("\\s+");
                if (parts.length == 2) {
                    types.put(parts[0], parts[1]);
                }
            } else if (!line.isBlank() && !line.startsWith("#")) {
                int end = 0;
                while (end < line.length() && line.charAt(end) != '{' && line.charAt(end) != ' ') {
                    end++;
                }
                samples.add(line.substring(0, end));
            }
        }
        return new Exposition(samples, types);
    }

    /**
     * The type this scrape gives the family, or {@code "absent"}: a counter's {@code # TYPE} line
     * may name it with or without {@code _total}, depending on the client library's version.
     */
    String typeOf(String family, String listedType) {
        String type = typeByFamily.get(family);
        if (type == null && listedType.equals("counter")) {
            type = typeByFamily.get(family + "_total");
        }
        return type == null ? "absent" : type;
    }
}
