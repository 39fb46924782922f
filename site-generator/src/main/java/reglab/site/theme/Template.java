package reglab.site.theme;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page skeleton with {@code {{name}}} slots. Values are inserted as given (callers escape text);
 * a slot without a value is a bug in the theme and fails loudly instead of leaking "{{x}}" to readers.
 */
public final class Template {

    private static final Pattern SLOT = Pattern.compile("\\{\\{([a-zA-Z]+)}}");

    private final String name;
    private final String text;

    public Template(String name, String text) {
        this.name = name;
        this.text = text;
    }

    public String fill(Map<String, String> values) {
        Matcher m = SLOT.matcher(text);
        int length = text.length();
        for (String v : values.values()) {
            length += v.length();
        }
        // Appended as they are: appendReplacement would scan a page's whole article (hundreds of
        // KB with its diagrams) for '$' and '\\' twice, the largest part of the assemble stage.
        StringBuilder sb = new StringBuilder(length);
        int last = 0;
        while (m.find()) {
            String v = values.get(m.group(1));
            if (v == null) {
                throw new IllegalStateException("theme template " + name + " has slot {{" + m.group(1) + "}} with no value");
            }
            sb.append(text, last, m.start()).append(v);
            last = m.end();
        }
        return sb.append(text, last, text.length()).toString();
    }
}
