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
        StringBuilder sb = new StringBuilder(text.length() * 2);
        while (m.find()) {
            String v = values.get(m.group(1));
            if (v == null) {
                throw new IllegalStateException("theme template " + name + " has slot {{" + m.group(1) + "}} with no value");
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(v));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
