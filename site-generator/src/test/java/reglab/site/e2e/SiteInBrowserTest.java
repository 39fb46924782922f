package reglab.site.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reglab.site.html.HtmlTags;
import reglab.site.pipeline.BuildOptions;
import reglab.site.pipeline.SiteBuilder;
import reglab.site.render.browser.BrowserRenderer;
import reglab.site.render.browser.HeadlessChromium;
import reglab.site.testing.BuiltContent;

/**
 * The real content ({@code ../content}) built with the real renderer and read back in Chromium from
 * {@code file://}: 7 diagrams as SVG laid out by ELK with the hand-drawn look, 16 typeset formulas,
 * no raw TeX delimiters left in the text, no console errors, no failed or third-party requests,
 * search, links, the theme toggle, and a second cold build byte-identical to the first. One browser
 * for the second build and the reading; the first build is {@link BuiltContent}'s, shared with the
 * other browser tests of the module. Screenshots go to {@code target/site-*.png}.
 */
class SiteInBrowserTest {

    static final Path CONTENT = BuiltContent.CONTENT;

    @TempDir
    static Path tmp;
    static Path out;
    static HeadlessChromium chromium;
    static BrowserContext context;
    static Page page;
    static final List<String> problems = new ArrayList<>();
    static final List<String> requests = new ArrayList<>();

    @BeforeAll
    static void buildAndOpen() {
        chromium = HeadlessChromium.launch();
        out = BuiltContent.site(chromium);
        context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1440, 1000));
        context.onRequest(r -> requests.add(r.url()));
        context.onRequestFailed(r -> problems.add("request failed: " + r.url() + " " + r.failure()));
        page = context.newPage();
        page.onConsoleMessage(m -> {
            if (m.type().equals("error") || m.type().equals("warning")) {
                problems.add("console " + m.type() + ": " + m.text());
            }
        });
        page.onPageError(e -> problems.add("page error: " + e));
        page.navigate(url("index.html"));
        page.evaluate("() => document.fonts.ready");
    }

    @AfterAll
    static void close() {
        if (context != null) {
            context.close();
        }
        if (chromium != null) {
            chromium.close();
        }
    }

    static String url(String path) {
        int hash = path.indexOf('#');
        return hash < 0 ? out.resolve(path).toUri().toString()
                : out.resolve(path.substring(0, hash)).toUri() + path.substring(hash);
    }

    @Test
    void sevenDiagramsAsSvgLaidOutByElkWithTheHandDrawnLook() {
        assertEquals(7, ((Number) page.evaluate("() => document.querySelectorAll('figure.diagram svg').length")).intValue());
        // ELK's layered algorithm routes every edge orthogonally; dagre (Mermaid's silent fallback)
        // draws curves between diagonal points. Mermaid stores each edge's points in data-points.
        @SuppressWarnings("unchecked")
        List<Object> diagonal = (List<Object>) page.evaluate("() => Array.from(document.querySelectorAll('figure.diagram svg'))"
                + ".map(svg => Array.from(svg.querySelectorAll('[data-points]')).filter(p => {"
                + "  const pts = JSON.parse(atob(p.getAttribute('data-points')));"
                + "  for (let i = 1; i < pts.length; i++) {"
                + "    if (Math.abs(pts[i].x - pts[i-1].x) > 0.5 && Math.abs(pts[i].y - pts[i-1].y) > 0.5) return true; }"
                + "  return false; }).length)");
        @SuppressWarnings("unchecked")
        List<Object> edges = (List<Object>) page.evaluate("() => Array.from(document.querySelectorAll('figure.diagram svg'))"
                + ".map(svg => svg.querySelectorAll('[data-points]').length)");
        for (int i = 0; i < 7; i++) {
            assertTrue(((Number) edges.get(i)).intValue() > 0, "diagram " + i + " has edges");
            assertEquals(0, ((Number) diagonal.get(i)).intValue(), "diagram " + i + ": every edge orthogonal (ELK)");
        }
        @SuppressWarnings("unchecked")
        List<Object> rough = (List<Object>) page.evaluate("() => Array.from(document.querySelectorAll('figure.diagram svg'))"
                + ".map(svg => svg.querySelectorAll('.rough-node').length)");
        for (int i = 0; i < 7; i++) {
            assertTrue(((Number) rough.get(i)).intValue() > 0, "diagram " + i + " drawn with the hand-drawn look");
        }
        Object visible = page.evaluate("() => Array.from(document.querySelectorAll('figure.diagram svg'))"
                + ".every(svg => svg.getBoundingClientRect().width > 100 && svg.getBoundingClientRect().height > 50)");
        assertEquals(Boolean.TRUE, visible, "every diagram has a visible size");
    }

    @Test
    void sixteenTypesetFormulasAndNoRawDelimitersInTheText() {
        assertEquals(16, ((Number) page.evaluate("() => document.querySelectorAll('article .katex').length")).intValue());
        String text = (String) page.evaluate("() => { const a = document.querySelector('article').cloneNode(true);"
                + " a.querySelectorAll('.katex, figure.diagram, pre').forEach(e => e.remove()); return a.textContent; }");
        assertFalse(text.contains("$"), "a raw $ is left in the page text");
        assertFalse(text.contains("\\("), "a raw \\( is left in the page text");
        assertEquals(Boolean.TRUE, page.evaluate("() => document.fonts.check('16px KaTeX_Main') && document.fonts.check('16px KaTeX_Math')"));
    }

    @Test
    void noConsoleErrorsNoFailedAndNoThirdPartyRequests() {
        page.navigate(url("index.html"));
        page.evaluate("() => document.fonts.ready");
        assertEquals(List.of(), problems);
        for (String r : requests) {
            // blob: URLs are the page's own objects (the experiments' Web Workers start from one).
            assertTrue(r.startsWith("file:") || r.startsWith("data:") || r.startsWith("blob:"), "request to " + r);
        }
    }

    @Test
    void searchFindsASectionAndTakesTheReaderThere() {
        Page p = context.newPage();
        p.navigate(url("LICENSE.html"));
        p.fill("#search-input", "elastic net");
        p.waitForSelector("#search-results a");
        assertEquals("Elastic Net Regularization", p.textContent("#search-results a .search-heading"));
        p.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/site-search.png")));
        p.press("#search-input", "Enter");
        p.waitForURL("**/index.html#elastic-net-regularization");
        p.close();
    }

    /**
     * Counts, in a page, MiniSearch's ways to build an index (add, addAll, addAllAsync) and to load
     * one (loadJSON), by wrapping the library as its script defines it.
     */
    static final String COUNT_MINISEARCH = """
            window.searchCalls = { add: 0, addAll: 0, addAllAsync: 0, loadJSON: 0 };
            Object.defineProperty(window, 'MiniSearch', { configurable: true, set(lib) {
              for (const m of ['add', 'addAll', 'addAllAsync']) {
                const f = lib.prototype[m];
                lib.prototype[m] = function (...a) { window.searchCalls[m]++; return f.apply(this, a); };
              }
              const load = lib.loadJSON;
              lib.loadJSON = function (...a) { window.searchCalls.loadJSON++; return load.apply(this, a); };
              Object.defineProperty(window, 'MiniSearch', { value: lib, writable: true, configurable: true });
            } });
            """;

    /**
     * Search costs a page nothing until it is used: the engine, its options and the index are
     * requested on the box's first focus, not before; the page then loads the build's serialized
     * index with MiniSearch.loadJSON and indexes nothing itself.
     */
    @Test
    void searchLoadsTheBuildsIndexOnFirstFocusAndIndexesNothing() {
        Page p = context.newPage();
        p.addInitScript(COUNT_MINISEARCH);
        List<String> urls = new ArrayList<>();
        p.onRequest(r -> urls.add(r.url().substring(r.url().lastIndexOf('/') + 1)));
        p.navigate(url("LICENSE.html"));
        p.waitForLoadState();
        List<String> searchFiles = List.of("minisearch.js", "search-options.js", "search-index.js");
        assertEquals(List.of(), urls.stream().filter(searchFiles::contains).toList(), "nothing of search's loads with the page");
        assertEquals("undefined", p.evaluate("() => typeof MiniSearch"));

        p.focus("#search-input");
        p.waitForFunction("() => window.searchCalls.loadJSON === 1");
        assertEquals(searchFiles, urls.stream().filter(searchFiles::contains).toList(), "the first focus loads them, once each");
        p.fill("#search-input", "elastic net");
        p.waitForSelector("#search-results a");
        assertEquals("Elastic Net Regularization", p.textContent("#search-results a .search-heading"));
        assertEquals(Map.of("add", 0, "addAll", 0, "addAllAsync", 0, "loadJSON", 1), p.evaluate("() => window.searchCalls"));
        p.close();
    }

    /**
     * The shipped index is MiniSearch's serialization (read here without MiniSearch): its format
     * version, one document per section with the fields results need stored, and terms folded as
     * the options say (no capitals, no accents).
     */
    @Test
    void theShippedIndexIsASerializedMiniSearchIndex() throws IOException {
        Page p = context.newPage();
        @SuppressWarnings("unchecked")
        Map<String, Object> facts = (Map<String, Object>) p.evaluate("""
                script => {
                  const window = {};
                  new Function('window', script)(window);
                  const index = JSON.parse(window.REGLAB_SEARCH_INDEX);
                  const stored = Object.values(index.storedFields);
                  const early = stored.find(d => d.u === 'index.html#2-early-stopping');
                  const terms = index.index.map(([term]) => term);
                  return { version: index.serializationVersion, documents: index.documentCount, stored: stored.length,
                    fields: Object.keys(index.fieldIds).join(','), early: early ? early.h + ' | ' + early.p : '',
                    folded: terms.every(t => t === t.toLowerCase() && t === t.normalize('NFD').replace(/\\p{M}/gu, '')),
                    regularization: terms.includes('regularization') };
                }""", Files.readString(out.resolve("assets/search-index.js")));
        assertEquals(2, ((Number) facts.get("version")).intValue(), "MiniSearch 7's serialization format");
        int sections = ((Number) facts.get("documents")).intValue();
        assertTrue(sections > 50, "one document per section: " + sections);
        assertEquals(sections, ((Number) facts.get("stored")).intValue(), "every section's fields are stored for its result");
        assertEquals("title,heading,text", facts.get("fields"));
        assertEquals("2. Early Stopping | Regularization Techniques in Machine Learning", facts.get("early"));
        assertEquals(Boolean.TRUE, facts.get("folded"), "terms are folded as search-options.js says");
        assertEquals(Boolean.TRUE, facts.get("regularization"));
        p.close();
    }

    /**
     * Keys pressed before the index is in take effect once it is: Enter opens the first result,
     * ArrowDown enters the results (both sent in the same task as the first focus, so the index
     * cannot have loaded yet).
     */
    @Test
    void keysPressedWhileTheIndexLoadsTakeEffectOnceItIsIn() {
        Page p = context.newPage();
        p.navigate(url("LICENSE.html"));
        p.evaluate("""
                () => {
                  const input = document.getElementById('search-input');
                  input.value = 'early stop';
                  input.focus();
                  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true }));
                }""");
        p.waitForFunction("() => document.activeElement.closest('#search-results')");
        assertEquals("index.html#2-early-stopping", p.evaluate("() => document.activeElement.getAttribute('href')"));

        p.navigate(url("LICENSE.html"));
        p.evaluate("""
                () => {
                  const input = document.getElementById('search-input');
                  input.value = 'early stop';
                  input.focus();
                  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
                }""");
        p.waitForURL("**/index.html#2-early-stopping");
        p.close();
    }

    /**
     * The issue's four queries, typed as a reader would: British spelling, a transposition, the
     * first letters of a word, and two words the second of which is unfinished. Each must put the
     * section that treats the subject first (the document has two sections titled Dropout; either
     * is right).
     */
    @Test
    void searchRanksForgivesTyposAndMatchesPrefixes() {
        Page p = context.newPage();
        p.navigate(url("lab.html"));
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("regularisation", List.of("index.html#regularization-techniques-in-machine-learning"));
        expected.put("dropuot", List.of("index.html#3-dropout", "index.html#dropout"));
        expected.put("lass", List.of("index.html#1-l1-regularization-lasso-regression"));
        expected.put("early stop", List.of("index.html#2-early-stopping"));
        StringBuilder report = new StringBuilder();
        expected.forEach((query, right) -> {
            p.fill("#search-input", "");
            p.locator("#search-input").pressSequentially(query);
            p.waitForFunction("q => document.querySelector('#search-results a') && document.getElementById('search-input').value === q", query);
            @SuppressWarnings("unchecked")
            List<String> hrefs = (List<String>) p.evaluate("() => [...document.querySelectorAll('#search-results a')].map(a => a.getAttribute('href'))");
            String heading = p.textContent("#search-results a .search-heading");
            report.append(String.format("%-15s -> %s (%s); then %s%n", query, hrefs.get(0), heading, hrefs.subList(1, Math.min(3, hrefs.size()))));
            assertTrue(right.contains(hrefs.get(0)), "'" + query + "' should find " + right + " first, found " + hrefs);
            assertTrue(p.locator("#search-results a").first().locator("mark").count() > 0, "'" + query + "': the match is marked");
        });
        System.out.print(report);
        p.close();
    }

    @Test
    void searchResultsAreGroupedByPageAndReachableByKeyboard() {
        Page p = context.newPage();
        p.navigate(url("index.html"));
        p.keyboard().press("/");
        assertEquals("search-input", p.evaluate("() => document.activeElement.id"), "the / key focuses the search box");
        p.keyboard().type("dropout");
        p.waitForSelector("#search-results .search-group");
        @SuppressWarnings("unchecked")
        List<String> pages = (List<String>) p.evaluate("() => [...document.querySelectorAll('#search-results .search-page')].map(e => e.textContent)");
        assertEquals(List.of("Regularization Techniques in Machine Learning", "Lab"), pages.subList(0, 2));
        assertEquals(pages.size(), new java.util.HashSet<>(pages).size(), "one group per page");
        assertTrue(((String) p.evaluate("() => document.getElementById('search-status').textContent")).matches("\\d+ results on \\d+ pages.*"));
        p.keyboard().press("ArrowDown");
        String first = (String) p.evaluate("() => document.activeElement.getAttribute('href')");
        p.keyboard().press("ArrowDown");
        String second = (String) p.evaluate("() => document.activeElement.getAttribute('href')");
        assertFalse(first.equals(second));
        p.keyboard().press("ArrowUp");
        p.keyboard().press("ArrowUp");
        assertEquals("search-input", p.evaluate("() => document.activeElement.id"), "ArrowUp from the first result returns to the box");
        p.keyboard().press("ArrowDown");
        p.keyboard().press("End");
        p.keyboard().press("Enter");
        p.waitForURL(u -> !u.endsWith("index.html"));
        assertFalse(p.url().endsWith("/index.html"), "Enter on a result follows it");
        p.close();
    }

    @Test
    void everyLinkOfEveryPageLeadsSomewhere() throws IOException {
        for (String pagePath : List.of("index.html", "LICENSE.html", "LICENSE-CC-BY.html", "404.html")) {
            String html = Files.readString(out.resolve(pagePath));
            Matcher m = Pattern.compile("<a\\b[^>]*\\shref=\"([^\"]+)\"").matcher(html);
            while (m.find()) {
                String href = m.group(1).replace("&amp;", "&");
                if (href.startsWith("http:") || href.startsWith("https:") || href.startsWith("mailto:")) {
                    continue;
                }
                URI target = out.resolve(pagePath).toUri().resolve(href);
                Path file = Path.of(URI.create(target.toString().replaceAll("#.*$", "")));
                assertTrue(Files.isRegularFile(file), pagePath + ": " + href + " leads nowhere");
                if (target.getFragment() != null && !target.getFragment().isEmpty()) {
                    assertTrue(HtmlTags.ids(Files.readString(file)).contains(target.getFragment()),
                            pagePath + ": " + href + " has no anchor");
                }
            }
        }
        Page p = context.newPage();
        p.navigate(url("index.html"));
        p.click("text=Full text in >> xpath=.. >> a:text('LICENSE')");
        p.waitForURL("**/LICENSE.html");
        assertTrue(p.textContent("article").contains("Copyright (c) 2025 Cong Le. All Rights Reserved."));
        p.goBack();
        p.click("a[href='LICENSE-CC-BY.html']:text('LICENSE-CC-BY')");
        p.waitForURL("**/LICENSE-CC-BY.html");
        assertTrue(p.textContent("article").contains("Section 1 – Definitions."));
        p.close();
    }

    @Test
    void codeBlocksAreHighlightedWithAWorkingCopyButton() {
        Page p = context.newPage();
        p.navigate(url("index.html"));
        assertTrue(((Number) p.evaluate("() => document.querySelectorAll('.code-block pre code.hljs .hljs-keyword').length")).intValue() > 0,
                "highlighted at build time");
        p.click(".code-block .copy-button");
        p.waitForSelector(".code-block .copy-button.copied");
        assertEquals("Copied", p.textContent(".code-block .copy-button"));
        p.close();
    }

    @Test
    void aSecondBuildWithAFreshRendererIsByteIdentical() throws IOException {
        Path again = tmp.resolve("again");
        try (BrowserRenderer renderer = new BrowserRenderer(null, chromium)) {
            new SiteBuilder(BuildOptions.of(CONTENT, again, null), new PrintStream(new ByteArrayOutputStream())).build(renderer);
        }
        List<Path> first;
        List<Path> second;
        try (java.util.stream.Stream<Path> a = Files.walk(out); java.util.stream.Stream<Path> b = Files.walk(again)) {
            first = a.filter(Files::isRegularFile).map(out::relativize).sorted().toList();
            second = b.filter(Files::isRegularFile).map(again::relativize).sorted().toList();
        }
        assertEquals(first, second);
        for (Path rel : first) {
            assertTrue(java.util.Arrays.equals(Files.readAllBytes(out.resolve(rel)), Files.readAllBytes(again.resolve(rel))),
                    rel + " differs between two builds");
        }
    }

    @Test
    void noIdIsUsedTwiceOnThePage() {
        assertEquals(Boolean.TRUE, page.evaluate("() => { const ids = Array.from(document.querySelectorAll('[id]'), e => e.id);"
                + " return ids.length > 100 && new Set(ids).size === ids.length; }"), "ids of headings, diagrams and theme are unique");
    }

    @Test
    void printShowsTheArticleOnly() {
        Page p = context.newPage();
        p.navigate(url("index.html"));
        p.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
        assertEquals("none", p.evaluate("() => getComputedStyle(document.querySelector('.topbar')).display"));
        assertEquals("none", p.evaluate("() => getComputedStyle(document.querySelector('.toc')).display"));
        assertEquals("block", p.evaluate("() => getComputedStyle(document.querySelector('article')).display"));
        p.close();
    }

    @Test
    void themeToggleFlipsAndPersistsAndScreenshots() {
        Page p = context.newPage();
        p.setViewportSize(1440, 1000);
        p.navigate(url("index.html"));
        p.evaluate("() => document.fonts.ready");
        p.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/site-light.png")).setFullPage(true));
        p.click(".theme-toggle");
        assertEquals("dark", p.evaluate("() => document.documentElement.dataset.theme"));
        p.reload();
        assertEquals("dark", p.evaluate("() => document.documentElement.dataset.theme"), "choice persisted");
        p.evaluate("() => document.getElementById('dropout-process').scrollIntoView()");
        p.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/site-dark.png")));
        p.click(".theme-toggle");
        p.setViewportSize(390, 844);
        p.navigate(url("LICENSE.html"));
        p.navigate(url("index.html#mathematical-formulation"));
        p.evaluate("() => document.fonts.ready");
        p.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/site-mobile.png")));
        assertEquals("hidden", p.evaluate("() => getComputedStyle(document.getElementById('site-nav')).visibility"));
        p.click(".nav-toggle");
        p.waitForFunction("() => getComputedStyle(document.getElementById('site-nav')).visibility === 'visible'");
        p.keyboard().press("Escape");
        p.waitForFunction("() => getComputedStyle(document.getElementById('site-nav')).visibility === 'hidden'");
        p.close();
    }
}
