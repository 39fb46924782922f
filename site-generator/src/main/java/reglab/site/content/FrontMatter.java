package reglab.site.content;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import reglab.site.SiteException;
import reglab.site.yaml.Position;
import reglab.site.yaml.Yaml;
import reglab.site.yaml.YamlNode;

/**
 * The {@code ---}-delimited YAML block at the top of a Markdown file, as Jekyll, Hugo, MkDocs and
 * GitHub read it: a map of keys to YAML 1.2 values (text, numbers, true/false, lists, maps; quoted
 * or not), kept in file order. The keys the generator reads are typed in {@link PageSettings};
 * the others describe the document and are shown in its metadata box ({@link #shown()}).
 *
 * <p>The block ends at the next line that is {@code ---} (or {@code ...}, YAML's document end).
 * Messages give the line and column in the Markdown file, not in the block.
 */
public final class FrontMatter {

    /** Front matter of a file that has none. */
    public static final FrontMatter EMPTY = new FrontMatter(Map.of(), PageSettings.NONE, 0, "");

    private final Map<String, YamlNode> values;
    private final PageSettings settings;
    private final int lineCount;
    private final String text;

    private FrontMatter(Map<String, YamlNode> values, PageSettings settings, int lineCount, String text) {
        this.values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.settings = settings;
        this.lineCount = lineCount;
        this.text = text;
    }

    /**
     * The block's YAML as written, without its delimiter lines: everything the front matter is
     * made of, so two blocks with the same text (and {@link #lineCount()}) read the same.
     */
    public String text() {
        return text;
    }

    /** All keys and their values, in file order. */
    public Map<String, YamlNode> values() {
        return values;
    }

    /** The typed keys the generator reads. */
    public PageSettings settings() {
        return settings;
    }

    /** The value of {@code key} as a reader sees it (lists joined by commas), or {@code fallback}. */
    public String text(String key, String fallback) {
        YamlNode v = values.get(key);
        return v == null ? fallback : v.display();
    }

    /** The keys the page shows in its metadata box, with their values as written, in file order. */
    public Map<String, String> shown() {
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (!PageSettings.HIDDEN.contains(k)) {
                out.put(k, v.display());
            }
        });
        return out;
    }

    /** The licenses the file declares under {@code license}, {@code licenses} or {@code license(s)}; empty if none. */
    public String licenses() {
        for (String key : new String[] {"license(s)", "licenses", "license"}) {
            if (values.containsKey(key)) {
                return values.get(key).display();
            }
        }
        return "";
    }

    /** Lines the block occupies, delimiters included (0 without front matter). */
    public int lineCount() {
        return lineCount;
    }

    /**
     * Splits {@code text} into front matter and body and reads the front matter.
     *
     * @param text    the whole file
     * @param display the file's name for error messages
     * @return the front matter; {@link #lineCount()} tells how many leading lines it used
     * @throws SiteException naming {@code display}:line:column when the block is not closed, is not
     *                       valid YAML, is not a map, or gives a key of {@link PageSettings} a value
     *                       of the wrong type
     */
    public static FrontMatter parse(String text, String display) {
        String[] lines = text.split("\r?\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            return EMPTY;
        }
        int close = 1;
        while (close < lines.length && !(lines[close].stripTrailing().equals("---") || lines[close].stripTrailing().equals("..."))) {
            close++;
        }
        if (close == lines.length) {
            throw new SiteException(display + ":1: front matter starts with '---' but has no closing '---' line; "
                    + "add one after the front matter (or, for a rule at the top of the page, write *** instead)");
        }
        StringBuilder yaml = new StringBuilder();
        for (int i = 1; i < close; i++) {
            yaml.append(lines[i]).append('\n');
        }
        Optional<YamlNode> root = Yaml.read(yaml.toString(), display, 2, "front matter");
        if (root.isEmpty()) {
            return new FrontMatter(Map.of(), PageSettings.NONE, close + 1, yaml.toString());
        }
        if (!(root.get() instanceof YamlNode.Mapping map)) {
            Position at = root.get().at();
            throw new SiteException(at + ": front matter must be 'key: value' lines (a map), but it is " + root.get().kind()
                    + (root.get() instanceof YamlNode.Scalar ? " ('" + ((YamlNode.Scalar) root.get()).text() + "')" : ""));
        }
        Map<String, YamlNode> values = new LinkedHashMap<>();
        map.entries().forEach((k, e) -> values.put(k, e.value()));
        return new FrontMatter(values, PageSettings.of(map), close + 1, yaml.toString());
    }

    /** Front matter with just a title, for a page the generator makes. */
    public static FrontMatter titled(String title) {
        return parse("---\ntitle: '" + title.replace("'", "''") + "'\n---\n", "(generated)");
    }
}
