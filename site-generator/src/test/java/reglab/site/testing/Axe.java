package reglab.site.testing;

import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * axe-core, the accessibility engine behind Lighthouse's audit, run in a page of headless
 * Chromium. The library comes from npm, pinned in {@code package.json} (a devDependency) and
 * copied to the test classes by {@code src/vendor/vendor-assets.mjs}; it is put into every frame
 * of the page, and one run from the top document covers the frames too.
 */
public final class Axe {

    /**
     * The rules run: WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices, which
     * Lighthouse's accessibility audit also runs (one main landmark, heading order, unique
     * landmarks, every part of the page inside a landmark, ...).
     */
    public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

    private static final String SOURCE = read("/reglab/test-vendor/axe-core/axe.min.js");

    /** One element that breaks one rule. {@code target} is axe's CSS selector; a frame's element is {@code frame >> element}. */
    public record Violation(String rule, String impact, String target, String message) {
        @Override
        public String toString() {
            return rule + " (" + impact + ") " + target + ": " + message;
        }
    }

    private Axe() {
    }

    /** axe-core's version, as the library reports it. */
    public static String version(Page page) {
        inject(page.mainFrame());
        return (String) page.evaluate("() => axe.version");
    }

    /**
     * Every violation in the page as it is now, frames included. Runs without axe's preload of
     * the stylesheets' text, which Chromium refuses from {@code file://} (the one rule that needs
     * it, css-orientation-lock, is then not checked).
     */
    @SuppressWarnings("unchecked")
    public static List<Violation> run(Page page) {
        for (Frame frame : page.frames()) {
            inject(frame);
        }
        List<Map<String, Object>> rows = (List<Map<String, Object>>) page.evaluate("async tags => {"
                + "  const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'], preload: false });"
                + "  const selector = t => Array.isArray(t) ? t.join(' ') : t;"
                + "  return r.violations.flatMap(v => v.nodes.map(n => ({"
                + "    rule: v.id, impact: n.impact || v.impact || '', target: n.target.map(selector).join(' >> '),"
                + "    message: ([...n.any, ...n.all, ...n.none].map(c => c.message).find(m => m) || v.help).replace(/\\s+/g, ' ') })));"
                + "}", TAGS);
        List<Violation> out = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            out.add(new Violation((String) row.get("rule"), (String) row.get("impact"), (String) row.get("target"),
                    (String) row.get("message")));
        }
        return out;
    }

    /**
     * Puts axe into the frame's document once. The frames of the single-file edition are
     * same-document {@code srcdoc} frames of a {@code file://} page, whose messages carry the
     * origin "null"; axe talks to frames only at its own origin unless told otherwise.
     */
    private static void inject(Frame frame) {
        if (Boolean.TRUE.equals(frame.evaluate("() => typeof window.axe === 'object'"))) {
            return;
        }
        frame.evaluate(SOURCE);
        frame.evaluate("() => axe.configure({ allowedOrigins: ['<unsafe_all_origins>'] })");
    }

    private static String read(String resource) {
        try (InputStream in = Axe.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing: the Maven build copies it from node_modules"
                        + " (src/vendor/vendor-assets.mjs); run mvn -pl site-generator test-compile");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
