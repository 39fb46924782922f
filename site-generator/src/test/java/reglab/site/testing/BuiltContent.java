package reglab.site.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import reglab.site.files.FileTrees;
import reglab.site.pipeline.BuildOptions;
import reglab.site.pipeline.SiteBuilder;
import reglab.site.render.browser.BrowserRenderer;
import reglab.site.render.browser.HeadlessChromium;

/**
 * The real content ({@code ../content}) built once per test JVM with the real renderer, shared by
 * the browser tests that only read the built site: rendering its diagrams is the slowest part of
 * a build, and surefire runs a module's test classes in one JVM. Readers must not change the
 * folder. It is deleted when the JVM exits.
 */
public final class BuiltContent {

    public static final Path CONTENT = Path.of("..", "content");

    private static Path site;

    private BuiltContent() {
    }

    /** The built site's folder; the first call builds it with {@code chromium}, which stays open. */
    public static synchronized Path site(HeadlessChromium chromium) {
        if (site == null) {
            Path dir;
            try {
                dir = Files.createTempDirectory("reglab-built-content-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> FileTrees.deleteQuietly(dir)));
            Path out = dir.resolve("site");
            try (BrowserRenderer renderer = new BrowserRenderer(null, chromium)) {
                new SiteBuilder(BuildOptions.of(CONTENT, out, null), new PrintStream(new ByteArrayOutputStream())).build(renderer);
            }
            site = out;
        }
        return site;
    }
}
