package reglab.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Command-line options of the form {@code --name value}, {@code --name=value} or a bare
 * {@code --flag}. Unknown options are rejected with the list of known ones, so a typo never
 * silently falls back to a default.
 */
public final class Args {

    private final String command;
    private final Map<String, String> options = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();

    private Args(String command) {
        this.command = command;
    }

    /**
     * Parses {@code raw}. {@code valued} names the options that take a value, {@code flags} those
     * that do not; {@code --help} is always accepted.
     */
    public static Args parse(String command, String[] raw, Set<String> valued, Set<String> flags) throws UserError {
        Args args = new Args(command);
        for (int i = 0; i < raw.length; i++) {
            String a = raw[i];
            if (!a.startsWith("--")) {
                args.positional.add(a);
                continue;
            }
            String name = a.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (name.equals("help") || flags.contains(name)) {
                if (value != null) {
                    throw new UserError(command + ": option --" + name + " takes no value (got '" + value + "')", 2);
                }
                args.options.put(name, "true");
            } else if (valued.contains(name)) {
                if (value == null) {
                    if (i + 1 >= raw.length) {
                        throw new UserError(command + ": option --" + name + " needs a value", 2);
                    }
                    value = raw[++i];
                }
                args.options.put(name, value);
            } else {
                List<String> known = new ArrayList<>();
                valued.forEach(v -> known.add("--" + v));
                flags.forEach(f -> known.add("--" + f));
                known.add("--help");
                throw new UserError(command + ": unknown option --" + name + " (known: " + String.join(", ", known) + ")", 2);
            }
        }
        return args;
    }

    public boolean has(String name) {
        return options.containsKey(name);
    }

    public String get(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    public String require(String name) throws UserError {
        String v = options.get(name);
        if (v == null) {
            throw new UserError(command + ": missing required option --" + name + " (see ./reglab " + command + " --help)", 2);
        }
        return v;
    }

    public double getDouble(String name, double fallback) throws UserError {
        String v = options.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            double d = Double.parseDouble(v);
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new UserError(command + ": --" + name + " must be a finite number, got '" + v + "'", 2);
        }
    }

    public int getInt(String name, int fallback, int min, int max) throws UserError {
        String v = options.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UserError(command + ": --" + name + " must be a whole number from " + min + " to " + max + ", got '" + v + "'", 2);
        }
    }

    public List<String> positional() {
        return positional;
    }
}
