package reglab.site.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.ElementHandle;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.Media;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reglab.site.pipeline.BuildOptions;
import reglab.site.pipeline.SiteBuilder;
import reglab.site.render.RenderKind;
import reglab.site.render.RenderRequest;
import reglab.site.render.RenderResult;
import reglab.site.render.SourceLocation;
import reglab.site.render.browser.BrowserRenderer;
import reglab.site.render.browser.HeadlessChromium;

/**
 * Diagrams as a reader sees them, in real Chromium: one diagram of every Mermaid family
 * ({@code src/test/resources/diagram-families}) and the document's seven ({@code ../content}),
 * built with the real renderer and opened from disk. Every text of every diagram reads at 4.5:1 or
 * more against what is drawn behind it in both page themes; the drawing for the page's theme is
 * the one shown, by CSS alone (system setting, remembered toggle, print, no script); the
 * optimized diagrams look like Mermaid's own drawings (screenshots compared pixel by pixel); each
 * shared stylesheet is on a page once. The families page in both themes and the drawing that
 * optimization changed most (before and after) go to {@code target/diagrams-*.png}.
 */
class DiagramsInBrowserTest {

    static final Path FAMILIES = Path.of("src/test/resources/diagram-families");
    static final Path CONTENT = Path.of("..", "content");

    /**
     * The bound on optimization's visible change: at most this fraction of a diagram's pixels may
     * differ by more than {@value #CHANNEL_STEP} (of 255) in some colour channel. Rounding path data
     * to a tenth of a pixel moves anti-aliased edges by a shade; it may not move a line or a label.
     */
    static final double MAX_CHANGED_PIXELS = 0.001;
    static final int CHANNEL_STEP = 64;

    @TempDir
    static Path tmp;
    static HeadlessChromium chromium;
    static Path families;
    static Path document;
    /** Mermaid's own drawings (unoptimized) of each built page's diagrams, in page order. */
    static List<String> rawFamilies;
    static List<String> rawDocument;

    @BeforeAll
    static void build() throws IOException {
        chromium = HeadlessChromium.launch();
        families = tmp.resolve("families");
        document = tmp.resolve("document");
        try (BrowserRenderer renderer = new BrowserRenderer(null, chromium)) {
            PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
            new SiteBuilder(BuildOptions.of(FAMILIES, families, null), quiet).build(renderer);
            new SiteBuilder(BuildOptions.of(CONTENT, document, null), quiet).build(renderer);
        }
        try (BrowserRenderer raw = BrowserRenderer.unoptimized(chromium)) {
            rawFamilies = drawings(raw, FAMILIES.resolve("index.md"));
            rawDocument = drawings(raw, CONTENT.resolve("index.md"));
        }
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    /** The page's Mermaid fences, rendered without optimization, in page order. */
    static List<String> drawings(BrowserRenderer renderer, Path markdown) throws IOException {
        List<RenderRequest> requests = new ArrayList<>();
        Matcher m = Pattern.compile("```mermaid\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(markdown));
        while (m.find()) {
            requests.add(new RenderRequest(RenderKind.MERMAID, m.group(1), "", new SourceLocation(markdown, 1)));
        }
        Map<String, RenderResult> results = renderer.renderAll(requests);
        return requests.stream().map(r -> {
            RenderResult result = results.get(r.key());
            assertTrue(result.isOk(), () -> result.error());
            return result.html();
        }).toList();
    }

    static Map<String, Path> sites() {
        Map<String, Path> sites = new LinkedHashMap<>();
        sites.put("families", families);
        sites.put("document", document);
        return sites;
    }

    static Page open(BrowserContext context, Path site) {
        Page page = context.newPage();
        page.navigate(site.resolve("index.html").toUri().toString());
        page.evaluate("() => document.fonts.ready");
        return page;
    }

    static BrowserContext context(ColorScheme scheme) {
        return chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1440, 1000).setColorScheme(scheme));
    }

    /** The figure's one visible canvas (asserting there is exactly one). */
    static ElementHandle visibleCanvas(ElementHandle figure, String where) {
        List<ElementHandle> visible = figure.querySelectorAll(".diagram-canvas").stream().filter(ElementHandle::isVisible).toList();
        assertEquals(1, visible.size(), where + ": one drawing shown");
        return visible.get(0);
    }

    static String label(ElementHandle figure) {
        return figure.getAttribute("aria-label");
    }

    @Test
    void everyTextOfEveryDiagramReadsAtAaContrastInBothThemes() {
        List<TextContrast.Failure> failures = new ArrayList<>();
        Map<String, Integer> measured = new LinkedHashMap<>();
        for (Map.Entry<String, Path> site : sites().entrySet()) {
            for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
                String name = site.getKey() + " " + scheme.name().toLowerCase();
                try (BrowserContext context = context(scheme)) {
                    Page page = open(context, site.getValue());
                    if (site.getKey().equals("families")) {
                        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                                .setPath(Path.of("target/diagrams-" + name.replace(' ', '-') + ".png")));
                    }
                    List<ElementHandle> canvases = new ArrayList<>();
                    List<String> wheres = new ArrayList<>();
                    for (ElementHandle figure : page.querySelectorAll("figure.diagram")) {
                        wheres.add(name + ", " + label(figure));
                        canvases.add(visibleCanvas(figure, wheres.get(wheres.size() - 1)));
                    }
                    TextContrast.Result r = TextContrast.measure(page, canvases, wheres);
                    failures.addAll(r.failures());
                    measured.put(name, r.measured());
                }
            }
        }
        assertEquals(List.of(), failures, "texts below " + TextContrast.MINIMUM + ":1 (" + measured + " texts measured)");
        // One diagram of each of the 37 families plus one with its own theme (352 texts), and the
        // document's seven (103): all of them measured.
        assertTrue(measured.get("families light") >= 340 && measured.get("families dark") >= 340, measured.toString());
        assertTrue(measured.get("document light") >= 100 && measured.get("document dark") >= 100, measured.toString());
    }

    @Test
    void theContrastMeasurementFindsUnreadableText() {
        try (BrowserContext context = context(ColorScheme.LIGHT)) {
            Page page = context.newPage();
            page.setContent("<div id=c style=\"background:#fff;padding:8px\"><svg width=300 height=120 xmlns=\"http://www.w3.org/2000/svg\">"
                    + "<rect width=300 height=60 fill=\"#888\"/><text x=10 y=35 fill=\"#777\" font-size=20>grey on grey</text>"
                    + "<text x=160 y=35 fill=\"#000\" font-size=20>black</text><text x=10 y=95 fill=\"#000\" font-size=20>on white</text>"
                    + "<foreignObject x=160 y=70 width=140 height=40><div xmlns=\"http://www.w3.org/1999/xhtml\" "
                    + "style=\"color:#bbb;font-size:20px\">pale html</div></foreignObject></svg></div>");
            TextContrast.Result r = TextContrast.measure(page, page.querySelector("#c"), "control");
            assertEquals(4, r.measured());
            assertEquals(List.of("grey on grey", "pale html"), r.failures().stream().map(TextContrast.Failure::text).toList());
            // #777 on #888: 1.26:1; #bbb on white: 1.92:1.
            assertEquals(1.26, r.failures().get(0).ratio(), 0.01);
            assertEquals(1.92, r.failures().get(1).ratio(), 0.01);
        }
        assertEquals(21.0, TextContrast.ratio(new double[] {0, 0, 0}, new double[] {255, 255, 255}), 1e-9);
        assertEquals(4.48, TextContrast.ratio(new double[] {0x77, 0x77, 0x77}, new double[] {255, 255, 255}), 0.01);
    }

    @Test
    void theDrawingForThePageThemeIsShownByCssAloneAndPrintShowsTheLightOne() {
        record Case(String name, ColorScheme scheme, String stored, boolean script, boolean print, String shown) {
        }
        List<Case> cases = List.of(
                new Case("system light", ColorScheme.LIGHT, null, true, false, "light"),
                new Case("system dark", ColorScheme.DARK, null, true, false, "dark"),
                new Case("system dark, toggled to light", ColorScheme.DARK, "light", true, false, "light"),
                new Case("system light, toggled to dark", ColorScheme.LIGHT, "dark", true, false, "dark"),
                new Case("system dark, no script", ColorScheme.DARK, null, false, false, "dark"),
                new Case("print from dark", ColorScheme.DARK, "dark", true, true, "light"));
        for (Case c : cases) {
            try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions()
                    .setViewportSize(1440, 1000).setColorScheme(c.scheme()).setJavaScriptEnabled(c.script()))) {
                if (c.stored() != null) {
                    context.addInitScript("localStorage.setItem('reglab-theme', '" + c.stored() + "')");
                }
                for (Map.Entry<String, Path> site : sites().entrySet()) {
                    Page page = open(context, site.getValue());
                    if (c.print()) {
                        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
                    }
                    // Per figure: the classes of each drawing and whether it is shown.
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> figures = (List<Map<String, Object>>) page.evaluate("() => [...document.querySelectorAll("
                            + "'figure.diagram')].map(f => ({ label: f.getAttribute('aria-label'), drawings: [...f.querySelectorAll("
                            + "'.diagram-canvas')].map(c => c.className + (c.checkVisibility() ? ' shown' : ''))}))");
                    assertTrue(figures.size() >= 7);
                    for (Map<String, Object> figure : figures) {
                        String where = c.name() + ", " + site.getKey() + ", " + figure.get("label");
                        @SuppressWarnings("unchecked")
                        List<String> drawings = (List<String>) figure.get("drawings");
                        List<String> shown = drawings.stream().filter(d -> d.endsWith(" shown")).toList();
                        assertEquals(1, shown.size(), where + ": one drawing shown of " + drawings);
                        if (drawings.size() == 2) {
                            assertEquals("diagram-canvas diagram-canvas-" + c.shown() + " diagram-" + c.shown() + " shown", shown.get(0), where);
                        } else {
                            // A diagram with its own theme: one drawing, shown in every mode.
                            assertEquals(1, drawings.size(), where);
                        }
                    }
                    page.close();
                }
            }
        }
    }

    @Test
    void optimizedDiagramsLookLikeMermaidsOwnInBothThemes() throws IOException {
        List<String> over = new ArrayList<>();
        double worst = 0;
        String worstAt = "";
        int compared = 0;
        for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
            for (Map.Entry<String, Path> site : sites().entrySet()) {
                List<String> raw = site.getKey().equals("families") ? rawFamilies : rawDocument;
                try (BrowserContext context = context(scheme)) {
                    // One page at a time (a page in the background gets no animation frames, which
                    // screenshots wait for): the built page, then the same page with each figure's
                    // drawings replaced by Mermaid's own.
                    Page page = open(context, site.getValue());
                    List<String> labels = page.querySelectorAll("figure.diagram").stream().map(DiagramsInBrowserTest::label).toList();
                    assertEquals(raw.size(), labels.size());
                    List<byte[]> after = canvasScreenshots(page, labels);
                    page.evaluate("raw => { document.querySelectorAll('figure.diagram').forEach((f, i) => {"
                            + " f.querySelectorAll('.diagram-canvas').forEach(c => c.remove());"
                            + " f.insertAdjacentHTML('afterbegin', raw[i]); }); return document.fonts.ready; }", raw);
                    List<byte[]> before = canvasScreenshots(page, labels);
                    for (int i = 0; i < labels.size(); i++) {
                        String where = scheme.name().toLowerCase() + ", " + site.getKey() + ", " + labels.get(i);
                        byte[] a = before.get(i);
                        byte[] b = after.get(i);
                        double changed = changedPixels(a, b, where);
                        compared++;
                        if (changed > worst) {
                            worst = changed;
                            worstAt = where;
                            Files.write(Path.of("target/diagrams-worst-before.png"), a);
                            Files.write(Path.of("target/diagrams-worst-after.png"), b);
                        }
                        if (changed > MAX_CHANGED_PIXELS) {
                            over.add(String.format("%s: %.3f%%", where, 100 * changed));
                        }
                    }
                }
            }
        }
        System.out.printf("diagrams before/after optimization: %d screenshots compared, worst %.3f%% of pixels changed by"
                + " more than %d/255 (%s); bound %.1f%%%n", compared, 100 * worst, CHANNEL_STEP, worstAt, 100 * MAX_CHANGED_PIXELS);
        assertTrue(compared >= 2 * (38 + 7), "compared " + compared);
        assertEquals(List.of(), over, "diagrams changed visibly by optimization");
    }

    /** Screenshots of each figure's visible drawing, in page order. */
    static List<byte[]> canvasScreenshots(Page page, List<String> labels) {
        List<ElementHandle> figures = page.querySelectorAll("figure.diagram");
        List<byte[]> shots = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            shots.add(visibleCanvas(figures.get(i), labels.get(i)).screenshot());
        }
        return shots;
    }

    /** The fraction of pixels whose colour differs by more than {@link #CHANNEL_STEP} in a channel. */
    static double changedPixels(byte[] pngA, byte[] pngB, String where) throws IOException {
        BufferedImage a = ImageIO.read(new ByteArrayInputStream(pngA));
        BufferedImage b = ImageIO.read(new ByteArrayInputStream(pngB));
        // The same size, give or take the one pixel by which rounding the drawing's box to a tenth of
        // a pixel can move its last row or column at some positions on the page; pixels are
        // compared over the common area, so a changed drawing still shows.
        assertTrue(Math.abs(a.getWidth() - b.getWidth()) <= 1 && Math.abs(a.getHeight() - b.getHeight()) <= 1,
                where + ": same size, " + a.getWidth() + "x" + a.getHeight() + " against " + b.getWidth() + "x" + b.getHeight());
        int width = Math.min(a.getWidth(), b.getWidth());
        int height = Math.min(a.getHeight(), b.getHeight());
        long changed = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                int d = 0;
                for (int shift = 0; shift <= 16; shift += 8) {
                    d = Math.max(d, Math.abs(((p >> shift) & 0xff) - ((q >> shift) & 0xff)));
                }
                if (d > CHANNEL_STEP) {
                    changed++;
                }
            }
        }
        return (double) changed / ((long) width * height);
    }

    @Test
    void eachSharedStylesheetIsOnAPageOnceAndEveryDiagramHasItsOwn() throws IOException {
        for (Map.Entry<String, Path> site : sites().entrySet()) {
            String html = Files.readString(site.getValue().resolve("index.html"));
            List<String> styles = all(html, "<style data-shared=\"(mermaid-css-[0-9a-f]{12})\">");
            List<String> svgClasses = all(html, "<svg [^>]*class=\"[^\"]*\\b(mermaid-css-[0-9a-f]{12})\\b");
            int svgs = all(html, "(<svg [^>]*role=\"img\")").size();
            assertEquals(svgs, svgClasses.size(), site.getKey() + ": every diagram's svg has a shared class");
            assertEquals(new HashSet<>(styles).size(), styles.size(), site.getKey() + ": each stylesheet once: " + styles);
            assertEquals(new HashSet<>(svgClasses), new HashSet<>(styles), site.getKey() + ": every class has its stylesheet");
            assertTrue(styles.size() < svgs, site.getKey() + ": " + styles.size() + " stylesheets for " + svgs + " diagrams");
            assertEquals(List.of(), all(html, "(<style>)"), site.getKey() + ": no stylesheet of a single diagram left");
            assertFalse(html.matches("(?s).*<style data-shared[^>]*>[^<]*#mermaid-.*"), "shared CSS names no diagram's element");
        }
        // The document's seven diagrams are flowcharts in one theme and look: one stylesheet for all.
        assertEquals(1, all(Files.readString(document.resolve("index.html")), "<style (data-shared)=").size());
        try (BrowserContext context = context(ColorScheme.DARK)) {
            Page page = open(context, families);
            @SuppressWarnings("unchecked")
            List<Number> counts = (List<Number>) page.evaluate("() => { const ids = [...document.querySelectorAll('[id]')].map(e => e.id);"
                    + " return [ids.length, new Set(ids).size]; }");
            assertTrue(counts.get(0).intValue() > 900, "ids of 75 drawings: " + counts);
            assertEquals(counts.get(0), counts.get(1), "ids unique across 75 drawings (Mermaid repeats some within one)");
        }
    }

    static List<String> all(String text, String regex) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
