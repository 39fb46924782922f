package reglab.site.serve;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import reglab.site.pipeline.BuildOptions;
import reglab.site.pipeline.SiteBuilder;
import reglab.site.render.RenderRequest;
import reglab.site.render.RenderResult;
import reglab.site.render.Renderer;
import reglab.site.render.browser.BrowserLocator;
import reglab.site.render.browser.BrowserRenderer;

/**
 * The real {@link SiteRebuilder}: {@link SiteBuilder} with one {@link BrowserRenderer} kept open
 * for the whole session, so a rebuild reuses the running browser and its in-memory render cache
 * and only a changed diagram or formula goes to the browser again. The browser is found (and, as
 * root on Debian, installed) during the first build, after the server has claimed its port, so a
 * taken port is reported at once.
 */
public final class SiteBuildSession implements SiteRebuilder {

    private final BuildOptions options;
    private final Path cacheDir;
    private final String browserOption;
    private final PrintStream progress;
    private BrowserRenderer renderer;
    private boolean built;

    /**
     * @param cacheDir      the render cache folder shared with {@code ./reglab build}
     * @param browserOption the {@code --browser} value, or null to let {@link BrowserLocator} search
     * @param progress      where the first build's progress lines go; rebuilds report through the
     *                      server's single timing line instead
     */
    public SiteBuildSession(BuildOptions options, Path cacheDir, String browserOption, PrintStream progress) {
        this.options = options;
        this.cacheDir = cacheDir;
        this.browserOption = browserOption;
        this.progress = progress;
    }

    @Override
    public String build() {
        if (renderer == null) {
            renderer = new BrowserRenderer(cacheDir, new BrowserLocator().locate(browserOption));
            renderer.prelaunch();
        }
        PrintStream stageOutput = built ? new PrintStream(PrintStream.nullOutputStream()) : progress;
        TimedRenderer timed = new TimedRenderer(renderer);
        new SiteBuilder(options, stageOutput).build(timed);
        built = true;
        return "render " + timed.millis() + " ms";
    }

    /** Measures the render stage, to tell browser time from the rest of a rebuild. */
    private static final class TimedRenderer implements Renderer {
        private final Renderer inner;
        private long nanos;

        TimedRenderer(Renderer inner) {
            this.inner = inner;
        }

        @Override
        public Map<String, RenderResult> renderAll(List<RenderRequest> requests) {
            long start = System.nanoTime();
            try {
                return inner.renderAll(requests);
            } finally {
                nanos += System.nanoTime() - start;
            }
        }

        long millis() {
            return TimeUnit.NANOSECONDS.toMillis(nanos);
        }

        /** The session owns the real renderer and closes it once, in {@link SiteBuildSession#close}. */
        @Override
        public void close() {
        }
    }

    @Override
    public void close() {
        if (renderer != null) {
            renderer.close();
            renderer = null;
        }
    }
}
