package reglab.applet.catalogue;

import java.util.ArrayList;
import java.util.List;
import reglab.applet.experiment.Experiment;
import reglab.applet.settings.Config;
import reglab.applet.settings.Schema;
import reglab.applet.settings.Setting;
import reglab.applet.settings.SpecException;
import reglab.applet.settings.Strings;
import reglab.applet.settings.UrlState;

/**
 * Reads and writes the two text forms of a spec.
 *
 * <p>The fence form is the body of an {@code applet} fenced block: one {@code key: value} per
 * line, blank lines and {@code #} comments ignored, {@code experiment: NAME} required:
 * <pre>
 * experiment: playground
 * dataset: spiral
 * regularization: l2
 * rate: 0.003
 * </pre>
 * The query form ({@code experiment=playground&dataset=spiral}) is what the page embeds in the
 * mount element's {@code data-reglab-spec} attribute and what the console API's spec objects are
 * turned into. The experiment is looked up in the {@link Catalogue}; its {@link Schema} checks
 * every setting.
 */
public final class SpecText {

    private SpecText() {
    }

    /**
     * Parses and validates a fence body.
     *
     * @throws SpecException with {@link SpecException#line()} set to the body line at fault
     */
    public static Config parseFence(String body) {
        List<String> lines = Strings.split(body, '\n');
        List<String[]> pairs = new ArrayList<>();
        List<Integer> lineOf = new ArrayList<>();
        Schema schema = null;
        int experimentLine = 1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new SpecException("expected 'key: value' but found '" + line + "'", i + 1);
            }
            String key = line.substring(0, colon).trim();
            String value = line.substring(colon + 1).trim();
            if (key.equals("experiment")) {
                if (schema != null) {
                    throw new SpecException("'experiment' is given twice", i + 1);
                }
                schema = schemaOf(value);
                experimentLine = i + 1;
                if (schema == null) {
                    throw new SpecException("unknown experiment '" + value + "'; allowed: "
                            + Catalogue.names(), i + 1);
                }
                continue;
            }
            pairs.add(new String[] {key, value});
            lineOf.add(i + 1);
        }
        if (schema == null) {
            throw new SpecException("missing 'experiment: NAME' line; allowed names: "
                    + Catalogue.names(), 1);
        }
        for (int k = 0; k < pairs.size(); k++) {
            String[] pair = pairs.get(k);
            Setting setting = schema.setting(pair[0]);
            if (setting == null) {
                throw new SpecException("experiment '" + schema.name() + "' has no setting '"
                        + pair[0] + "'; its settings: " + schema.settingNames(), lineOf.get(k));
            }
            try {
                setting.check(pair[1]);
            } catch (SpecException e) {
                throw e.atLine(lineOf.get(k));
            }
        }
        try {
            return new Config(schema, pairs);
        } catch (SpecException e) {
            // Only a rule between several settings is left; point at the block's first line.
            throw e.atLine(experimentLine);
        }
    }

    private static Schema schemaOf(String name) {
        Experiment e = Catalogue.byName(name);
        return e == null ? null : e.schema();
    }

    /** {@code experiment=NAME&key=value...} with every value of {@code config} that is not default. */
    public static String toQuery(Config config) {
        StringBuilder sb = new StringBuilder("experiment=").append(config.schema().name());
        for (String[] pair : config.changed()) {
            sb.append('&').append(pair[0]).append('=').append(UrlState.encode(pair[1]));
        }
        return sb.toString();
    }

    /**
     * Parses the query form strictly (the page's own embedded spec or a console call).
     *
     * @throws SpecException for an unknown experiment or setting or a bad value
     */
    public static Config parseQuery(String query) {
        Schema schema = null;
        List<String[]> pairs = new ArrayList<>();
        for (String[] pair : UrlState.split(query)) {
            if (pair[0].equals("experiment")) {
                schema = schemaOf(pair[1]);
                if (schema == null) {
                    throw new SpecException("unknown experiment '" + pair[1] + "'; allowed: "
                            + Catalogue.names());
                }
            } else {
                pairs.add(pair);
            }
        }
        if (schema == null) {
            throw new SpecException("the spec names no experiment; allowed: "
                    + Catalogue.names());
        }
        return new Config(schema, pairs);
    }
}
