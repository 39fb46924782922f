package reglab.site.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reglab.site.testing.FakeRenderer;

/**
 * The fixture site ({@code src/test/resources/fixture-site}) through the whole pipeline with the
 * fake renderer: which files come out, that every page links relatively, the attribution and
 * front matter on every page, search, sitemap, the build report, and byte-identical rebuilds.
 */
class FixtureSiteTest {

    static final Path FIXTURE = Path.of("src/test/resources/fixture-site");

    @TempDir
    static Path tmp;
    static Path out;
    static FakeRenderer renderer;
    static String progress;

    @BeforeAll
    static void build() {
        out = tmp.resolve("site");
        renderer = new FakeRenderer();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        new SiteBuilder(options(out), new PrintStream(log, true, StandardCharsets.UTF_8)).build(renderer);
        progress = log.toString(StandardCharsets.UTF_8);
    }

    static BuildOptions options(Path out) {
        return new BuildOptions(FIXTURE, "fixture-site", out, "https://example.org/docs", List.of(), List.of(), false);
    }

    static String read(String path) throws IOException {
        return Files.readString(out.resolve(path));
    }

    @Test
    void writesPagesAssetsAndGeneratedFiles() throws IOException {
        for (String f : List.of("index.html", "guide/index.html", "guide/setup.html", "LICENSE.html", "LICENSE-CC-BY.html",
                "404.html", "sitemap.xml", "build-report.txt", "assets/site.css", "assets/site.js", "assets/search-index.js",
                "assets/vendor/katex/katex.min.css", "assets/badges/license-mit-yellow.svg", "img/logo.svg")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f + " missing");
        }
        assertFalse(Files.exists(out.resolve(".drafts")), "hidden folders are not published");
        assertEquals(1, renderer.batches(), "the whole build renders in one batch");
    }

    @Test
    void linksAreRelativeAndRewritten() throws IOException {
        String index = read("index.html");
        assertTrue(index.contains("<a href=\"guide/setup.html#install\">setup guide</a>"), index);
        assertTrue(index.contains("<a href=\"guide/index.html\">guide</a>"));
        assertTrue(index.contains("<a href=\"LICENSE.html\">license</a>"));
        assertTrue(index.contains("<a href=\"LICENSE-CC-BY.html\">the CC BY legal code</a>"));
        assertTrue(index.contains("<img src=\"img/logo.svg\""));
        String setup = read("guide/setup.html");
        assertTrue(setup.contains("href=\"../assets/site.css\""));
        assertTrue(setup.contains("<a href=\"index.html\">guide</a>"), "'./' in guide/ is guide/index.html");
        assertTrue(setup.contains("data-root=\"../\""));
        // The 404 page is the exception: with a base URL its links start from the URL's path (below).
        for (String page : List.of("index.html", "guide/index.html", "guide/setup.html", "LICENSE.html")) {
            Matcher m = Pattern.compile("(?:href|src)=\"([^\"]*)\"").matcher(read(page));
            while (m.find()) {
                String url = m.group(1);
                assertFalse(url.startsWith("/"), page + " has a root-absolute link " + url);
            }
            assertFalse(read(page).matches("(?s).*src=\"https?:.*"), page + " loads something from another host");
        }
    }

    @Test
    void the404PageLinksWorkWhereverAHostServesIt() throws IOException {
        String notFound = read("404.html");
        assertTrue(notFound.contains("href=\"/docs/assets/site.css\""), notFound);
        assertTrue(notFound.contains("data-root=\"/docs/\""), "search results link from the base path too");
        // A host answers https://example.org/docs/a/b/missing with this page: every site link must
        // still reach a file of the site.
        URI missing = URI.create("https://example.org/docs/a/b/missing");
        Matcher m = Pattern.compile("(?:href|src)=\"([^\"]*)\"").matcher(notFound);
        int siteLinks = 0;
        while (m.find()) {
            if (m.group(1).startsWith("#") || m.group(1).matches("[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
                continue; // within the page, data: images, links to other sites
            }
            URI target = missing.resolve(m.group(1));
            assertTrue(target.getPath().startsWith("/docs/"), m.group(1) + " leaves the site");
            assertTrue(Files.isRegularFile(out.resolve(target.getPath().substring("/docs/".length()))),
                    m.group(1) + " leads nowhere from " + missing);
            siteLinks++;
        }
        assertTrue(siteLinks >= 8, "stylesheet, scripts, home, navigation and attribution links: " + siteLinks);
    }

    @Test
    void the404PageOfTheOfflineBuildStaysRelative() throws IOException {
        Path offline = tmp.resolve("offline");
        new SiteBuilder(options(offline).forOffline(), new PrintStream(new ByteArrayOutputStream())).build(new FakeRenderer());
        String notFound = Files.readString(offline.resolve("404.html"));
        assertTrue(notFound.contains("href=\"assets/site.css\""), notFound);
        assertFalse(notFound.matches("(?s).*(?:href|src)=\"/.*"), "no link from the host's root: " + notFound);
        assertFalse(Files.readString(offline.resolve("index.html")).contains("/docs/"), "other pages never change");
    }

    @Test
    void headingIdsAreUniqueAndTheTocListsThem() throws IOException {
        String index = read("index.html");
        assertTrue(index.contains("<h2 id=\"code\">"));
        assertTrue(index.contains("<h2 id=\"code-1\">"));
        Matcher m = Pattern.compile("\\sid=\"([^\"]+)\"").matcher(index);
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (m.find()) {
            assertTrue(seen.add(m.group(1)), "duplicate id " + m.group(1));
        }
        assertTrue(index.contains("<a href=\"#code-1\" data-level=\"2\">Code</a>"), "TOC entry for the second Code");
    }

    @Test
    void mathDiagramsAndCodeComeFromTheRenderer() throws IOException {
        String index = read("index.html");
        assertTrue(index.contains("<fake-render kind=\"math_inline\">J(\\theta)</fake-render>"));
        assertTrue(index.contains("<fake-render kind=\"math_inline\">w_i</fake-render>"));
        assertTrue(index.contains("a price of $5 that stays text"));
        assertTrue(index.contains("<div class=\"math-display\" tabindex=\"0\" role=\"group\" aria-label=\"Formula\"><fake-render kind=\"math_display\">"));
        assertTrue(index.contains("<fake-render kind=\"mermaid\">---\nconfig:\n  layout: elk\n---\ngraph LR"));
        assertTrue(index.contains("<fake-render kind=\"code\" lang=\"python\">print(&quot;hello&quot;)"));
        assertTrue(index.contains("katex.min.css"), "pages with math load KaTeX's stylesheet");
        assertFalse(read("guide/setup.html").contains("katex.min.css"), "pages without math do not");
    }

    @Test
    void everyPageShowsTheAttributionAndTheLicensedPageItsFrontMatter() throws IOException {
        for (String page : List.of("index.html", "guide/index.html", "guide/setup.html", "LICENSE.html", "404.html")) {
            String html = read(page);
            assertTrue(html.contains("“<a href=\"") && html.contains("Fixture Handbook</a>” by Ada Example (version 2.1)"), page);
            assertTrue(html.contains("licensed under <a href=\""), page);
            assertTrue(html.contains("Changes: rendered to HTML by reglab;"), page);
            assertTrue(html.contains("the document&#39;s text is unchanged") || html.contains("the document's text is unchanged"), page);
        }
        String index = read("index.html");
        for (String kv : List.of("<dt>license(s)</dt><dd>MIT, CC BY 4.0</dd>", "<dt>author</dt><dd>Ada Example</dd>",
                "<dt>copyright</dt><dd>Copyright (c) 2024 Ada Example.</dd>", "<dt>version</dt><dd>2.1</dd>")) {
            assertTrue(index.contains(kv), kv);
        }
        assertTrue(index.indexOf("<dl class=\"page-meta\"") > index.indexOf("Fixture Handbook<a class=\"anchor\""),
                "the metadata sits under the page title");
        assertTrue(read("LICENSE.html").contains("Copyright (c) 2024 Ada Example."), "MIT text carries the document's copyright");
        assertTrue(read("LICENSE-CC-BY.html").contains("Creative Commons Attribution 4.0 International Public License"));
    }

    @Test
    void navigationListsPagesInWeightOrderAndMarksTheCurrentOne() throws IOException {
        String nav = read("guide/index.html");
        int home = nav.indexOf(">Fixture Handbook</a>");
        int guide = nav.indexOf("aria-current=\"page\">Guide</a>");
        int setup = nav.indexOf(">Setup</a>");
        int license = nav.indexOf(">MIT License</a>");
        assertTrue(home >= 0 && home < guide && guide < setup && setup < license, nav);
        assertTrue(nav.contains("<a class=\"pager-prev\" rel=\"prev\" href=\"../index.html\"><span>Previous</span>Fixture Handbook</a>"));
        assertTrue(nav.contains("<a class=\"pager-next\" rel=\"next\" href=\"setup.html\"><span>Next</span>Setup</a>"));
    }

    @Test
    void searchIndexSitemapAndReport() throws IOException {
        String search = read("assets/search-index.js");
        // The renderer's output for the search documents, as a script (the fake renderer echoes them, escaped).
        assertTrue(search.startsWith("window.REGLAB_SEARCH_INDEX=\"<fake-render kind=\\\"search_index\\\">["), search);
        assertTrue(search.contains("&quot;u&quot;:&quot;guide/setup.html#install&quot;,&quot;p&quot;:&quot;Setup&quot;,"
                + "&quot;h&quot;:&quot;Install&quot;,&quot;t&quot;:&quot;Download and unpack."), search);
        String sitemap = read("sitemap.xml");
        assertTrue(sitemap.contains("<loc>https://example.org/docs/</loc>"));
        assertTrue(sitemap.contains("<loc>https://example.org/docs/guide/setup.html</loc>"));
        String report = read("build-report.txt");
        assertTrue(report.contains("  index.md:40: https://img.shields.io/badge/License-MIT-yellow.svg -> assets/badges/license-mit-yellow.svg"), report);
        assertTrue(progress.contains("replaced remote image https://img.shields.io/badge/License-MIT-yellow.svg"), progress);
    }

    @Test
    void twoBuildsAreByteIdentical() throws IOException {
        Path again = tmp.resolve("again");
        new SiteBuilder(options(again), new PrintStream(new ByteArrayOutputStream())).build(new FakeRenderer());
        List<Path> first = files(out);
        List<Path> second = files(again);
        assertEquals(first, second);
        for (Path rel : first) {
            assertArrayEquals(Files.readAllBytes(out.resolve(rel)), Files.readAllBytes(again.resolve(rel)), rel.toString());
        }
    }

    static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
