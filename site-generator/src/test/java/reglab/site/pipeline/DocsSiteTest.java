package reglab.site.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reglab.site.SiteException;
import reglab.site.testing.FakeRenderer;

/**
 * The documentation fixture ({@code src/test/resources/docs-site}): twenty pages in three levels of
 * folders with a site file, built with the fake renderer and read back with jsoup: sections and
 * their order, the sidebar, breadcrumbs and previous/next links, a page left out of the navigation,
 * a draft, the site file's title, repository, footer and base URL, front matter, images and SVG
 * cleaning.
 */
class DocsSiteTest {

    static final Path FIXTURE = Path.of("src/test/resources/docs-site");

    /** The reading order the site file and the weights give (see the fixture's site.yml). */
    static final List<String> READING_ORDER = List.of("index.html", "getting-started/index.html",
            "getting-started/install.html", "getting-started/first-steps.html", "getting-started/configure.html",
            "guide/index.html", "guide/writing.html", "guide/images.html", "guide/markdown/index.html",
            "guide/markdown/alerts.html", "guide/markdown/footnotes.html", "guide/markdown/tables.html",
            "guide/markdown/tasks.html", "reference/api/index.html", "reference/api/search.html", "reference/cli.html",
            "reference/front-matter.html", "reference/site-file.html", "about.html");

    @TempDir
    static Path tmp;
    static Path out;
    static String progress;

    @BeforeAll
    static void build() {
        out = tmp.resolve("site");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        new SiteBuilder(new BuildOptions(FIXTURE, "docs-site", out, null, List.of(), List.of(), false),
                new PrintStream(log, true, StandardCharsets.UTF_8)).build(new FakeRenderer());
        progress = log.toString(StandardCharsets.UTF_8);
    }

    static Document page(String path) throws IOException {
        return Jsoup.parse(out.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void twentyPagesAreBuiltTheDraftAndTheSiteFileAreNot() throws IOException {
        List<String> pages;
        try (Stream<Path> walk = Files.walk(out)) {
            pages = walk.map(p -> out.relativize(p).toString()).filter(p -> p.endsWith(".html") && !p.equals("404.html"))
                    .sorted().toList();
        }
        assertEquals(20, pages.size(), pages.toString());
        assertFalse(Files.exists(out.resolve("guide/unfinished.html")), "a draft is not built");
        assertTrue(progress.contains("not built (draft: true): guide/unfinished.md"), progress);
        assertFalse(Files.exists(out.resolve("site.yml")), "the site file is not published");
    }

    @Test
    void aLinkToADraftSaysItIsADraft(@TempDir Path content) throws IOException {
        Files.writeString(content.resolve("index.md"), "# Home\n\nSoon: [the plan](plan.md).\n");
        Files.writeString(content.resolve("plan.md"), "---\ndraft: true\n---\n# Plan\n");
        SiteException e = assertThrows(SiteException.class, () -> new SiteBuilder(
                new BuildOptions(content, "content", tmp.resolve("draft-site"), null, List.of(), List.of(), false),
                new PrintStream(new ByteArrayOutputStream())).build(new FakeRenderer()));
        assertEquals("content/index.md:3: broken link 'plan.md': 'plan.md' is a draft (draft: true), which is not built; "
                + "publish it or remove the link", e.getMessage());
    }

    @Test
    void previousAndNextFollowTheSiteFileThenTheWeights() throws IOException {
        List<String> walked = new ArrayList<>();
        String at = "index.html";
        while (at != null) {
            walked.add(at);
            Element next = page(at).selectFirst("nav.pager a[rel=next]");
            at = next == null ? null : out.relativize(out.resolve(at).resolveSibling(next.attr("href")).normalize()).toString();
        }
        assertEquals(READING_ORDER, walked);
        Element prev = page("reference/cli.html").selectFirst("nav.pager a[rel=prev]");
        assertEquals("api/search.html", prev.attr("href"));
        assertEquals("Search API", prev.ownText(), "the label is the page's title");
        assertEquals("First steps", page("getting-started/install.html").selectFirst("a[rel=next]").ownText(),
                "front matter nav: names the page in the navigation");
    }

    @Test
    void theSidebarHasSectionsOpenAroundTheCurrentPage() throws IOException {
        Document alerts = page("guide/markdown/alerts.html");
        List<String> sections = alerts.select("#site-nav li.nav-section > details > summary").eachText();
        assertEquals(List.of("Getting started", "Guide", "Markdown", "Reference", "API"), sections);
        List<String> open = alerts.select("#site-nav details[open] > summary").eachText();
        assertEquals(List.of("Guide", "Markdown"), open);
        Element current = alerts.selectFirst("#site-nav a[aria-current=page]");
        assertEquals("alerts.html", current.attr("href"));
        assertEquals(1, alerts.select("#site-nav [aria-current]").size());
        assertEquals("Reference", page("reference/cli.html").selectFirst("#site-nav details[open] > summary").text(),
                "a folder without index.md is a section named after the folder");
        assertTrue(alerts.select("#site-nav a").eachAttr("href").stream().noneMatch(h -> h.contains("changelog")),
                "nav: false leaves the page out");
    }

    @Test
    void breadcrumbsLeadFromHomeThroughTheSections() throws IOException {
        Element crumbs = page("guide/markdown/alerts.html").selectFirst("nav.breadcrumbs");
        assertEquals("Breadcrumbs", crumbs.attr("aria-label"));
        assertEquals(List.of("Home", "Guide", "Markdown", "Alerts"), crumbs.select("li").eachText());
        assertEquals(List.of("../../index.html", "../index.html", "index.html", "alerts.html"), crumbs.select("a").eachAttr("href"));
        assertEquals("page", crumbs.select("a").last().attr("aria-current"));
        assertEquals(List.of("Home", "Reference", "API", "Search API"),
                page("reference/api/search.html").select("nav.breadcrumbs li").eachText());
        assertTrue(page("reference/api/search.html").select("nav.breadcrumbs span").eachText().contains("Reference"),
                "a section without a page is named, not linked");
        assertEquals(0, page("about.html").select("nav.breadcrumbs").size(), "a top-level page has none");
    }

    @Test
    void aPageOutsideTheNavigationIsBuiltAndLinkedButHasNoPager() throws IOException {
        Document changelog = page("changelog.html");
        assertEquals(0, changelog.select("nav.pager").size());
        assertEquals(0, changelog.select("#site-nav [aria-current]").size());
        assertEquals(1, page("about.html").select("article a[href=changelog.html]").size());
    }

    @Test
    void theSiteFileNamesTheSiteLinksTheRepositoryAndSetsTheFooterAndBaseUrl() throws IOException {
        Document install = page("getting-started/install.html");
        assertEquals("Install · Fixture Docs", install.title());
        assertEquals("Fixture Docs", install.selectFirst(".site-title").text());
        Element repo = install.selectFirst("header a.repo-link");
        assertEquals("https://github.com/example/fixture-docs", repo.attr("href"));
        assertEquals("Source repository on github.com", repo.attr("aria-label"));
        assertEquals("© 2025 The fixture's authors · text under CC BY 4.0", install.selectFirst(".page-footer .site-footer-text").text());
        String sitemap = Files.readString(out.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<url><loc>https://example.org/fixture/guide/markdown/alerts.html</loc></url>"), sitemap);
        assertTrue(sitemap.contains("<url><loc>https://example.org/fixture/reference/front-matter.html</loc>"
                + "<lastmod>2025-02-18</lastmod></url>"), "front matter date is the page's lastmod: " + sitemap);
        assertTrue(Files.readString(out.resolve("404.html")).contains("href=\"/fixture/assets/site.css\""),
                "with the site file's base URL the 404 page links from the host's root");
    }

    @Test
    void frontMatterShowsTheDocumentsKeysOnly() throws IOException {
        Element meta = page("reference/front-matter.html").selectFirst("dl.page-meta");
        assertEquals(List.of("author", "reviewers", "date"), meta.select("dt").eachText());
        assertEquals(List.of("Ada Example", "Grace, Alan", "2025-02-18"), meta.select("dd").eachText());
        assertEquals(0, page("about.html").select("dl.page-meta").size(), "weight and lang show nothing");
        assertEquals("en-GB", page("about.html").selectFirst("html").attr("lang"));
        assertEquals("en", page("index.html").selectFirst("html").attr("lang"));
        assertEquals("A handbook of twenty pages in three levels of folders.",
                page("index.html").selectFirst("meta[name=description]").attr("content"));
    }

    @Test
    void imagesHaveTheirSizeAndLoadLazily() throws IOException {
        Document images = page("guide/images.html");
        List<String> sizes = new ArrayList<>();
        for (Element img : images.select("article img")) {
            assertEquals("lazy", img.attr("loading"), img.outerHtml());
            sizes.add(img.attr("src") + " " + img.attr("width") + "x" + img.attr("height"));
        }
        assertEquals(List.of("../img/chart.png 41x29", "../img/photo.jpg 36x64", "../img/spinner.webp 27x15",
                "../img/unsafe.svg 60x30"), sizes);
        assertEquals("240", page("index.html").selectFirst("img[src=img/flow.svg]").attr("width"));
    }

    @Test
    void svgFilesArePublishedSafe() throws IOException {
        String unsafe = Files.readString(out.resolve("img/unsafe.svg"));
        assertFalse(unsafe.contains("script") || unsafe.contains("onload") || unsafe.contains("tracker.example"), unsafe);
        assertTrue(unsafe.contains("<rect"), unsafe);
        assertTrue(progress.contains("docs-site/img/unsafe.svg: removed onload, <script>, href to https://tracker.example/pixel.png"),
                progress);
        assertEquals(Files.readString(FIXTURE.resolve("img/flow.svg")), Files.readString(out.resolve("img/flow.svg")),
                "a clean SVG is published as written");
    }

    @Test
    void gfmOnTheHomePage() throws IOException {
        Document home = page("index.html");
        assertEquals(List.of("Note", "Warning"), home.select(".callout .callout-title").eachText());
        assertEquals("note", home.selectFirst(".callout").attr("role"));
        assertEquals(2, home.select("li.task-list-item input[type=checkbox][disabled]").size());
        Element ref = home.selectFirst("sup.footnote-ref a");
        assertEquals("#fn:1", ref.attr("href"));
        assertTrue(home.getElementById("fn:1").text().contains("For plain gradient descent"));
        Matcher links = Pattern.compile("href=\"([^\"]+)\"").matcher(home.selectFirst(".callout-note").html());
        assertTrue(links.find() && links.group(1).equals("getting-started/install.html"), "links in an alert are rewritten");
    }
}
