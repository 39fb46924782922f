package reglab.site.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.ColorScheme;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reglab.site.bundle.SingleFileEdition;
import reglab.site.pipeline.BuildOptions;
import reglab.site.pipeline.SiteBuilder;
import reglab.site.render.browser.BrowserRenderer;
import reglab.site.render.browser.HeadlessChromium;
import reglab.site.testing.Axe;
import reglab.site.testing.BuiltContent;
import reglab.site.testing.FakeRenderer;
import reglab.site.testing.LiveExperiments;

/**
 * No accessibility violations (axe-core, the rules in {@link Axe#TAGS}: WCAG 2.0 to 2.2 at levels
 * A and AA and axe's best practices) on every page of the built content site and of the
 * documentation fixture, and in the single-file edition's shell with the start page in its frame.
 *
 * <p>Each page is read from {@code file://} at desktop and phone width, with its experiments
 * trained, in four themes: the system's light and dark ({@code prefers-color-scheme}) and the
 * site's toggle flipping each (so both the media query's and the toggle's rules are read). Every
 * {@code <details>} is opened, so what the navigation sections and the diagrams' sources hold is
 * checked too; on one page of each site the search results are also shown and, on a phone, the
 * navigation drawer. Prints the number of violations per page, width and theme; fails listing
 * each violation once with every place it occurs.
 */
class AccessibilityInBrowserTest {

    /** A viewport, and the system theme the page is loaded in (then switched), so both first paints are read. */
    enum Width {
        DESKTOP("desktop 1280", 1280, 900, ColorScheme.LIGHT),
        PHONE("phone 390", 390, 844, ColorScheme.DARK);

        final String label;
        final int width;
        final int height;
        final ColorScheme loadedIn;

        Width(String label, int width, int height, ColorScheme loadedIn) {
            this.label = label;
            this.width = width;
            this.height = height;
            this.loadedIn = loadedIn;
        }
    }

    /** The system setting, whether the reader clicked the site's toggle, and the theme that results. */
    enum Theme {
        LIGHT("light", ColorScheme.LIGHT, false, "light"),
        DARK("dark", ColorScheme.DARK, false, "dark"),
        TOGGLED_DARK("toggle>dark", ColorScheme.LIGHT, true, "dark"),
        TOGGLED_LIGHT("toggle>light", ColorScheme.DARK, true, "light");

        final String label;
        final ColorScheme system;
        final boolean toggled;
        final String effective;

        Theme(String label, ColorScheme system, boolean toggled, String effective) {
            this.label = label;
            this.system = system;
            this.toggled = toggled;
            this.effective = effective;
        }
    }

    /** What is shown besides the page itself. */
    enum State {
        PAGE(""), SEARCH(" +search"), DRAWER(" +drawer");

        final String suffix;

        State(String suffix) {
            this.suffix = suffix;
        }
    }

    @TempDir
    static Path tmp;
    static HeadlessChromium chromium;
    static Path content;
    static Path docs;
    static String axeVersion;

    @BeforeAll
    static void buildAndLaunch() {
        chromium = HeadlessChromium.launch();
        content = BuiltContent.site(chromium);
        docs = tmp.resolve("docs");
        // Built as for the offline editions, so the 404 page's links stay relative despite the fixture's
        // base_url and the page reads from file:// like the others.
        try (BrowserRenderer searchIndexer = new BrowserRenderer(null, chromium)) {
            new SiteBuilder(BuildOptions.of(Path.of("src/test/resources/docs-site"), docs, null).forOffline(),
                    new PrintStream(new ByteArrayOutputStream())).build(new FakeRenderer(searchIndexer));
        }
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void everyPageOfTheContentSite() throws IOException {
        Report report = new Report("content");
        checkSite(report, content, "LICENSE.html", "elastic net");
        report.finish();
    }

    @Test
    void everyPageOfTheDocumentationFixture() throws IOException {
        Report report = new Report("docs-site");
        checkSite(report, docs, "guide/markdown/alerts.html", "search");
        report.finish();
    }

    /** The shell around the frame, and the start page in the frame (axe reads into the frame from the shell). */
    @Test
    void theSingleFileShellAndThePageInIt() {
        Path single = SingleFileEdition.write(content, tmp.resolve("dist/reglab.html"));
        Report report = new Report("single file");
        for (Width width : Width.values()) {
            try (BrowserContext context = context(width)) {
                Page page = context.newPage();
                page.navigate(single.toUri().toString());
                page.waitForFunction("() => { const f = document.getElementById('reglab-page');"
                        + " return f && f.dataset.page === 'index.html' && f.contentDocument.readyState === 'complete'; }");
                Function<Page, Frame> frame = p -> p.querySelector("#reglab-page").contentFrame();
                checkLoadedPage(report, page, frame, "reglab.html#/index.html", width, false, null);
                page.close();
            }
        }
        report.finish();
    }

    private static BrowserContext context(Width width) {
        return chromium.browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(width.width, width.height).setColorScheme(width.loadedIn));
    }

    private static void checkSite(Report report, Path site, String extrasPage, String query) throws IOException {
        List<String> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(f -> f.toString().endsWith(".html") && !site.relativize(f).startsWith("assets"))
                    .map(f -> site.relativize(f).toString().replace('\\', '/')).sorted().toList();
        }
        assertTrue(pages.contains(extrasPage), extrasPage + " is a page of " + pages);
        for (Width width : Width.values()) {
            try (BrowserContext context = context(width)) {
                for (String path : pages) {
                    Page page = context.newPage();
                    page.navigate(site.resolve(path).toUri().toString());
                    checkLoadedPage(report, page, Page::mainFrame, path, width, path.equals(extrasPage), query);
                    page.close();
                }
            }
        }
    }

    /**
     * Waits for the fonts and for every experiment (each scrolled to, so it starts) to finish
     * training, opens every details
     * element, then runs axe in each theme (and with the extras, in each of their states).
     */
    private static void checkLoadedPage(Report report, Page page, Function<Page, Frame> document, String path, Width width,
            boolean extras, String query) {
        long loading = System.nanoTime();
        Frame doc = document.apply(page);
        doc.evaluate("() => document.fonts.ready");
        LiveExperiments.scrollThrough(doc);
        try {
            doc.waitForFunction("() => [...document.querySelectorAll('.reglab-applet')]"
                    + ".every(a => ['finished', 'stopped-early', 'diverged', 'error'].includes(a.dataset.reglabState))",
                    null, new Frame.WaitForFunctionOptions().setTimeout(180_000));
        } catch (PlaywrightException e) {
            throw new AssertionError(path + " at " + width + ": experiments still training after 180 s: "
                    + doc.evaluate("() => [...document.querySelectorAll('.reglab-applet')].map(a => a.dataset.reglabId + ' '"
                    + " + a.dataset.reglabState + ' epoch ' + a.dataset.reglabEpoch + ' (' + a.querySelector('.reglab-status')?.textContent + ')').join('; ')"), e);
        }
        Object failed = doc.evaluate("() => [...document.querySelectorAll('.reglab-applet[data-reglab-state=error]')]"
                + ".map(a => a.textContent).join('; ')");
        assertEquals("", failed, path + ": an experiment failed");
        doc.evaluate("() => document.querySelectorAll('details').forEach(d => d.open = true)");
        report.time(path, width, "load", System.nanoTime() - loading);
        for (Theme theme : Theme.values()) {
            applyTheme(page, doc, theme);
            long axe = System.nanoTime();
            report.add(path, State.PAGE, width, theme, Axe.run(page));
            report.time(path, width, "axe", System.nanoTime() - axe);
            if (extras) {
                doc.fill("#search-input", query);
                doc.waitForSelector("#search-results a");
                report.add(path, State.SEARCH, width, theme, Axe.run(page));
                doc.fill("#search-input", "");
                doc.evaluate("() => document.activeElement.blur()");
                if (width == Width.PHONE) {
                    doc.click(".nav-toggle");
                    doc.waitForFunction("() => getComputedStyle(document.getElementById('site-nav')).visibility === 'visible'");
                    report.add(path, State.DRAWER, width, theme, Axe.run(page));
                    doc.click(".nav-toggle");
                    doc.waitForFunction("() => getComputedStyle(document.getElementById('site-nav')).visibility === 'hidden'");
                }
            }
        }
        if (axeVersion == null) {
            axeVersion = Axe.version(page);
        }
    }

    /** Sets the system theme, clears the remembered choice, clicks the toggle if asked, and checks the theme in effect. */
    private static void applyTheme(Page page, Frame doc, Theme theme) {
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(theme.system));
        doc.evaluate("() => { localStorage.removeItem('reglab-theme'); delete document.documentElement.dataset.theme; }");
        if (theme.toggled) {
            doc.click(".theme-toggle");
        }
        assertEquals(theme.effective, doc.evaluate("() => getComputedStyle(document.documentElement).colorScheme"),
                theme.label + ": the theme in effect");
        // The experiments redraw their canvases on the theme change; let a frame pass.
        doc.evaluate("async () => { const frame = " + LiveExperiments.NEXT_FRAME + "; await frame(); await frame(); }");
    }

    /** Violations by page, state, width and theme: a table of counts, and each violation once with where it occurs. */
    static final class Report {
        final String site;
        final long start = System.nanoTime();
        final Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        final Map<String, List<String>> where = new LinkedHashMap<>();
        final Map<String, String> message = new LinkedHashMap<>();
        final Map<String, Long> nanos = new LinkedHashMap<>();
        int runs;

        Report(String site) {
            this.site = site;
        }

        void add(String path, State state, Width width, Theme theme, List<Axe.Violation> found) {
            runs++;
            String row = path + state.suffix;
            String column = width.label + " " + theme.label;
            counts.computeIfAbsent(row, k -> new LinkedHashMap<>()).merge(column, found.size(), Integer::sum);
            for (Axe.Violation v : found) {
                String key = row + ": " + v.rule() + " (" + v.impact() + ") " + v.target();
                where.computeIfAbsent(key, k -> new ArrayList<>()).add(column);
                message.putIfAbsent(key, v.message());
            }
        }

        /** Time spent loading a page (with its experiments' training) or in axe, for the printed summary. */
        void time(String path, Width width, String what, long elapsed) {
            nanos.merge(path + " " + width.label + " " + what, elapsed, Long::sum);
        }

        void finish() {
            StringBuilder out = new StringBuilder();
            out.append(String.format("%s: axe-core %s, rules %s; %d runs in %.1f s; violations per page, width and theme:%n",
                    site, axeVersion, String.join(",", Axe.TAGS), runs, (System.nanoTime() - start) / 1e9));
            int widest = Math.max(4, counts.keySet().stream().mapToInt(String::length).max().orElse(0));
            out.append(String.format("  %-" + widest + "s", ""));
            for (Width w : Width.values()) {
                out.append(String.format(" | %-" + (13 * Theme.values().length - 1) + "s", w.label));
            }
            out.append(String.format("%n  %-" + widest + "s", "page"));
            for (Width w : Width.values()) {
                out.append(" |");
                for (Theme t : Theme.values()) {
                    out.append(String.format(" %12s", t.label));
                }
            }
            out.append(System.lineSeparator());
            counts.forEach((row, cells) -> {
                out.append(String.format("  %-" + widest + "s", row));
                for (Width w : Width.values()) {
                    out.append(" |");
                    for (Theme t : Theme.values()) {
                        Integer n = cells.get(w.label + " " + t.label);
                        out.append(String.format(" %12s", n == null ? "-" : n.toString()));
                    }
                }
                out.append(System.lineSeparator());
            });
            out.append("  seconds loading (with training) / in axe (the page's four themes):").append(System.lineSeparator());
            nanos.forEach((key, t) -> out.append(String.format("    %-50s %6.1f%n", key, t / 1e9)));
            System.out.print(out);
            StringBuilder failures = new StringBuilder();
            where.forEach((key, places) -> failures.append(site).append('/').append(key).append(" [")
                    .append(places.size() == counts.get(key.substring(0, key.indexOf(": "))).size() ? "every width and theme"
                            : String.join(", ", places))
                    .append("]: ").append(message.get(key)).append(System.lineSeparator()));
            System.out.print(failures);
            assertTrue(where.isEmpty(), where.size() + " violations (each listed once with where it occurs):"
                    + System.lineSeparator() + failures);
        }
    }
}
