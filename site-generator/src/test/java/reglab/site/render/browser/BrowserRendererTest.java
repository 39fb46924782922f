package reglab.site.render.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reglab.site.SiteException;
import reglab.site.render.RenderKind;
import reglab.site.render.RenderListener;
import reglab.site.render.RenderRequest;
import reglab.site.render.RenderResult;
import reglab.site.render.SourceLocation;

/**
 * Renders in real headless Chromium: one browser for the whole class and one shared renderer
 * (page); tests about fresh renderers or the disk cache open their own.
 */
class BrowserRendererTest {

    private static final Path CONTENT = Path.of("..", "content", "index.md");
    /** Mermaid's node fill and border in its dark and default themes, as the browser serializes the CSS. */
    private static final String DARK_NODE = "fill: rgb(31, 32, 32); stroke: rgb(204, 204, 204);";
    private static final String LIGHT_NODE = "fill: rgb(236, 236, 255); stroke: rgb(147, 112, 219);";
    private static HeadlessChromium chromium;
    private static BrowserRenderer shared;
    private static List<String> diagrams;

    @BeforeAll
    static void start() throws IOException {
        chromium = HeadlessChromium.launch();
        shared = new BrowserRenderer(null, chromium);
        diagrams = new ArrayList<>();
        Matcher m = Pattern.compile("```mermaid\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(CONTENT));
        while (m.find()) {
            diagrams.add(m.group(1));
        }
        assertEquals(7, diagrams.size(), "the document has 7 Mermaid diagrams");
    }

    @AfterAll
    static void stop() {
        if (shared != null) {
            shared.close();
        }
        if (chromium != null) {
            chromium.close();
        }
    }

    private static RenderRequest req(RenderKind kind, String source, String language) {
        return new RenderRequest(kind, source, language, new SourceLocation(Path.of("test.md"), 1));
    }

    private static RenderResult one(BrowserRenderer r, RenderRequest request) {
        return r.renderAll(List.of(request)).get(request.key());
    }

    @Test
    void documentDiagramsAreLaidOutByElkInTheHandDrawnLookAndDarkTheme() {
        {
            BrowserRenderer r = shared;
            List<RenderRequest> elk = new ArrayList<>();
            List<RenderRequest> dagre = new ArrayList<>();
            List<RenderRequest> classic = new ArrayList<>();
            for (String d : diagrams) {
                assertTrue(d.contains("layout: elk") && d.contains("look: handDrawn"), d);
                elk.add(req(RenderKind.MERMAID, d, ""));
                // What Mermaid does when a layout is not registered: it silently falls back to dagre.
                dagre.add(req(RenderKind.MERMAID, d.replace("layout: elk", "layout: not-registered"), ""));
                classic.add(req(RenderKind.MERMAID, d.replace("look: handDrawn", "look: classic"), ""));
            }
            List<RenderRequest> all = new ArrayList<>(elk);
            all.addAll(dagre);
            all.addAll(classic);
            int batches = r.batchCount();
            Map<String, RenderResult> out = r.renderAll(all);
            assertEquals(batches + 1, r.batchCount(), "one batch for everything");
            int dagreDiagonals = 0;
            for (int i = 0; i < elk.size(); i++) {
                String e = out.get(elk.get(i).key()).html();
                String g = out.get(dagre.get(i).key()).html();
                String c = out.get(classic.get(i).key()).html();
                assertTrue(e.startsWith("<div class=\"diagram-canvas diagram-canvas-dark\"><svg "), "drawn once, in its own theme: " + e.substring(0, 80));
                assertEquals(1, SvgGeometry.count(e, "<svg "), "one drawing for a diagram that names its theme");
                assertFalse(SvgGeometry.edges(e).isEmpty(), "diagram " + i + " has edges");
                assertEquals(0, SvgGeometry.nonOrthogonalEdges(e), "ELK routes every edge orthogonally, diagram " + i);
                assertNotEquals(SvgGeometry.edges(e).get(0)[0], SvgGeometry.edges(g).get(0)[0] + 1e-9,
                        "sanity: coordinates are numbers");
                assertNotEquals(e.replace(elk.get(i).key().substring(0, 12), ""),
                        g.replace(dagre.get(i).key().substring(0, 12), ""), "the fallback lays out diagram " + i + " differently");
                dagreDiagonals += SvgGeometry.nonOrthogonalEdges(g);
                // Hand-drawn: roughjs paths in nodes marked rough-node; the classic look draws plain rects.
                assertTrue(SvgGeometry.count(e, "class=\"rough-node") > 0, "hand-drawn nodes, diagram " + i);
                assertEquals(0, SvgGeometry.count(e, "<rect class=\"basic label-container\""), "no classic rects, diagram " + i);
                assertEquals(0, SvgGeometry.count(c, "class=\"rough-node"), "classic look is not rough, diagram " + i);
                assertTrue(SvgGeometry.count(c, "<rect class=\"basic label-container\"") > 0, "classic rects, diagram " + i);
                assertTrue(e.contains("data-look=\"handDrawn\""));
            }
            // The orthogonality check catches the silent fallback (it fails on 5 of the 7 fallback layouts).
            assertTrue(dagreDiagonals > 0, "the fallback layout of the same diagrams has diagonal edges");

            // theme: dark from the front matter: Mermaid's dark palette (node fill #1f2020), not the default one.
            RenderRequest light = req(RenderKind.MERMAID, diagrams.get(0).replace("theme: dark", "theme: default"), "");
            String lightSvg = one(r, light).html();
            for (RenderRequest q : elk) {
                assertTrue(out.get(q.key()).html().contains(DARK_NODE), "dark theme");
            }
            assertFalse(lightSvg.contains(DARK_NODE), "the default theme is not dark");
            assertTrue(lightSvg.contains(LIGHT_NODE), "the default theme's node fill");
            assertTrue(lightSvg.startsWith("<div class=\"diagram-canvas diagram-canvas-light\"><svg "), "on the light canvas");
        }
    }

    @Test
    void diagramsAreAccessibleAndTheirIdsUniqueAndDeterministic() {
        {
            BrowserRenderer r = shared;
            List<RenderRequest> reqs = diagrams.stream().map(d -> req(RenderKind.MERMAID, d, "")).toList();
            Map<String, RenderResult> out = r.renderAll(reqs);
            Set<String> seen = new HashSet<>();
            for (RenderRequest q : reqs) {
                String svg = out.get(q.key()).html();
                String prefix = "mermaid-" + q.key().substring(0, BrowserRenderer.ID_LENGTH);
                assertEquals(prefix, SvgGeometry.ids(svg).get(0), "the svg's id");
                for (String id : SvgGeometry.ids(svg)) {
                    assertTrue(id.startsWith(prefix), "id " + id + " carries the diagram prefix");
                    assertTrue(seen.add(id), "id " + id + " is unique across the page");
                }
                assertTrue(svg.contains("role=\"img\""));
                assertTrue(svg.contains("aria-labelledby=\"" + prefix + "-title\""));
                assertTrue(svg.contains("aria-describedby=\"" + prefix + "-desc\""));
                assertTrue(svg.contains("<title id=\"" + prefix + "-title\">"));
                assertTrue(svg.contains("<desc id=\"" + prefix + "-desc\">"));
            }
            String first = out.get(reqs.get(0).key()).html();
            assertTrue(first.contains("Edges: Model Complexity → Optimal Complexity; Optimal Complexity → Underfitting;"), first);
            String fifth = out.get(reqs.get(4).key()).html();
            assertTrue(fifth.contains("Overfitting → Poor_Generalization (Leads to)"), "edge labels in the text alternative");
        }
    }

    @Test
    void aDiagramThatNamesNoThemeIsDrawnForTheLightAndForTheDarkPageTheme() {
        RenderRequest q = req(RenderKind.MERMAID, "flowchart LR\n  A[Train] -->|overfits| B[Regularize]\n", "");
        String html = one(shared, q).html();
        String id = "mermaid-" + q.key().substring(0, BrowserRenderer.ID_LENGTH);
        int split = html.indexOf("<div class=\"diagram-canvas diagram-canvas-dark diagram-dark\"><svg ");
        assertTrue(html.startsWith("<div class=\"diagram-canvas diagram-canvas-light diagram-light\"><svg "), html.substring(0, 80));
        assertTrue(split > 0, "a second drawing, for the dark theme");
        String light = html.substring(0, split);
        String dark = html.substring(split);
        for (String[] drawing : new String[][] {{light, id + "-light"}, {dark, id + "-dark"}}) {
            List<String> ids = SvgGeometry.ids(drawing[0]);
            assertEquals(drawing[1], ids.get(0));
            assertTrue(ids.stream().allMatch(i -> i.startsWith(drawing[1])), ids.toString());
            assertTrue(drawing[0].contains("<title id=\"" + drawing[1] + "-title\">Flowchart with 2 nodes and 1 edges</title>"));
            assertTrue(drawing[0].contains("aria-labelledby=\"" + drawing[1] + "-title\""));
        }
        assertEquals(SvgGeometry.ids(html).size(), SvgGeometry.idSet(html).size(), "ids unique across both drawings");
        assertTrue(light.contains(LIGHT_NODE) && !light.contains(DARK_NODE), "Mermaid's default theme");
        assertTrue(dark.contains(DARK_NODE) && !dark.contains(LIGHT_NODE), "Mermaid's dark theme");
        // The dark theme's edge-label background, darkened from #585858 (4.4:1 under #ccc) to #444850.
        assertTrue(dark.contains(".edgeLabel { background-color: rgb(68, 72, 80);"), "edge labels readable on dark");
    }

    @Test
    void mermaidsCssIsSharedByDiagramsDrawnAlike() {
        RenderRequest a = req(RenderKind.MERMAID, "flowchart LR\n  A --> B\n", "");
        RenderRequest b = req(RenderKind.MERMAID, "flowchart TB\n  C --> D --> E\n", "");
        RenderRequest styled = req(RenderKind.MERMAID, "flowchart LR\n  A --> B\n  classDef hot fill:#f96\n  class A hot\n", "");
        Map<String, RenderResult> out = shared.renderAll(List.of(a, b, styled));
        Pattern name = Pattern.compile("<style data-shared=\"(mermaid-css-[0-9a-f]{12})\">([^<]*)</style>");
        List<String> names = new ArrayList<>();
        for (RenderRequest q : List.of(a, b, styled)) {
            Matcher m = name.matcher(out.get(q.key()).html());
            assertTrue(m.find(), "light drawing's stylesheet");
            names.add(m.group(1));
            assertFalse(m.group(2).contains("#mermaid-"), "scoped by the class, not by an id");
            assertTrue(m.group(2).startsWith("." + m.group(1) + " { font-family: "), m.group(2).substring(0, 60));
            assertTrue(out.get(q.key()).html().matches("(?s)<div[^>]*><svg [^>]*class=\"[^\"]*\\b" + m.group(1) + "\\b.*"),
                    "the svg carries the class");
        }
        assertEquals(names.get(0), names.get(1), "two flowcharts in one theme share their CSS");
        assertNotEquals(names.get(0), names.get(2), "a classDef makes the CSS a diagram's own");
    }

    @Test
    void optimizationRoundsPathDataToATenthAndLeavesTheRestAsMermaidDrewIt() {
        List<RenderRequest> reqs = diagrams.stream().map(d -> req(RenderKind.MERMAID, d, "")).toList();
        Map<String, RenderResult> optimized = shared.renderAll(reqs);
        Map<String, RenderResult> raw;
        try (BrowserRenderer r = BrowserRenderer.unoptimized(chromium)) {
            raw = r.renderAll(reqs);
        }
        Pattern pathData = Pattern.compile(" d=\"([^\"]*)\"");
        Pattern tooPrecise = Pattern.compile("\\.\\d\\d");
        long rawBytes = 0;
        long optimizedBytes = 0;
        for (RenderRequest q : reqs) {
            String o = optimized.get(q.key()).html();
            String w = raw.get(q.key()).html();
            rawBytes += w.length();
            optimizedBytes += o.length();
            Matcher m = pathData.matcher(o);
            int paths = 0;
            while (m.find()) {
                paths++;
                assertFalse(tooPrecise.matcher(m.group(1)).find(), "path data rounded to a tenth: " + m.group(1));
            }
            assertTrue(paths > 10);
            assertTrue(tooPrecise.matcher(w).find(), "Mermaid's own output has full precision");
            assertEquals(SvgGeometry.count(w, "<path"), SvgGeometry.count(o, "<path"), "no path removed or merged");
            assertEquals(SvgGeometry.ids(w), SvgGeometry.ids(o), "the same elements, the same ids");
            assertEquals(between(w, "<desc", "</desc>"), between(o, "<desc", "</desc>"), "the same text alternative");
            List<double[]> before = SvgGeometry.edges(w);
            List<double[]> after = SvgGeometry.edges(o);
            assertEquals(before.size(), after.size());
            for (int i = 0; i < before.size(); i++) {
                for (int j = 0; j < before.get(i).length; j++) {
                    assertEquals(before.get(i)[j], after.get(i)[j], 0.05 + 1e-9, "edge point rounded to a tenth");
                }
            }
            assertTrue(w.contains("<style>#mermaid-") && !w.contains("data-shared"), "unoptimized: Mermaid's own <style>");
        }
        assertTrue(optimizedBytes * 3 < rawBytes, "a third of the weight or less: " + optimizedBytes + " of " + rawBytes);
    }

    private static String between(String s, String from, String to) {
        int i = s.indexOf(from);
        return s.substring(i, s.indexOf(to, i));
    }

    @Test
    void twoFreshRenderersProduceByteIdenticalOutput() {
        List<RenderRequest> reqs = new ArrayList<>(diagrams.stream().map(d -> req(RenderKind.MERMAID, d, "")).toList());
        // Mermaid names a git commit without an id from Math.random: seeded per diagram, it comes out the same.
        reqs.add(req(RenderKind.MERMAID, "gitGraph\n  commit\n  branch l2\n  commit\n  checkout main\n  merge l2\n", ""));
        reqs.add(req(RenderKind.MATH_DISPLAY, "\\lambda \\sum_{i=1}^{n} |\\theta_i|", ""));
        reqs.add(req(RenderKind.CODE, "model.add(Dense(64, kernel_regularizer=l2(0.01)))", "python"));
        Map<String, RenderResult> a;
        Map<String, RenderResult> b;
        try (BrowserRenderer r = new BrowserRenderer(null, chromium)) {
            a = r.renderAll(reqs);
        }
        try (BrowserRenderer r = new BrowserRenderer(null, chromium)) {
            // Reverse order: output must not depend on what the page rendered before (the cache
            // mixes stored and fresh renders).
            List<RenderRequest> reversed = new ArrayList<>(reqs);
            Collections.reverse(reversed);
            b = r.renderAll(reversed);
        }
        assertEquals(reqs.size(), a.size());
        for (RenderRequest q : reqs) {
            assertTrue(a.get(q.key()).isOk(), () -> a.get(q.key()).error());
            assertEquals(a.get(q.key()).html(), b.get(q.key()).html(), "byte-identical " + q.kind());
        }
    }

    @Test
    void severalPagesShareABatchAndGiveWhatOnePageGives() {
        List<RenderRequest> reqs = new ArrayList<>(diagrams.stream().map(d -> req(RenderKind.MERMAID, d, "")).toList());
        reqs.add(req(RenderKind.MERMAID, "graph LR\n  a --> b\n  b -->", ""));
        for (int i = 0; i < 6; i++) {
            reqs.add(req(RenderKind.MERMAID, "graph LR\n  a" + i + "[Step " + i + "] --> b" + i + "{Check}", ""));
        }
        for (int i = 0; i < 30; i++) {
            reqs.add(req(RenderKind.MATH_INLINE, "x_{" + i + "}^2", ""));
        }
        reqs.add(req(RenderKind.CODE, "import numpy as np", "python"));
        Map<String, RenderResult> one;
        try (BrowserRenderer r = new BrowserRenderer(null, chromium, 1)) {
            one = r.renderAll(reqs);
            assertEquals(1, r.pageCount());
        }
        List<String> heard = new ArrayList<>();
        int[] started = new int[3];
        RenderListener listener = new RenderListener() {
            @Override
            public void started(int distinct, int cached, int workers) {
                started[0] = distinct;
                started[1] = cached;
                started[2] = workers;
            }

            @Override
            public void rendered(RenderRequest request) {
                heard.add(request.key());
            }
        };
        try (BrowserRenderer r = new BrowserRenderer(null, chromium, 3)) {
            List<RenderRequest> reversed = new ArrayList<>(reqs);
            Collections.reverse(reversed);
            Map<String, RenderResult> three = r.renderAll(reversed, listener);
            assertEquals(2, r.pageCount(), "14 diagrams and 31 small items: two pages' worth of work, within 3");
            assertEquals(1, r.batchCount());
            assertEquals(List.of(reqs.size(), 0, 2), List.of(started[0], started[1], started[2]));
            assertEquals(reqs.size(), heard.size(), "every item reported once");
            assertEquals(Set.copyOf(one.keySet()), Set.copyOf(heard));
            assertEquals(one, three, "the same results, byte for byte, whichever page drew what");
            assertFalse(three.get(reqs.get(7).key()).isOk(), "the broken diagram fails on its own");
            assertTrue(three.get(reqs.get(0).key()).isOk());

            // The pages stay open for the next batch, which renders only what is new.
            Map<String, RenderResult> again = r.renderAll(List.of(reqs.get(0), req(RenderKind.MATH_INLINE, "y^3", "")));
            assertEquals(2, r.pageCount());
            assertEquals(2, r.batchCount());
            assertTrue(again.get(req(RenderKind.MATH_INLINE, "y^3", "").key()).html().contains("katex"));
        }
    }

    @Test
    void mermaidIsLoadedOnlyWhenTheFirstDiagramArrives() {
        try (BrowserRenderer r = new BrowserRenderer(null, chromium, 1)) {
            List<RenderRequest> text = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                text.add(req(RenderKind.MATH_INLINE, "z_{" + i + "}", ""));
            }
            text.add(req(RenderKind.CODE, "print(1)", "python"));
            text.add(req(RenderKind.SEARCH_INDEX, "[{\"i\":0,\"u\":\"a.html\",\"p\":\"A\",\"h\":\"A\",\"t\":\"alpha\",\"l\":1}]", ""));
            Map<String, RenderResult> first = r.renderAll(text);
            assertTrue(first.values().stream().allMatch(RenderResult::isOk), first.toString());
            List<String> before = r.requestedUrls();
            assertTrue(before.stream().anyMatch(u -> u.contains("/vendor/katex/")), before.toString());
            assertTrue(before.stream().noneMatch(u -> u.contains("mermaid") || u.contains("svgo")),
                    "formulas, code and the search index load no Mermaid: " + before);

            RenderResult diagram = one(r, req(RenderKind.MERMAID, diagrams.get(0), ""));
            assertTrue(diagram.isOk(), diagram.toString());
            assertTrue(diagram.html().contains("<svg"));
            List<String> after = r.requestedUrls();
            assertTrue(after.stream().anyMatch(u -> u.endsWith("/page/mermaid-diagram.mjs")), after.toString());
            assertTrue(after.stream().anyMatch(u -> u.contains("/vendor/mermaid/")), after.toString());
            assertEquals(1, r.pageCount(), "the same page loaded it");
        }
        try (BrowserRenderer r = new BrowserRenderer(null, chromium, 1)) {
            r.prelaunch(true);
            r.renderPageForTests().waitForFunction("() => performance.getEntriesByType('resource')"
                    + ".some((e) => e.name.endsWith('/page/mermaid-diagram.mjs'))");
            assertEquals(0, r.batchCount(), "told to expect diagrams, the page loads Mermaid before any batch");
        }
    }

    @Test
    void aWarmUpDrawsTheLastDiagramAgainAndTouchesNoCacheOrCount(@TempDir Path cache) {
        RenderRequest d = req(RenderKind.MERMAID, diagrams.get(1), "");
        RenderRequest f = req(RenderKind.MATH_INLINE, "q^2", "");
        try (BrowserRenderer r = new BrowserRenderer(cache, chromium, 1)) {
            r.renderAll(List.of(f, d));
        }
        try (BrowserRenderer r = new BrowserRenderer(cache, chromium, 1)) {
            Map<String, RenderResult> cached = r.renderAll(List.of(f, d));
            assertEquals(0, r.pageCount(), "everything came from the disk cache");
            r.warmUp();
            assertEquals(1, r.warmUpCount());
            assertEquals(0, r.renderedCount(), "the warm-up is not a render of the build");
            assertEquals(0, r.batchCount());
            assertTrue(r.requestedUrls().stream().anyMatch(u -> u.endsWith("/page/mermaid-diagram.mjs")),
                    "the page loaded Mermaid to draw the diagram: " + r.requestedUrls());
            assertEquals(cached, r.renderAll(List.of(f, d)), "the caches still give what they gave");
            assertEquals(0, r.renderedCount());
        }
        try (BrowserRenderer r = new BrowserRenderer(null, chromium, 1)) {
            r.renderAll(List.of(f));
            r.warmUp();
            assertEquals(0, r.warmUpCount(), "no diagram was asked for: nothing to warm up");
        }
    }

    @Test
    void aRenderPageThatThrowsStopsTheBatchWithItsMessage() {
        try (BrowserRenderer r = new BrowserRenderer(null, chromium, 1)) {
            r.renderAll(List.of(req(RenderKind.MATH_INLINE, "a", "")));
            r.renderPageForTests().evaluate("() => { window.reglab.renderBatch = async () => { throw new Error('boom'); }; }");
            SiteException e = assertThrows(SiteException.class,
                    () -> r.renderAll(List.of(req(RenderKind.MATH_INLINE, "b", ""))));
            assertTrue(e.getMessage().startsWith("the build-time browser failed while rendering: Error: boom"), e.getMessage());
        }
    }

    /**
     * A page that never hands a chunk back (its render function never settles, or never returns)
     * fails the batch after the stall bound with the chunk's source locations, is closed, and the
     * next batch renders in a new page.
     */
    @Test
    void aRenderPageThatNeverFinishesIsGivenUpNamingWhereItsItemsComeFrom() {
        try (BrowserRenderer r = new BrowserRenderer(null, chromium, 1)) {
            r.renderAll(List.of(req(RenderKind.MATH_INLINE, "a", "")));
            r.stallAfterForTests(1);
            for (String never : List.of("() => new Promise(() => {})", "() => { for (;;) {} }")) {
                r.renderPageForTests().evaluate("() => { window.reglab.renderBatch = " + never + "; }");
                RenderRequest stuck = new RenderRequest(RenderKind.MATH_INLINE, "x_" + never.length(), "",
                        new SourceLocation(Path.of("docs", "page.md"), 7));
                SiteException e = assertThrows(SiteException.class, () -> r.renderAll(List.of(stuck)), never);
                assertTrue(e.getMessage().startsWith("rendering stopped: the build-time browser worked for 1 s on 1 item "
                        + "without finishing"), e.getMessage());
                assertTrue(e.getMessage().contains(Path.of("docs", "page.md") + ":7 (math inline)"), e.getMessage());
                RenderRequest next = req(RenderKind.MATH_INLINE, "y_" + never.length(), "");
                assertTrue(r.renderAll(List.of(next)).get(next.key()).isOk(), "a new page renders the next batch");
            }
        }
    }

    /** A search index's documents (SearchIndex.java's shape): {@code sections} sections, the first one's text ending in {@code word}. */
    private static String searchDocuments(int sections, String word) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < sections; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"i\":").append(i).append(",\"u\":\"page.html#s").append(i)
                    .append("\",\"p\":\"Page\",\"h\":\"Section ").append(i).append("\",\"t\":\"weight decay shrinks the weights of section ")
                    .append(i).append(i == 0 ? " " + word : "").append("\",\"l\":").append(i == 0 ? 1 : 0).append('}');
        }
        return sb.append(']').toString();
    }

    @Test
    void aResultGoesAsADeltaAgainstTheSlotsLastAndAWrongDeltaIsSentWhole() {
        RenderRequest v1 = req(RenderKind.SEARCH_INDEX, searchDocuments(40, "alpha"), "");
        RenderRequest v2 = req(RenderKind.SEARCH_INDEX, searchDocuments(40, "beta"), "");
        RenderRequest v3 = req(RenderKind.SEARCH_INDEX, searchDocuments(40, "gamma"), "");
        Map<String, RenderResult> whole;
        try (BrowserRenderer fresh = new BrowserRenderer(null, chromium, 1)) {
            whole = fresh.renderAll(List.of(v2, v3));
        }
        try (BrowserRenderer r = new BrowserRenderer(null, chromium, 1)) {
            r.renderAll(List.of(v1));
            // Count the deltas the page hands over; the third batch's are made wrong on the way.
            r.renderPageForTests().evaluate("""
                    () => {
                      const handOff = window.reglab.handOff;
                      window.deltasSent = 0;
                      window.reglab.handOff = async (items, results) => {
                        const out = await handOff(items, results);
                        for (const result of out) {
                          if (result.delta === undefined) continue;
                          window.deltasSent++;
                          if (window.spoil) result.delta.sha256 = '0'.repeat(64);
                        }
                        return out;
                      };
                    }""");
            assertEquals(whole.get(v2.key()), one(r, v2), "the delta against v1 rebuilt v2 exactly");
            assertEquals(1, ((Number) r.renderPageForTests().evaluate("() => window.deltasSent")).intValue(),
                    "v2 went as a delta");
            r.renderPageForTests().evaluate("() => { window.spoil = true; }");
            assertEquals(whole.get(v3.key()), one(r, v3), "the spoiled delta was refused and v3 sent whole");
            assertEquals(2, ((Number) r.renderPageForTests().evaluate("() => window.deltasSent")).intValue());
        }
    }

    @Test
    void formulasBecomeKatexHtmlWithMathml() {
        {
            BrowserRenderer r = shared;
            RenderResult display = one(r, req(RenderKind.MATH_DISPLAY, "J(\\theta) + \\lambda \\|\\theta\\|_2^2", ""));
            RenderResult inline = one(r, req(RenderKind.MATH_INLINE, "\\theta_i ", ""));
            assertTrue(display.html().startsWith("<span class=\"katex-display\">"), display.html());
            assertTrue(display.html().contains("<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"block\">"));
            assertTrue(display.html().contains("class=\"katex-html\""));
            assertTrue(inline.html().startsWith("<span class=\"katex\">"), inline.html());
            assertTrue(inline.html().contains("<mi>θ</mi>"), "θ in MathML");
        }
    }

    @Test
    void invalidTexAndMermaidFailWithMessageAndLine() {
        {
            BrowserRenderer r = shared;
            RenderResult tex = one(r, req(RenderKind.MATH_DISPLAY, "a + b \\\\\n c + \\notacommand", ""));
            assertFalse(tex.isOk());
            assertTrue(tex.error().startsWith("KaTeX parse error: Undefined control sequence: \\notacommand"), tex.error());
            assertEquals(2, tex.line());
            RenderResult unbalanced = one(r, req(RenderKind.MATH_INLINE, "\\frac{1", ""));
            assertFalse(unbalanced.isOk());
            assertTrue(unbalanced.error().contains("expected '}'"), unbalanced.error());

            String bad = "---\nconfig:\n  layout: elk\n---\ngraph TD\n    A --> B\n    B -->> C\n";
            RenderResult mermaid = one(r, req(RenderKind.MERMAID, bad, ""));
            assertFalse(mermaid.isOk());
            assertTrue(mermaid.error().startsWith("Mermaid diagram error: Parse error on line 3"), mermaid.error());
            assertEquals(7, mermaid.line(), "line within the fence, front matter included");
            // A failure does not poison the page: the next diagram still renders.
            assertTrue(one(r, req(RenderKind.MERMAID, "graph LR\n  X --> Y\n", "")).isOk());
        }
    }

    @Test
    void codeIsHighlightedAndUnknownLanguagesAreEscaped() {
        {
            BrowserRenderer r = shared;
            RenderResult py = one(r, req(RenderKind.CODE, "def f(x):\n    return x < 1", "python"));
            assertEquals("<pre><code class=\"hljs language-python\"><span class=\"hljs-keyword\">def</span> "
                    + "<span class=\"hljs-title function_\">f</span>(<span class=\"hljs-params\">x</span>):\n"
                    + "    <span class=\"hljs-keyword\">return</span> x &lt; <span class=\"hljs-number\">1</span></code></pre>",
                    py.html());
            RenderResult unknown = one(r, req(RenderKind.CODE, "a < b && \"c\"", "no-such-language"));
            assertEquals("<pre><code class=\"hljs language-no-such-language\">a &lt; b &amp;&amp; &quot;c&quot;</code></pre>",
                    unknown.html());
            RenderResult hostile = one(r, req(RenderKind.CODE, "x", "a\" onclick=\"b"));
            assertEquals("<pre><code class=\"hljs\">x</code></pre>", hostile.html());
        }
    }

    @Test
    void theDiskCacheSkipsWhatWasRenderedBefore(@TempDir Path cache) throws IOException {
        Path stale = cache.resolve("0123456789abcdef").resolve("ab").resolve("cd.html");
        Files.createDirectories(stale.getParent());
        Files.writeString(stale, "made with other library versions");
        Files.writeString(cache.resolve("keep.txt"), "not a cache generation");
        RenderRequest d = req(RenderKind.MERMAID, diagrams.get(0), "");
        RenderRequest f = req(RenderKind.MATH_INLINE, "x^2", "");
        RenderRequest c = req(RenderKind.CODE, "print(1)", "python");
        Map<String, RenderResult> first;
        try (BrowserRenderer r = new BrowserRenderer(cache, chromium)) {
            first = r.renderAll(List.of(d, f, c, d));
            assertEquals(3, r.renderedCount(), "duplicates render once");
            r.renderAll(List.of(d, f));
            assertEquals(3, r.renderedCount(), "a second build in the same renderer renders nothing");
        }
        assertFalse(Files.exists(stale.getParent().getParent()), "entries of other library versions are pruned");
        assertTrue(Files.exists(cache.resolve("keep.txt")));
        RenderRequest changed = req(RenderKind.MATH_INLINE, "x^3", "");
        try (BrowserRenderer r = new BrowserRenderer(cache, chromium)) {
            Map<String, RenderResult> second = r.renderAll(List.of(d, f, c, changed));
            assertEquals(1, r.renderedCount(), "only the changed formula is rendered");
            assertEquals(first.get(d.key()).html(), second.get(d.key()).html());
            assertEquals(4, second.size());
        }
        try (BrowserRenderer r = new BrowserRenderer(cache, chromium)) {
            r.renderAll(List.of(d, f, c, changed));
            assertEquals(0, r.renderedCount());
            assertEquals(0, r.batchCount(), "nothing new: the page is never opened");
        }
    }

    @Test
    void theDriverRunsFromTheExtractedCacheWithTheSystemNode() {
        Path node = Path.of("/usr/bin/node");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(node), "no system node here");
        // The render pages need no driver; code that wants Playwright's API on the browser starts it.
        assertTrue(chromium.browser().isConnected());
        // Our own child processes: Playwright's driver is `node <driver dir>/package/cli.js run-driver`.
        List<String> drivers = ProcessHandle.current().children()
                .map(p -> p.info().commandLine().orElse(""))
                .filter(c -> c.contains("package/cli.js"))
                .toList();
        assertFalse(drivers.isEmpty(), "a Playwright driver process is running");
        String cli = System.getProperty("playwright.cli.dir");
        for (String d : drivers) {
            assertTrue(d.startsWith(node + " " + cli + "/package/cli.js"), d);
        }
        assertTrue(cli.startsWith(PlaywrightDriver.cacheRoot().toString()), cli);
    }

    @Test
    void theRenderPageMakesNoNetworkRequests() {
        {
            BrowserRenderer r = shared;
            List<RenderRequest> reqs = new ArrayList<>(diagrams.stream().map(d -> req(RenderKind.MERMAID, d, "")).toList());
            reqs.add(req(RenderKind.MATH_DISPLAY, "\\sum_i w_i^2", ""));
            reqs.add(req(RenderKind.CODE, "import numpy as np", "python"));
            r.renderAll(reqs);
            List<String> urls = r.requestedUrls();
            assertFalse(urls.isEmpty());
            java.net.URI page = java.net.URI.create(r.renderPageForTests().url());
            String origin = page.getScheme() + "://" + page.getRawAuthority();
            assertTrue(origin.startsWith("http://127.0.0.1:"), "the page's files come from the loopback interface: " + origin);
            for (String u : urls) {
                assertTrue(u.startsWith(origin + "/"), "request stayed at the page's origin: " + u);
            }
            assertEquals(List.of(), r.blockedUrls());
            // And the guard works: a request to the outside is aborted and recorded.
            Object outcome = r.renderPageForTests().evaluate(
                    "() => fetch('https://example.com/x').then(() => 'fetched', () => 'blocked')");
            assertEquals("blocked", outcome);
            r.renderPageForTests().waitUntil(() -> !r.blockedUrls().isEmpty(), 10);
            assertEquals(List.of("https://example.com/x"), r.blockedUrls());
        }
    }
}
