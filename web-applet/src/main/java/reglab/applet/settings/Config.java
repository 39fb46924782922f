package reglab.applet.settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import reglab.core.math.DecimalParser;

/**
 * A validated, immutable set of values for one experiment's {@link Schema}: every setting has a
 * value (its default unless given). Made only through {@link #Config(Schema, List)} or
 * {@link #with}, both of which check every value and the schema's rule between settings.
 */
public final class Config {

    private final Schema schema;
    private final Map<String, String> values = new LinkedHashMap<>();

    /**
     * @param schema the experiment's settings
     * @param given  {@code {name, value}} pairs; later pairs win
     * @throws SpecException for an unknown setting, a bad value or a broken cross-setting rule
     */
    public Config(Schema schema, List<String[]> given) {
        this.schema = schema;
        for (Setting s : schema.settings()) {
            values.put(s.name(), s.defaultValue());
        }
        for (String[] pair : given) {
            Setting s = schema.setting(pair[0]);
            if (s == null) {
                throw new SpecException("experiment '" + schema.name()
                        + "' has no setting '" + pair[0] + "'; its settings: "
                        + schema.settingNames());
            }
            values.put(s.name(), s.check(pair[1]));
        }
        schema.crossCheck(this);
    }

    /** The experiment's settings these values are for. */
    public Schema schema() {
        return schema;
    }

    /** The same values with one changed (validated). */
    public Config with(String name, String value) {
        List<String[]> pairs = pairs();
        pairs.add(new String[] {name, value});
        return new Config(schema, pairs);
    }

    /** All values as {@code {name, value}} pairs, in setting order. */
    public List<String[]> pairs() {
        List<String[]> out = new ArrayList<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            out.add(new String[] {e.getKey(), e.getValue()});
        }
        return out;
    }

    /** Only the values that differ from their defaults, in setting order. */
    public List<String[]> changed() {
        List<String[]> out = new ArrayList<>();
        for (Setting s : schema.settings()) {
            String v = values.get(s.name());
            if (!v.equals(s.defaultValue())) {
                out.add(new String[] {s.name(), v});
            }
        }
        return out;
    }

    public String get(String name) {
        String v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("experiment '" + schema.name()
                    + "' has no setting '" + name + "'");
        }
        return v;
    }

    public double number(String name) {
        return DecimalParser.parse(get(name));
    }

    public int integer(String name) {
        return (int) DecimalParser.parse(get(name));
    }

    public boolean flag(String name) {
        return get(name).equals("true");
    }

    public int[] integers(String name) {
        List<String> parts = Strings.split(get(name), ',');
        int[] out = new int[parts.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (int) DecimalParser.parse(parts.get(i).trim());
        }
        return out;
    }

    public double[] numbers(String name) {
        List<String> parts = Strings.split(get(name), ',');
        double[] out = new double[parts.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = DecimalParser.parse(parts.get(i).trim());
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Config && ((Config) o).schema == schema
                && ((Config) o).values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }
}
