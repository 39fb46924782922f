package reglab.applet.settings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One setting of an experiment: its name, label, kind, allowed values and its default — the only
 * place that default is written. Plain Java so the site generator (build-time validation of
 * {@code applet} fences) and the applet in the browser (controls, URL state, console API) share it.
 *
 * <p>Values travel as strings (fence lines, URL query, form controls); {@link #check} validates one
 * and returns it trimmed, or throws a {@link SpecException} naming the allowed values.
 */
public final class Setting {

    /** How a value is written and checked. */
    public enum Kind {
        /** One of {@link #choices()}. */
        CHOICE,
        /** A decimal number in [{@link #min()}, {@link #max()}]. */
        NUMBER,
        /** A whole number in [{@link #min()}, {@link #max()}]. */
        INTEGER,
        /** {@code true} or {@code false}. */
        FLAG,
        /** Comma-separated whole numbers, each in [{@link #min()}, {@link #max()}]. */
        INTEGER_LIST,
        /** Comma-separated decimal numbers, each in [{@link #min()}, {@link #max()}]. */
        NUMBER_LIST
    }

    /** Most entries an {@link Kind#INTEGER_LIST} or {@link Kind#NUMBER_LIST} may hold. */
    public static final int MAX_LIST_LENGTH = 6;

    private final String name;
    private final String label;
    private final Kind kind;
    private final List<String> choices;
    private final double min;
    private final double max;
    private final boolean logScale;
    private final String defaultValue;

    private Setting(String name, String label, Kind kind, List<String> choices, double min,
            double max, boolean logScale, String defaultValue) {
        this.name = name;
        this.label = label;
        this.kind = kind;
        this.choices = choices;
        this.min = min;
        this.max = max;
        this.logScale = logScale;
        this.defaultValue = defaultValue;
        check(defaultValue); // a typo in a schema fails on first use, in tests, not in a reader's page
    }

    public static Setting choice(String name, String label, String defaultValue, String... choices) {
        List<String> list = new ArrayList<>();
        Collections.addAll(list, choices);
        return new Setting(name, label, Kind.CHOICE, Collections.unmodifiableList(list), 0, 0,
                false, defaultValue);
    }

    public static Setting number(String name, String label, double min, double max,
            String defaultValue) {
        return new Setting(name, label, Kind.NUMBER, List.of(), min, max, false, defaultValue);
    }

    /** A positive number best moved on a logarithmic slider (learning rates, penalty strengths). */
    public static Setting logNumber(String name, String label, double min, double max,
            String defaultValue) {
        return new Setting(name, label, Kind.NUMBER, List.of(), min, max, true, defaultValue);
    }

    public static Setting integer(String name, String label, int min, int max, String defaultValue) {
        return new Setting(name, label, Kind.INTEGER, List.of(), min, max, false, defaultValue);
    }

    /** The run's random seed, 0–999999, default 1 (a view's "New data" button steps it). */
    public static Setting seed() {
        return integer("seed", "Random seed", 0, 999_999, "1");
    }

    public static Setting flag(String name, String label, String defaultValue) {
        return new Setting(name, label, Kind.FLAG, List.of("true", "false"), 0, 0, false,
                defaultValue);
    }

    public static Setting integerList(String name, String label, int min, int max,
            String defaultValue) {
        return new Setting(name, label, Kind.INTEGER_LIST, List.of(), min, max, false,
                defaultValue);
    }

    public static Setting numberList(String name, String label, double min, double max,
            String defaultValue) {
        return new Setting(name, label, Kind.NUMBER_LIST, List.of(), min, max, false,
                defaultValue);
    }

    public String name() {
        return name;
    }

    public String label() {
        return label;
    }

    public Kind kind() {
        return kind;
    }

    /** Allowed words for {@link Kind#CHOICE} and {@link Kind#FLAG}; empty otherwise. */
    public List<String> choices() {
        return choices;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    public boolean logScale() {
        return logScale;
    }

    public String defaultValue() {
        return defaultValue;
    }

    /** What may be written, for error messages and control hints. */
    public String allowed() {
        switch (kind) {
            case CHOICE:
            case FLAG:
                return String.join(", ", choices);
            case INTEGER:
                return "a whole number from " + Num.plain(min) + " to " + Num.plain(max);
            case NUMBER:
                return "a number from " + Num.plain(min) + " to " + Num.plain(max);
            case INTEGER_LIST:
                return "1 to " + MAX_LIST_LENGTH + " comma-separated whole numbers from "
                        + Num.plain(min) + " to " + Num.plain(max);
            default:
                return "1 to " + MAX_LIST_LENGTH + " comma-separated numbers from "
                        + Num.plain(min) + " to " + Num.plain(max);
        }
    }

    /**
     * Validates one value.
     *
     * @return the value, trimmed
     * @throws SpecException naming this setting, the value and {@link #allowed()}
     */
    public String check(String raw) {
        String value = raw == null ? "" : raw.trim();
        boolean ok;
        switch (kind) {
            case CHOICE:
            case FLAG:
                ok = choices.contains(value);
                break;
            case NUMBER:
                ok = inRange(value, false);
                break;
            case INTEGER:
                ok = inRange(value, true);
                break;
            default:
                ok = listInRange(value, kind == Kind.INTEGER_LIST);
                break;
        }
        if (!ok) {
            throw new SpecException("setting '" + name + "' has value '" + value
                    + "'; allowed: " + allowed());
        }
        return value;
    }

    private boolean listInRange(String value, boolean whole) {
        java.util.List<String> parts = Strings.split(value, ',');
        if (value.isEmpty() || parts.size() > MAX_LIST_LENGTH) {
            return false;
        }
        for (String part : parts) {
            if (!inRange(part.trim(), whole)) {
                return false;
            }
        }
        return true;
    }

    private boolean inRange(String value, boolean whole) {
        double x = Num.parse(value);
        if (Double.isNaN(x) || x < min || x > max) {
            return false;
        }
        return !whole || x == Math.floor(x);
    }
}
