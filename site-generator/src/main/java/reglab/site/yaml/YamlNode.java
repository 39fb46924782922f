package reglab.site.yaml;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A node of a YAML document as the site reads it: a scalar with its typed value (YAML 1.2 core
 * schema), a sequence, or a mapping with text keys in file order; each with its {@link Position}.
 */
public sealed interface YamlNode {

    /** Where the node starts. */
    Position at();

    /** What kind of value this is, in words for messages ("text", "a whole number", "a list", …). */
    String kind();

    /** The value as a reader should see it: a scalar as written (without quotes), lists joined by commas. */
    String display();

    /** The kind and, for a scalar, the value, for messages: {@code text 'abc'}, {@code a list}. */
    default String describe() {
        return this instanceof Scalar s && s.value() != null ? kind() + " '" + s.text() + "'" : kind();
    }

    /**
     * A scalar.
     *
     * @param value the typed value: {@link String}, {@link Long} (whole numbers), {@link Double},
     *              {@link Boolean}, or null for YAML's null ({@code ~}, {@code null}, or nothing)
     * @param text  the scalar as written, without quotes or escapes
     */
    record Scalar(Object value, String text, Position at) implements YamlNode {
        @Override
        public String kind() {
            if (value == null) {
                return "nothing";
            }
            if (value instanceof Long) {
                return "a whole number";
            }
            if (value instanceof Double) {
                return "a number";
            }
            return value instanceof Boolean ? "true or false" : "text";
        }

        @Override
        public String display() {
            return value == null ? "" : text;
        }
    }

    /** A sequence. */
    record Sequence(List<YamlNode> items, Position at) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "a list";
        }

        @Override
        public String display() {
            return items.stream().map(YamlNode::display).collect(Collectors.joining(", "));
        }
    }

    /** A mapping; its keys are scalars, kept as text, in file order. */
    record Mapping(Map<String, Entry> entries, Position at) implements YamlNode {
        public Mapping {
            entries = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entries));
        }

        @Override
        public String kind() {
            return "a map";
        }

        @Override
        public String display() {
            return entries.values().stream().map(e -> e.key().text() + ": " + e.value().display())
                    .collect(Collectors.joining("; "));
        }

        /** The value of {@code key}, or null. */
        public YamlNode get(String key) {
            Entry e = entries.get(key);
            return e == null ? null : e.value();
        }
    }

    /** A key of a mapping with its value. */
    record Entry(Scalar key, YamlNode value) {
    }
}
