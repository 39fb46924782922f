package reglab.site.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reglab.site.pipeline.BuildOptions;
import reglab.site.render.browser.HeadlessChromium;

/**
 * {@code serve} with the real pipeline: {@link SiteBuildSession} (Markdown, Mermaid rendered in
 * the session's own long-lived browser) behind the dev server, and a reader's page in a second
 * Chromium. Editing a diagram reloads the page with the new drawing; a Mermaid error shows over
 * the page with the file and line, and the last good site stays served.
 */
class ServeWithSiteBuilderTest {

    private static final double WAIT_MILLIS = 60_000;

    @TempDir
    static Path tmp;
    static Path content;
    static DevServer server;
    static HeadlessChromium reader;
    static final ByteArrayOutputStream log = new ByteArrayOutputStream();

    @BeforeAll
    static void start() throws IOException {
        content = Files.createDirectories(tmp.resolve("content"));
        Files.writeString(content.resolve("index.md"), page("Alpha"));
        Path out = tmp.resolve("site");
        PrintStream logStream = new PrintStream(log, true, StandardCharsets.UTF_8);
        SiteBuildSession session = new SiteBuildSession(BuildOptions.of(content, out, null), tmp.resolve("cache"), null, logStream);
        server = DevServer.start(content, out, 0, DevServer.DEFAULT_QUIET, session, logStream);
        reader = HeadlessChromium.launch();
    }

    @AfterAll
    static void stop() {
        if (reader != null) {
            reader.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** A page whose diagram's node is labelled {@code label}; line 7 is the diagram's edge line. */
    private static String page(String label) {
        return String.join("\n",
                "# Served page",
                "",
                "Some text before the diagram.",
                "",
                "```mermaid",
                "graph LR",
                "    A[" + label + "] --> B[Done]",
                "```",
                "");
    }

    private static String log() {
        return log.toString(StandardCharsets.UTF_8);
    }

    @Test
    void editingADiagramReloadsThePageWithTheNewDrawingAndAnErrorShowsWhereItIs() throws IOException {
        List<String> consoleErrors = new CopyOnWriteArrayList<>();
        try (BrowserContext context = reader.browser().newContext()) {
            Page page = context.newPage();
            page.onConsoleMessage(m -> {
                if (m.type().equals("error")) {
                    consoleErrors.add(m.text());
                }
            });
            page.onResponse(r -> {
                if (r.status() >= 400) {
                    consoleErrors.add(r.status() + " " + r.url());
                }
            });
            page.navigate(server.url());
            Locator diagram = page.locator("svg").filter(new Locator.FilterOptions().setHasText("Alpha"));
            diagram.first().waitFor(new Locator.WaitForOptions().setTimeout(WAIT_MILLIS));
            page.waitForCondition(() -> server.openPages() > 0, new Page.WaitForConditionOptions().setTimeout(WAIT_MILLIS));
            page.evaluate("() => { window.reglabTestMarker = 'before'; }");

            Files.writeString(content.resolve("index.md"), page("Beta"));
            page.locator("svg").filter(new Locator.FilterOptions().setHasText("Beta")).first()
                    .waitFor(new Locator.WaitForOptions().setTimeout(WAIT_MILLIS));
            assertEquals(true, page.evaluate("() => window.reglabTestMarker === undefined"), "the page was reloaded");
            assertTrue(log().contains("reglab: rebuilt in "), log());
            assertTrue(log().contains("render "), log());

            Files.writeString(content.resolve("index.md"), page("Gamma").replace("-->", "--> -->"));
            Locator overlay = page.locator("#reglab-error-overlay");
            overlay.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE).setTimeout(WAIT_MILLIS));
            assertTrue(overlay.innerText().contains("index.md:"), overlay.innerText());
            assertTrue(log().contains("reglab: rebuild failed after a change to index.md"), log());
            assertFalse(log().contains("\tat "), "no stack trace: " + log());
            // A diagram without a theme of its own is drawn for both page themes; the page shows one.
            assertEquals(1, page.locator("svg").filter(new Locator.FilterOptions().setHasText("Beta").setVisible(true)).count(),
                    "the last good page stays underneath");
            assertTrue(RawHttp.send(port(), "GET", "/").text().contains("Beta"), "and is still served");

            Files.writeString(content.resolve("index.md"), page("Delta"));
            page.locator("svg").filter(new Locator.FilterOptions().setHasText("Delta")).first()
                    .waitFor(new Locator.WaitForOptions().setTimeout(WAIT_MILLIS));
            assertFalse(page.locator("#reglab-error-overlay").isVisible());
        }
        assertEquals(List.of(), consoleErrors);
    }

    /**
     * The site file and sections live too: a new folder becomes a section of the sidebar, the site
     * file's title shows after a save, a broken site file shows its line over the page, and fixing
     * it clears the message.
     */
    @Test
    void editingTheSiteFileAndAddingASectionReloadThePage() throws IOException {
        Path siteFile = content.resolve("site.yml");
        try (BrowserContext context = reader.browser().newContext()) {
            Page page = context.newPage();
            page.navigate(server.url());
            page.waitForCondition(() -> server.openPages() > 0, new Page.WaitForConditionOptions().setTimeout(WAIT_MILLIS));

            Files.createDirectories(content.resolve("guide"));
            Files.writeString(content.resolve("guide/alerts.md"), "# Alerts\n\n> [!TIP]\n> Sections come from folders.\n");
            page.locator("#site-nav summary:text('Guide')").waitFor(new Locator.WaitForOptions().setTimeout(WAIT_MILLIS));

            Files.writeString(siteFile, "title: Served Docs\n");
            page.locator(".site-title:text('Served Docs')").waitFor(new Locator.WaitForOptions().setTimeout(WAIT_MILLIS));

            Files.writeString(siteFile, "title: Served Docs\nnav:\n  - guide/:\n      - alert.md\n");
            Locator overlay = page.locator("#reglab-error-overlay");
            overlay.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE).setTimeout(WAIT_MILLIS));
            assertTrue(overlay.innerText().contains("site.yml:4:9: site file: nav names 'guide/alert.md', but there is no such page"),
                    overlay.innerText());

            Files.writeString(siteFile, "title: Served Docs\nnav:\n  - guide/:\n      - alerts.md\n");
            overlay.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN).setTimeout(WAIT_MILLIS));
        } finally {
            Files.deleteIfExists(siteFile);
            Files.deleteIfExists(content.resolve("guide/alerts.md"));
        }
    }

    private static int port() {
        return Integer.parseInt(server.url().replaceAll(".*:(\\d+)/$", "$1"));
    }
}
