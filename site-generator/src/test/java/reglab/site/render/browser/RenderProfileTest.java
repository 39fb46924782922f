package reglab.site.render.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reglab.site.render.SourceLocation;
import reglab.site.render.RenderKind;
import reglab.site.render.RenderRequest;
import reglab.site.render.RenderResult;

/** The lasting browser profile of {@code ./reglab build}: cached page files, its lock, its fallback, its guard. */
class RenderProfileTest {

    private static final Path BROWSER = new BrowserLocator().locate(null);
    private static final RenderRequest FORMULA = new RenderRequest(RenderKind.MATH_INLINE, "x^2", "",
            new SourceLocation(Path.of("test.md"), 1));
    /** The resources the page loaded, and how many bytes each took over the network (0: from the disk cache). */
    private static final String TRANSFERS = "() => performance.getEntriesByType('resource')"
            + ".map((e) => e.name + ' ' + e.transferSize + ' ' + e.decodedBodySize)";

    private static RenderResult render(HeadlessChromium chromium) {
        try (BrowserRenderer r = new BrowserRenderer(null, chromium, 1)) {
            return r.renderAll(List.of(FORMULA)).get(FORMULA.key());
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> transfers(HeadlessChromium chromium) {
        try (BrowserRenderer r = new BrowserRenderer(null, chromium, 1)) {
            assertTrue(r.renderAll(List.of(FORMULA)).get(FORMULA.key()).isOk());
            return (List<String>) r.renderPageForTests().evaluate(TRANSFERS);
        }
    }

    private static String katex(List<String> transfers) {
        return transfers.stream().filter(t -> t.contains("/vendor/katex/katex.min.js ")).findFirst().orElseThrow(
                () -> new AssertionError("the page loaded KaTeX: " + transfers));
    }

    @Test
    void aSecondBrowserLoadsThePageFilesFromTheProfile(@TempDir Path root) {
        String first;
        try (HeadlessChromium chromium = RenderProfile.launch(BROWSER, BrowserRenderer.ONE_BUILD_ARGS, root)) {
            assertTrue(chromium.hasProfile(), "a free profile was used");
            first = katex(transfers(chromium));
        }
        assertTrue(Files.isDirectory(root.resolve("render-profile-0")), "the profile is kept");
        String second;
        try (HeadlessChromium chromium = RenderProfile.launch(BROWSER, BrowserRenderer.ONE_BUILD_ARGS, root)) {
            assertTrue(chromium.hasProfile());
            second = katex(transfers(chromium));
        }
        assertTrue(first.startsWith("http://r") && first.contains(".reglab-render.localhost/vendor/"), first);
        assertNotEquals("0", first.split(" ")[1], "the first browser fetched KaTeX: " + first);
        assertEquals("0", second.split(" ")[1], "the second took it from the disk cache: " + second);
        assertNotEquals("0", second.split(" ")[2], second);
    }

    @Test
    void theRenderedOutputIsTheSameWithAndWithoutTheProfile(@TempDir Path root) {
        RenderResult with;
        try (HeadlessChromium chromium = RenderProfile.launch(BROWSER, BrowserRenderer.ONE_BUILD_ARGS, root)) {
            assertTrue(chromium.hasProfile());
            with = render(chromium);
        }
        try (HeadlessChromium chromium = HeadlessChromium.launch(BROWSER, BrowserRenderer.ONE_BUILD_ARGS)) {
            assertEquals(render(chromium), with);
        }
    }

    @Test
    void buildsAtOnceTakeOtherSlotsThenAThrowawayProfile(@TempDir Path root) {
        List<RenderProfile> taken = new ArrayList<>();
        try (HeadlessChromium first = RenderProfile.launch(BROWSER, BrowserRenderer.ONE_BUILD_ARGS, root)) {
            assertTrue(first.hasProfile());
            for (int slot = 1; slot < RenderProfile.SLOTS; slot++) {
                RenderProfile p = RenderProfile.take(root);
                assertNotNull(p, "slot " + slot + " is free while the first browser holds slot 0");
                assertEquals(root.resolve("render-profile-" + slot), p.dir());
                taken.add(p);
            }
            assertNull(RenderProfile.take(root), "all slots are taken");
            try (HeadlessChromium second = RenderProfile.launch(BROWSER, BrowserRenderer.ONE_BUILD_ARGS, root)) {
                assertFalse(second.hasProfile(), "no free profile: a throwaway one");
                assertTrue(render(second).isOk());
            }
            assertTrue(render(first).isOk(), "the first build was not disturbed");
        } finally {
            taken.forEach(RenderProfile::close);
        }
        RenderProfile again = RenderProfile.take(root);
        assertNotNull(again, "closing the browser released its slot");
        assertEquals(root.resolve("render-profile-0"), again.dir());
        again.close();
    }

    @Test
    void aProfileFilledForOtherPageFilesIsEmptied(@TempDir Path root) throws IOException {
        Path dir = root.resolve("render-profile-0");
        Files.createDirectories(dir.resolve("Default"));
        Files.writeString(dir.resolve("Default").resolve("old"), "code of another version");
        Files.writeString(dir.resolve("reglab-fingerprint"), "another version");
        RenderProfile p = RenderProfile.take(root);
        assertNotNull(p);
        p.close();
        assertFalse(Files.exists(dir.resolve("Default").resolve("old")));
        assertEquals(RenderPage.fingerprint(), Files.readString(dir.resolve("reglab-fingerprint")));
        Files.writeString(dir.resolve("kept"), "x");
        RenderProfile.take(root).close();
        assertTrue(Files.exists(dir.resolve("kept")), "a profile for the current files is kept");
    }

    @Test
    void thePageCannotReachTheNetwork(@TempDir Path root) throws InterruptedException {
        try (HeadlessChromium chromium = RenderProfile.launch(BROWSER, BrowserRenderer.ONE_BUILD_ARGS, root);
             BrowserRenderer r = new BrowserRenderer(null, chromium, 1)) {
            assertTrue(chromium.hasProfile());
            assertTrue(r.renderAll(List.of(FORMULA)).get(FORMULA.key()).isOk());
            String origin = r.renderPageForTests().url().replaceAll("^(http://[^/]+)/.*$", "$1");
            for (String u : r.requestedUrls()) {
                assertTrue(u.startsWith(origin + "/"), "request stayed at the page's origin: " + u);
            }
            RenderServer server = RenderServer.acquire();
            List<String> outside = List.of("https://example.com/x", "http://1.1.1.1/x", server.origin() + "/page/render.html");
            RenderServer.release();
            for (String u : outside) {
                assertEquals("blocked", r.renderPageForTests().evaluate(
                        "(u) => fetch(u).then(() => 'fetched', () => 'blocked')", u), u);
            }
            r.renderPageForTests().waitUntil(() -> r.blockedUrls().size() == outside.size(), 10);
            assertEquals(outside, r.blockedUrls());
        }
    }
}
