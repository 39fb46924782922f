package reglab.site.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reglab.site.pipeline.BuildOptions;
import reglab.site.pipeline.SiteBuilder;
import reglab.site.render.browser.BrowserRenderer;
import reglab.site.render.browser.HeadlessChromium;
import reglab.site.testing.FakeRenderer;
import reglab.site.testing.LiveExperiments;

/**
 * The documentation fixture ({@code src/test/resources/docs-site}) read in Chromium from
 * {@code file://}: sections open and close by keyboard, callouts readable in both themes (contrast
 * measured on the rendered colours), images reserve their box (no layout shift, with a page
 * without the sizes as the negative control), footnotes link both ways, and search forgives on a
 * second site. Screenshots go to {@code target/docs-*.png}.
 */
class DocsSiteInBrowserTest {

    @TempDir
    static Path tmp;
    static Path out;
    static HeadlessChromium chromium;
    static final List<String> problems = new ArrayList<>();

    @BeforeAll
    static void buildAndLaunch() {
        out = tmp.resolve("site");
        chromium = HeadlessChromium.launch();
        try (BrowserRenderer searchIndexer = new BrowserRenderer(null, chromium)) {
            new SiteBuilder(BuildOptions.of(Path.of("src/test/resources/docs-site"), out, null),
                    new PrintStream(new ByteArrayOutputStream())).build(new FakeRenderer(searchIndexer));
        }
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    static Page open(BrowserContext context, String path) {
        Page p = context.newPage();
        p.onConsoleMessage(m -> {
            if (m.type().equals("error")) {
                problems.add(path + ": " + m.text());
            }
        });
        p.onPageError(e -> problems.add(path + ": " + e));
        int hash = path.indexOf('#');
        p.navigate(hash < 0 ? out.resolve(path).toUri().toString() : out.resolve(path.substring(0, hash)).toUri() + path.substring(hash));
        return p;
    }

    static BrowserContext context(ColorScheme scheme) {
        return chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setColorScheme(scheme));
    }

    @Test
    void sectionsOpenAndCloseByKeyboardAndMarkTheCurrentPage() {
        try (BrowserContext context = context(ColorScheme.LIGHT)) {
            Page p = open(context, "guide/markdown/alerts.html");
            assertEquals(List.of(false, true, true, false, false), p.evaluate(
                    "() => [...document.querySelectorAll('#site-nav details')].map(d => d.open)"), "Guide and Markdown are open");
            assertEquals("alerts.html", p.evaluate("() => document.querySelector('#site-nav [aria-current=page]').getAttribute('href')"));
            p.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/docs-sections.png")));
            // Tab from the skip link reaches the first section's summary; Enter and Space toggle it.
            p.keyboard().press("Tab");
            for (int i = 0; i < 10 && !Boolean.TRUE.equals(p.evaluate("() => document.activeElement.tagName === 'SUMMARY'")); i++) {
                p.keyboard().press("Tab");
            }
            assertEquals("Getting started", p.evaluate("() => document.activeElement.textContent"));
            p.keyboard().press("Enter");
            assertEquals(true, p.evaluate("() => document.activeElement.parentElement.open"));
            p.keyboard().press("Space");
            assertEquals(false, p.evaluate("() => document.activeElement.parentElement.open"));
            assertTrue(!"none".equals(p.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")),
                    "the focused summary shows a focus ring");
        }
    }

    /** Contrast of each callout's title and text against the callout's rendered background (WCAG 2.1 relative luminance). */
    @SuppressWarnings("unchecked")
    @Test
    void calloutsAreReadableInBothThemes() {
        for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
            try (BrowserContext context = context(scheme)) {
                Page p = open(context, "guide/markdown/alerts.html");
                List<Map<String, Object>> rows = (List<Map<String, Object>>) p.evaluate("() => {"
                        + "  const rgb = c => { const v = c.match(/[\\d.]+/g).slice(0, 3).map(Number);"
                        + "    return c.startsWith('color(srgb') ? v.map(x => x * 255) : v; };"
                        + "  const lum = ([r, g, b]) => [r, g, b].map(v => { v /= 255; return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })"
                        + "    .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);"
                        + "  const ratio = (a, b) => { const x = lum(rgb(a)), y = lum(rgb(b)); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };"
                        + "  return [...document.querySelectorAll('.callout')].map(c => {"
                        + "    const bg = getComputedStyle(c).backgroundColor;"
                        + "    return { type: c.className, title: ratio(getComputedStyle(c.querySelector('.callout-title')).color, bg),"
                        + "      text: ratio(getComputedStyle(c.querySelector('p:not(.callout-title)')).color, bg), bg };"
                        + "  }); }");
                assertEquals(5, rows.size());
                for (Map<String, Object> row : rows) {
                    double title = ((Number) row.get("title")).doubleValue();
                    double text = ((Number) row.get("text")).doubleValue();
                    System.out.printf("%s %-30s title %.2f text %.2f on %s%n", scheme, row.get("type"), title, text, row.get("bg"));
                    assertTrue(title >= 4.5, scheme + " " + row.get("type") + " title contrast " + title);
                    assertTrue(text >= 4.5, scheme + " " + row.get("type") + " text contrast " + text);
                }
                p.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/docs-callouts-" + scheme.name().toLowerCase() + ".png")));
            }
        }
    }

    /** Cumulative layout shift while the images load: none with the sizes the build wrote, some without them. */
    @Test
    void imagesReserveTheirBoxSoNothingMoves() throws IOException {
        String withSizes = Files.readString(out.resolve("guide/images.html"));
        Files.writeString(out.resolve("guide/images-unsized.html"), withSizes.replaceAll(" (width|height)=\"\\d+\"", ""));
        try (BrowserContext context = context(ColorScheme.LIGHT)) {
            double sized = layoutShift(open(context, "guide/images.html"));
            double unsized = layoutShift(open(context, "guide/images-unsized.html"));
            System.out.printf("layout shift while images load: %.4f with sizes, %.4f without%n", sized, unsized);
            assertEquals(0.0, sized, 1e-9);
            assertTrue(unsized > 0.001, "the negative control shows the shift the sizes prevent: " + unsized);
        }
    }

    private static double layoutShift(Page p) {
        p.evaluate("() => { window.__shift = 0; new PerformanceObserver(l => l.getEntries().forEach(e => {"
                + " if (!e.hadRecentInput) window.__shift += e.value; })).observe({ type: 'layout-shift', buffered: true }); }");
        p.evaluate("async () => { const frame = " + LiveExperiments.NEXT_FRAME + ";"
                + " for (let y = 0; y <= document.body.scrollHeight; y += 300) { scrollTo(0, y); await frame(); await frame(); } }");
        p.waitForFunction("() => [...document.querySelectorAll('article img')].every(i => i.complete && i.naturalWidth > 0)");
        p.evaluate("() => new Promise(r => setTimeout(r, 200))");
        return ((Number) p.evaluate("() => window.__shift")).doubleValue();
    }

    @Test
    void footnotesLinkToTheNoteAndBack() {
        try (BrowserContext context = context(ColorScheme.LIGHT)) {
            Page p = open(context, "guide/markdown/footnotes.html");
            p.click("sup.footnote-ref a >> nth=0");
            assertEquals("#fn:1", p.evaluate("() => location.hash"));
            assertTrue(((String) p.evaluate("() => document.querySelector(':target').textContent")).contains("Srivastava"));
            p.click("[id='fn:1'] a.footnote-backref");
            assertEquals("#fnref:1", p.evaluate("() => location.hash"));
            assertEquals("Back to reference 1", p.evaluate("() => document.querySelector('a.footnote-backref').getAttribute('aria-label')"));
        }
    }

    @Test
    void searchForgivesOnAnotherSiteToo() {
        try (BrowserContext context = context(ColorScheme.DARK)) {
            Page p = open(context, "about.html");
            p.locator("#search-input").pressSequentially("dropuot");
            p.waitForSelector("#search-results a");
            assertEquals("guide/markdown/footnotes.html#footnotes",
                    p.evaluate("() => document.querySelector('#search-results a').getAttribute('href')"));
            p.fill("#search-input", "");
            p.locator("#search-input").pressSequentially("first ste");
            p.waitForSelector("#search-results a");
            assertEquals("Your first steps with the fixture", p.textContent("#search-results a .search-heading"));
            p.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/docs-search-dark.png")));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theNavigationDrawerOnAPhoneShowsTheSections() {
        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
            Page p = open(context, "reference/api/search.html");
            p.click(".nav-toggle");
            p.waitForFunction("() => getComputedStyle(document.getElementById('site-nav')).visibility === 'visible'");
            assertEquals(List.of(false, false, false, true, true), p.evaluate(
                    "() => [...document.querySelectorAll('#site-nav details')].map(d => d.open)"));
            p.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/docs-mobile-nav.png")));
        }
    }
}
