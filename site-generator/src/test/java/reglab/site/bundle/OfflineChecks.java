package reglab.site.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import reglab.site.testing.LiveExperiments;

/**
 * The checks every offline edition must pass in Chromium, on whatever frame shows a page of the
 * site (the single file's page frame, or the unpacked zip's page itself). Records every request
 * and console error of its browser context from the moment it is created.
 */
final class OfflineChecks {

    /** The document's diagrams and formulas (issue 2), counted independently of the bundler. */
    static final int DIAGRAMS = 7;
    static final int FORMULAS = 16;
    /** A word only the document's last section ("Summary Diagram of ...", with the licenses) has. */
    static final String LAST_SECTION_WORD = "official";
    static final String LAST_SECTION = "Summary Diagram of Regularization Techniques";

    final List<String> requests = new ArrayList<>();
    final List<String> errors = new ArrayList<>();

    OfflineChecks(BrowserContext context) {
        context.onRequest(r -> requests.add(r.url()));
        context.onRequestFailed(r -> errors.add("request failed: " + r.url() + " " + r.failure()));
        context.onPage(this::watch);
    }

    void watch(Page page) {
        page.onConsoleMessage(m -> {
            if (m.type().equals("error")) {
                errors.add("console: " + m.text());
            }
        });
        page.onPageError(e -> errors.add("page error: " + e));
    }

    /**
     * Diagrams are inline SVG, formulas typeset, and every KaTeX face the formulas use (family,
     * italic or not, bold or not) is loaded: the bundle keeps only the faces in use.
     */
    static void diagramsFormulasAndFonts(Frame page) {
        page.waitForSelector(".diagram-canvas > svg");
        assertEquals(DIAGRAMS, page.locator(".diagram-canvas > svg").count(), "inline SVG diagrams");
        assertEquals(FORMULAS, page.locator(".katex").count(), "typeset formulas");
        Object missing = page.evaluate("async () => {"
                + "  await document.fonts.ready;"
                + "  const bold = w => (w === 'bold' ? 700 : w === 'normal' ? 400 : parseInt(w, 10)) >= 600;"
                + "  const face = (family, style, weight) => family.replace(/[\"']/g, '').trim()"
                + "      + (style === 'normal' ? '' : ' italic') + (bold(weight) ? ' bold' : '');"
                + "  const loaded = new Set([...document.fonts].filter(f => f.status === 'loaded')"
                + "      .map(f => face(f.family, f.style, f.weight)));"
                + "  const used = new Set();"
                + "  document.querySelectorAll('.katex-html *').forEach(e => {"
                + "    if (!e.childNodes.length || ![...e.childNodes].some(n => n.nodeType === 3 && n.data.trim())) return;"
                + "    const s = getComputedStyle(e);"
                + "    used.add(face(s.fontFamily.split(',')[0], s.fontStyle, s.fontWeight));"
                + "  });"
                + "  return [...used].filter(f => f.startsWith('KaTeX') && !loaded.has(f)).join(', ');"
                + "}");
        assertEquals("", missing, "KaTeX fonts used by the formulas but not loaded");
    }

    /**
     * Types a word from the last section into the search box (whose engine and index load only then)
     * and follows the first result, which must lead to that section. {@code current} gives the frame showing the page after navigation.
     */
    static void searchFindsTheLastSection(Frame page, Supplier<Frame> current) {
        assertEquals("undefined undefined", page.evaluate("typeof MiniSearch + ' ' + typeof REGLAB_SEARCH_CONFIG"),
                "search loads nothing before the box is used");
        page.locator("#search-input").fill(LAST_SECTION_WORD);
        page.waitForSelector("#search-results a");
        String first = page.locator("#search-results a").first().textContent();
        assertTrue(first.contains(LAST_SECTION), "first search result: " + first);
        page.locator("#search-results a").first().click();
        Frame after = current.get();
        after.waitForFunction("() => location.hash.length > 1 && document.getElementById(decodeURIComponent(location.hash.slice(1)))");
        String heading = (String) after.evaluate("document.getElementById(decodeURIComponent(location.hash.slice(1))).textContent");
        assertTrue(heading.contains(LAST_SECTION), "search result led to: " + heading);
    }

    /**
     * Every experiment on the page mounts and, once scrolled to, trains: its epoch counter advances and it ends in no
     * error state; then the console API trains a playground network to the end and its loss falls.
     * Returns how many experiments the page has.
     */
    static int everyExperimentTrains(Frame page, String expectedBackend) {
        int count = page.locator(".reglab-applet").count();
        page.evaluate("() => window.reglab.ready");
        assertEquals(expectedBackend, page.evaluate("() => window.reglab.backend"));
        LiveExperiments.scrollThrough(page);
        page.waitForFunction("() => [...document.querySelectorAll('.reglab-applet')].every(e =>"
                + " +e.getAttribute('data-reglab-epoch') >= 3 || /finished|stopped-early/.test(e.getAttribute('data-reglab-state')))");
        Object states = page.evaluate("() => [...document.querySelectorAll('.reglab-applet')]"
                + ".map(e => e.getAttribute('data-reglab-state')).filter(s => s === 'error' || s === 'diverged').length");
        assertEquals(0, ((Number) states).intValue(), "experiments in an error or diverged state");
        Object loss = page.evaluate("() => window.reglab.train('experiment=playground&dataset=xor&epochs=40')"
                + ".then(h => [h.loss[0], h.loss[h.loss.length - 1]])");
        java.util.List<?> ends = (java.util.List<?>) loss;
        assertTrue(((Number) ends.get(1)).doubleValue() < 0.6 * ((Number) ends.get(0)).doubleValue(),
                "the console API's training run: loss from " + ends.get(0) + " to " + ends.get(1));
        return count;
    }

    /** Every request went to file:, data: or blob:, and nothing logged an error. */
    void nothingRemoteNoErrors() {
        List<String> remote = requests.stream()
                .filter(u -> !(u.startsWith("file:") || u.startsWith("data:") || u.startsWith("blob:")))
                .toList();
        assertEquals(List.of(), remote, "requests that were not file:, data: or blob:");
        assertTrue(!requests.isEmpty(), "the page made no requests at all: was it opened?");
        assertEquals(List.of(), errors, "console errors and failed requests");
    }
}
