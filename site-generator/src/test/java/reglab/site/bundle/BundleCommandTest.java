package reglab.site.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reglab.cli.Main;

/**
 * {@code ./reglab bundle} stopping on content it cannot take offline: a message naming the
 * reference and the page, exit code 1, no stack trace, and no edition written. The site build's own
 * checks stop a remote or missing image in a page; the bundle's audit ({@link SiteAudit}) also reads
 * the stylesheets, which the build copies unread. The pages hold no diagram or formula, so the
 * build needs no rendering.
 */
class BundleCommandTest {

    @TempDir
    Path dir;

    @Test
    void remoteImageInRawHtmlStopsTheBundle() throws IOException {
        Run r = bundle("# Page\n\n<p><img src=\"https://example.org/logo.png\" alt=\"\"></p>\n");
        assertEquals(1, r.exit, r.err);
        assertTrue(r.err.contains("index.html") && r.err.contains("https://example.org/logo.png"), r.err);
        assertNothingWritten(r);
    }

    @Test
    void missingImageStopsTheBundle() throws IOException {
        Run r = bundle("# Page\n\n<p><img src=\"pictures/gone.png\" alt=\"gone\"></p>\n");
        assertEquals(1, r.exit, r.err);
        assertTrue(r.err.contains("index.html") && r.err.contains("pictures/gone.png"), r.err);
        assertNothingWritten(r);
    }

    @Test
    void remoteFontInAContentStylesheetStopsTheBundle() throws IOException {
        Files.createDirectories(dir.resolve("content/styles"));
        Files.writeString(dir.resolve("content/styles/extra.css"),
                "@font-face { font-family: X; src: url(https://fonts.example.org/x.woff2) format(\"woff2\"); }\n");
        Run r = bundle("# Page\n\n<link rel=\"stylesheet\" href=\"styles/extra.css\">\n\nText.\n");
        assertEquals(1, r.exit, r.err);
        assertTrue(r.err.contains("remote resource url() 'https://fonts.example.org/x.woff2' in styles/extra.css"
                + " cannot be bundled"), r.err);
        assertNothingWritten(r);
    }

    @Test
    void missingFontInAContentStylesheetStopsTheBundle() throws IOException {
        Files.createDirectories(dir.resolve("content/styles"));
        Files.writeString(dir.resolve("content/styles/extra.css"),
                "@font-face { font-family: X; src: url(fonts/x.woff2) format(\"woff2\"); }\n");
        Run r = bundle("# Page\n\n<link rel=\"stylesheet\" href=\"styles/extra.css\">\n\nText.\n");
        assertEquals(1, r.exit, r.err);
        assertTrue(r.err.contains("missing asset: url() 'fonts/x.woff2' in styles/extra.css names styles/fonts/x.woff2"),
                r.err);
        assertNothingWritten(r);
    }

    @Test
    void unknownOptionIsNamed() {
        Run r = run("bundle", "--output", "x");
        assertEquals(2, r.exit);
        assertTrue(r.err.contains("unknown option --output"), r.err);
    }

    private void assertNothingWritten(Run r) throws IOException {
        assertFalse(r.err.contains("\tat "), "no stack trace");
        Path out = dir.resolve("dist");
        assertTrue(!Files.exists(out) || Files.list(out).findAny().isEmpty(), "no edition written");
    }

    private Run bundle(String markdown) throws IOException {
        Path content = dir.resolve("content");
        Files.createDirectories(content);
        Files.writeString(content.resolve("index.md"), markdown, StandardCharsets.UTF_8);
        return run("bundle", "--content", content.toString(), "--out", dir.resolve("dist").toString());
    }

    private static Run run(String... argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(argv, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, err.toString(StandardCharsets.UTF_8));
    }

    private record Run(int exit, String err) {
    }
}
