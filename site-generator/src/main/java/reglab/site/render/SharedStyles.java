package reglab.site.render;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps one copy per page of each stylesheet diagrams share. The renderer moves Mermaid's CSS
 * from each diagram's svg id to a class named after a hash of the CSS, and puts it in
 * {@code <style data-shared="mermaid-css-<hash>">} inside the svg; every diagram drawn with the
 * same CSS (same family, theme and look) carries an identical copy. A {@code <style>} inside an
 * inline svg applies to the whole document, so the first copy on the page is enough: the later
 * ones are removed. Rules tied to one diagram's elements stay in a plain {@code <style>} of that
 * diagram and are not touched.
 */
public final class SharedStyles {

    /**
     * The renderer's own markup. An svg {@code <style>}'s text is serialized with {@code <} escaped,
     * so the first {@code <} after the start tag is the end tag's.
     */
    private static final Pattern SHARED = Pattern.compile("<style data-shared=\"(mermaid-css-[0-9a-f]+)\">[^<]*</style>");

    private SharedStyles() {
    }

    /** {@code html} with every shared stylesheet after its first occurrence removed. */
    public static String onceEach(String html) {
        Matcher m = SHARED.matcher(html);
        Set<String> seen = new HashSet<>();
        StringBuilder sb = null;
        int last = 0;
        while (m.find()) {
            if (seen.add(m.group(1))) {
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(html.length());
            }
            sb.append(html, last, m.start());
            last = m.end();
        }
        return sb == null ? html : sb.append(html, last, html.length()).toString();
    }
}
