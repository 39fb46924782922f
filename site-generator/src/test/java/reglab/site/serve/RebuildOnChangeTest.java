package reglab.site.serve;

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
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reglab.site.SiteException;

/**
 * Watching, rebuilding and telling pages about it, with a copying stand-in for the site builder:
 * each test waits on the server's own live-reload events, never on a sleep.
 */
class RebuildOnChangeTest {

    private static final Pattern BUILD = Pattern.compile("\"build\":\"([^\"]+)\"");
    private static final int WAIT_SECONDS = 20;

    @TempDir
    Path tmp;
    Path content;
    Path out;
    CopyingRebuilder rebuilder;
    ByteArrayOutputStream logBytes = new ByteArrayOutputStream();
    DevServer server;

    @BeforeEach
    void start() throws IOException {
        content = Files.createDirectories(tmp.resolve("content"));
        out = tmp.resolve("site");
        Files.writeString(content.resolve("index.html"), "<html><body><p>version one</p></body></html>");
        rebuilder = new CopyingRebuilder(content, out);
        server = DevServer.start(content, out, 0, DevServer.DEFAULT_QUIET, rebuilder,
                new PrintStream(logBytes, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String page(String path) throws IOException {
        return RawHttp.send(port(), "GET", path).text();
    }

    private int port() {
        return Integer.parseInt(server.url().replaceAll(".*:(\\d+)/$", "$1"));
    }

    private static String buildOf(String stateJson) {
        Matcher m = BUILD.matcher(stateJson);
        assertTrue(m.find(), stateJson);
        return m.group(1);
    }

    private String log() {
        return logBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aChangedFileIsRebuiltAndPagesAreToldTheNewBuild() throws Exception {
        assertTrue(page("/").contains("version one"));
        try (StateEvents events = new StateEvents(server.url())) {
            String first = events.next(WAIT_SECONDS);
            assertTrue(first.contains("\"error\":null"), first);
            assertTrue(page("/").contains("data-build=\"" + buildOf(first) + "\""), "the page carries the build it was served from");

            Files.writeString(content.resolve("index.html"), "<html><body><p>version two</p></body></html>");
            String second = events.next(WAIT_SECONDS);
            assertFalse(buildOf(first).equals(buildOf(second)), second);
            assertTrue(page("/").contains("version two"));
            assertTrue(log().contains("rebuilt in "), log());
            assertTrue(log().contains("a change to index.html"), log());
        }
        assertFalse(rebuilder.threadChanged, "all builds ran on one thread");
    }

    @Test
    void filesInNewFoldersAreWatchedToo() throws Exception {
        try (StateEvents events = new StateEvents(server.url())) {
            events.next(WAIT_SECONDS);
            Path deep = Files.createDirectories(content.resolve("guide/part"));
            Files.writeString(deep.resolve("index.html"), "<html><body>first draft</body></html>");
            events.next(WAIT_SECONDS);
            while (!page("/guide/part/").contains("first draft")) {
                events.next(WAIT_SECONDS);
            }
            Files.writeString(deep.resolve("index.html"), "<html><body>second draft</body></html>");
            while (!page("/guide/part/").contains("second draft")) {
                events.next(WAIT_SECONDS);
            }
        }
    }

    @Test
    void theExperimentsOverlayIsWatchedThoughHidden() throws Exception {
        try (StateEvents events = new StateEvents(server.url())) {
            String first = events.next(WAIT_SECONDS);
            Path overlay = Files.createDirectories(content.resolve(".overlay"));
            Files.writeString(overlay.resolve("index.applets"), "first");
            String second = events.next(WAIT_SECONDS);
            assertFalse(buildOf(first).equals(buildOf(second)), second);
            Files.writeString(overlay.resolve("index.applets"), "second");
            String third = events.next(WAIT_SECONDS);
            assertFalse(buildOf(second).equals(buildOf(third)), third);
            assertTrue(log().contains("a change to .overlay/index.applets"), log());
        }
    }

    @Test
    void aContentFolderThatIsRenamedAwayAndReplacedIsWatchedAgain() throws Exception {
        try (StateEvents events = new StateEvents(server.url())) {
            events.next(WAIT_SECONDS);
            Files.move(content, tmp.resolve("content.old"));
            String missing = events.next(WAIT_SECONDS);
            assertTrue(missing.contains("content folder 'content' does not exist"), missing);
            assertTrue(page("/").contains("version one"), "the last good site is still served");

            Files.createDirectories(content);
            Files.writeString(content.resolve("index.html"), "<html><body><p>new folder</p></body></html>");
            while (!page("/").contains("new folder")) {
                events.next(WAIT_SECONDS);
            }
            Files.writeString(content.resolve("index.html"), "<html><body><p>edited in the new folder</p></body></html>");
            while (!page("/").contains("edited in the new folder")) {
                events.next(WAIT_SECONDS);
            }
            Files.writeString(tmp.resolve("content.old/index.html"), "<html><body><p>old folder</p></body></html>");
            Files.writeString(content.resolve("index.html"), "<html><body><p>last edit</p></body></html>");
            while (!page("/").contains("last edit")) {
                events.next(WAIT_SECONDS);
            }
        }
    }

    /**
     * An editor's save in two steps, the second landing while the build of the first runs (a
     * half-written file that breaks the build): pages hear of neither the error nor that build,
     * only of the build of the finished file, once.
     */
    @Test
    void aSaveInStepsReloadsPagesOnceWithTheFinishedFile() throws Exception {
        try (StateEvents events = new StateEvents(server.url())) {
            String before = buildOf(events.next(WAIT_SECONDS));
            int builds = rebuilder.builds.get();
            CountDownLatch entered = new CountDownLatch(1);
            CountDownLatch gate = new CountDownLatch(1);
            rebuilder.entered = entered;
            rebuilder.gate = gate;

            // Saved whole (written aside, then renamed), so the first build reads exactly this.
            Path aside = content.resolve(".index.html.tmp");
            Files.writeString(aside, "<html><body><p>version three\nBROKEN\n");
            Files.move(aside, content.resolve("index.html"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            assertTrue(entered.await(WAIT_SECONDS, TimeUnit.SECONDS), "the first step started a build");
            Files.writeString(content.resolve("index.html"), "<html><body><p>version three</p></body></html>");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
            while (!server.rebuildPending() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertTrue(server.rebuildPending(), "the second step queued a build");
            gate.countDown();

            String after = events.next(WAIT_SECONDS);
            assertTrue(after.contains("\"error\":null"), "no error shown for the half-written file: " + after);
            assertEquals(before.replaceAll("\\d+$", "") + (Integer.parseInt(before.replaceAll(".*-", "")) + 1), buildOf(after),
                    "one reload: the superseded build did not count");
            assertTrue(page("/").contains("version three</p>"));
            assertEquals(builds + 1, rebuilder.builds.get(), "the half-written file failed the first build; the next one built the finished file");
            assertTrue(log().contains("more changes arrived meanwhile"), log());
        }
    }

    @Test
    void aFailedRebuildKeepsTheLastGoodSiteAndShowsTheErrorUntilFixed() throws Exception {
        try (StateEvents events = new StateEvents(server.url())) {
            String good = buildOf(events.next(WAIT_SECONDS));
            Files.writeString(content.resolve("notes.txt"), "fine\nBROKEN\n");

            String failed = events.next(WAIT_SECONDS);
            assertTrue(failed.contains("notes.txt:2: this line is broken"), failed);
            assertEquals(good, buildOf(failed), "the build id stays that of the last good build");
            assertTrue(page("/").contains("version one"), "the last good site is still served");
            assertEquals(404, RawHttp.send(port(), "GET", "/notes.txt").status());
            assertTrue(log().contains("rebuild failed after a change to notes.txt"), log());
            assertTrue(log().contains("error: notes.txt:2: this line is broken"), log());
            assertFalse(log().contains("\tat "), "no stack trace: " + log());

            try (StateEvents late = new StateEvents(server.url())) {
                assertTrue(late.next(WAIT_SECONDS).contains("notes.txt:2"), "a page opened later sees the error too");
            }

            Files.writeString(content.resolve("notes.txt"), "fine\nfixed\n");
            String fixed = events.next(WAIT_SECONDS);
            assertTrue(fixed.contains("\"error\":null"), fixed);
            assertFalse(good.equals(buildOf(fixed)));
            assertEquals(200, RawHttp.send(port(), "GET", "/notes.txt").status());
        }
    }

    @Test
    void closingEndsOpenEventStreamsAndClosesTheRebuilderOnItsBuildThread() throws Exception {
        try (StateEvents events = new StateEvents(server.url())) {
            events.next(WAIT_SECONDS);
            server.close();
            assertTrue(events.endsWithin(WAIT_SECONDS), "the event stream ended");
        }
        assertTrue(rebuilder.closed);
        assertFalse(rebuilder.threadChanged, "close ran on the build thread");
        assertThrows(IOException.class, () -> RawHttp.send(port(), "GET", "/"));
    }

    @Test
    void aTakenPortIsReportedWithTheOptionToUse() {
        SiteException e = assertThrows(SiteException.class, () -> DevServer.start(content, tmp.resolve("other"), port(),
                DevServer.DEFAULT_QUIET, new CopyingRebuilder(content, tmp.resolve("other")),
                new PrintStream(PrintStream.nullOutputStream())));
        assertTrue(e.getMessage().contains("port " + port() + " on 127.0.0.1 is already in use"), e.getMessage());
        assertTrue(e.getMessage().contains("--port " + (port() + 1)), e.getMessage());
    }

    @Test
    void anOutputFolderInsideTheContentIsRefused() {
        SiteException e = assertThrows(SiteException.class, () -> DevServer.start(content, content.resolve("_site"), 0,
                DevServer.DEFAULT_QUIET, new CopyingRebuilder(content, content.resolve("_site")),
                new PrintStream(PrintStream.nullOutputStream())));
        assertTrue(e.getMessage().contains("is inside the content folder"), e.getMessage());
    }

    @Test
    void aFailedFirstBuildStopsTheServerWithTheBuildsMessage() throws IOException {
        Path broken = Files.createDirectories(tmp.resolve("broken"));
        Files.writeString(broken.resolve("a.md"), "BROKEN\n");
        SiteException e = assertThrows(SiteException.class, () -> DevServer.start(broken, tmp.resolve("out2"), 0,
                DevServer.DEFAULT_QUIET, new CopyingRebuilder(broken, tmp.resolve("out2")),
                new PrintStream(PrintStream.nullOutputStream())));
        assertEquals("a.md:1: this line is broken; remove it", e.getMessage());
    }
}
