package reglab.site.serve;

import java.io.PrintStream;
import java.nio.file.Path;
import reglab.site.SiteException;
import reglab.site.pipeline.BuildOptions;
import reglab.site.pipeline.BuildProgress;
import reglab.site.pipeline.PageCache;
import reglab.site.pipeline.SiteBuilder;
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

    /** Warm-up steps after the first build (see {@link #warmUp()}). */
    static final int WARM_UP_STEPS = 5;

    private final BuildOptions options;
    private final Path cacheDir;
    private final String browserOption;
    private final int renderPages;
    private final PrintStream progress;
    private final PageCache cache = PageCache.create();
    private BrowserRenderer renderer;
    private boolean built;
    private int warmUpSteps;

    /**
     * @param cacheDir      the render cache folder shared with {@code ./reglab build}
     * @param browserOption the {@code --browser} value, or null to let {@link BrowserLocator} search
     * @param progress      where the first build's progress lines go; rebuilds report through the
     *                      server's single timing line instead
     */
    public SiteBuildSession(BuildOptions options, Path cacheDir, String browserOption, PrintStream progress) {
        this(options, cacheDir, browserOption, BrowserRenderer.defaultPages(), progress);
    }

    /** @param renderPages the most browser pages a rebuild renders in at once */
    public SiteBuildSession(BuildOptions options, Path cacheDir, String browserOption, int renderPages, PrintStream progress) {
        this.options = options;
        this.cacheDir = cacheDir;
        this.browserOption = browserOption;
        this.renderPages = renderPages;
        this.progress = progress;
    }

    @Override
    public String build() {
        if (renderer == null) {
            renderer = new BrowserRenderer(cacheDir, new BrowserLocator().locate(browserOption), renderPages);
            // A session's edits may add a diagram at any time: keep Mermaid loaded from the start.
            renderer.prelaunch(true);
        }
        BuildProgress stages = built ? BuildProgress.silent() : BuildProgress.lines(progress);
        new SiteBuilder(options, stages, cache).build(renderer);
        built = true;
        return stages.stageSummary();
    }

    /**
     * One of {@value #WARM_UP_STEPS} steps, each drawing the site's first diagram again in the
     * browser ({@link BrowserRenderer#warmUp()}: the JavaScript engine optimizes Mermaid's layout
     * and drawing code over the first few drawings) and rehearsing the build without writing
     * ({@link SiteBuilder#rehearse}: the JIT compiles the Java stages). Measured in a loop of
     * rebuilds of content/ after one diagram edit each: the Java stages took about 75 ms of CPU at
     * the 5th rebuild and 45 ms at the 30th, and the browser's 2nd to 4th drawings of the diagram
     * two to five times as long as later ones.
     */
    @Override
    public boolean warmUp() {
        if (renderer == null || warmUpSteps >= WARM_UP_STEPS) {
            return false;
        }
        warmUpSteps++;
        renderer.warmUp();
        try {
            new SiteBuilder(options, BuildProgress.silent(), PageCache.none()).rehearse(renderer);
        } catch (SiteException e) {
            // The content changed into something that does not build: the rebuild says what.
            warmUpSteps = WARM_UP_STEPS;
        }
        return warmUpSteps < WARM_UP_STEPS;
    }

    @Override
    public void close() {
        if (renderer != null) {
            renderer.close();
            renderer = null;
        }
    }
}
