package reglab.applet.settings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What an experiment's settings are: the experiment's name (what an {@code applet} fence writes
 * after {@code experiment:}), its title, its settings in the order the controls show them, and an
 * optional rule between several settings. Plain Java, read by the site generator when it
 * validates fences and by the page when it builds controls and reads URL state.
 */
public final class Schema {

    /** A rule that involves several settings at once; throws {@link SpecException}. */
    public interface CrossCheck {
        void check(Config config);
    }

    private final String name;
    private final String title;
    private final List<Setting> settings;
    private final CrossCheck crossCheck;

    /** @param crossCheck a rule between settings, or null */
    public Schema(String name, String title, List<Setting> settings, CrossCheck crossCheck) {
        this.name = name;
        this.title = title;
        this.settings = Collections.unmodifiableList(new ArrayList<>(settings));
        this.crossCheck = crossCheck;
    }

    /** The experiment's name. */
    public String name() {
        return name;
    }

    public String title() {
        return title;
    }

    public List<Setting> settings() {
        return settings;
    }

    /** The setting called {@code name}, or null. */
    public Setting setting(String name) {
        for (Setting s : settings) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return null;
    }

    /** Names of all settings, comma-separated, for error messages. */
    public String settingNames() {
        List<String> names = new ArrayList<>();
        for (Setting s : settings) {
            names.add(s.name());
        }
        return String.join(", ", names);
    }

    /** Every setting at its default. */
    public Config defaults() {
        return new Config(this, List.of());
    }

    void crossCheck(Config config) {
        if (crossCheck != null) {
            crossCheck.check(config);
        }
    }
}
