package reglab.site.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reglab.site.render.browser.HeadlessChromium;

/**
 * {@code ./reglab bundle} on the documentation fixture ({@code src/test/resources/docs-site}): in
 * the single file, the sections lead to a page three folders down, search works in the page's
 * frame, and the images show; the PDF carries the callouts, the task list, the footnote and the
 * lazily loaded raster image of the main page.
 */
class DocsSiteEditionsTest {

    @TempDir
    static Path dir;
    static HeadlessChromium chromium;
    static BundleResult result;

    @BeforeAll
    static void bundle() {
        chromium = HeadlessChromium.launch();
        result = OfflineEditions.make(Path.of("src/test/resources/docs-site").toAbsolutePath(), dir.resolve("dist"), null, null,
                chromium, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void inTheSingleFileSectionsSearchAndImagesWork() {
        try (BrowserContext context = chromium.browser().newContext()) {
            OfflineChecks checks = new OfflineChecks(context);
            Page page = context.newPage();
            page.navigate(result.singleFile().toUri().toString());
            Frame home = OfflineEditionsTest.pageFrame(page);
            home.waitForFunction("() => [...document.querySelectorAll('article img')].every(i => i.complete && i.naturalWidth > 0)");
            home.click("#site-nav summary:text('Guide')");
            home.click("#site-nav summary:text('Markdown')");
            home.click("#site-nav a:text('Alerts')");
            page.waitForFunction("() => location.hash === '#/guide/markdown/alerts.html'");
            Frame alerts = OfflineEditionsTest.pageFrame(page);
            alerts.waitForSelector(".callout-caution");
            assertEquals(5, alerts.locator(".callout").count());
            assertEquals(List.of("Home", "Guide", "Markdown", "Alerts"), alerts.locator("nav.breadcrumbs li").allTextContents());
            alerts.locator("#search-input").pressSequentially("regularisation");
            alerts.waitForSelector("#search-results a");
            assertEquals("Search API", alerts.locator("#search-results a .search-heading").first().textContent());
            alerts.locator("#search-results a").first().click();
            page.waitForFunction("() => location.hash.startsWith('#/reference/api/search.html')");
            assertEquals(List.of(), checks.errors);
            for (String r : checks.requests) {
                assertTrue(r.startsWith("file:") || r.startsWith("data:") || r.startsWith("blob:"), "request to " + r);
            }
        }
    }

    @Test
    void thePdfHasTheCalloutsTasksFootnoteAndImage() throws IOException {
        try (PDDocument pdf = PDDocument.load(result.pdf().toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            for (String expected : List.of("Note Start with installing", "Warning A learning rate above one diverges",
                    "sections from folders", "Footnotes", "For plain gradient descent on this problem")) {
                assertTrue(text.contains(expected), "PDF text lacks '" + expected + "': " + text);
            }
            int images = 0;
            for (PDPage p : pdf.getPages()) {
                for (COSName name : p.getResources().getXObjectNames()) {
                    if (p.getResources().getXObject(name) instanceof PDImageXObject image) {
                        images++;
                        assertEquals(List.of(41, 29), List.of(image.getWidth(), image.getHeight()), "the chart, printed from its file");
                    }
                }
            }
            assertEquals(1, images, "the lazily loaded chart is in the PDF");
        }
    }
}
