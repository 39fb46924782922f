package reglab.site.pipeline;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import reglab.site.links.LinkChecker;
import reglab.site.links.RemoteImages;
import reglab.site.render.RenderResult;
import reglab.site.render.Renderer;

/**
 * Builds the site, Zola-style: {@link #load} the content, then {@link #build(LoadedSite, Renderer)}
 * it through one stage after another, each a small class with a record in and a record out. Any
 * problem stops the build with a {@link reglab.site.SiteException} naming the file and line, before
 * the output is touched. Reusable: {@code serve} calls {@link #build} once per change with a
 * long-lived renderer.
 */
public final class SiteBuilder {

    private final BuildOptions options;
    private final BuildProgress progress;
    private final PageCache cache;

    /** @param progress where the build's progress lines go (stage lines only, see {@link BuildProgress#lines}) */
    public SiteBuilder(BuildOptions options, PrintStream progress) {
        this(options, BuildProgress.lines(progress));
    }

    public SiteBuilder(BuildOptions options, BuildProgress progress) {
        this(options, progress, PageCache.none());
    }

    /**
     * A builder that takes over from {@code cache} what earlier builds of the same site made and
     * did not change since ({@code serve} keeps one for its session; see {@link PageCache}).
     */
    public SiteBuilder(BuildOptions options, BuildProgress progress, PageCache cache) {
        this.options = options;
        this.progress = progress;
        this.cache = cache;
    }

    /** Loads and builds the site with {@code renderer} (not closed here); returns what was made. */
    public BuildReport build(Renderer renderer) {
        return build(load(), renderer);
    }

    /**
     * The load phase: reads the content folder and front matter, and adds the license pages. Cheap
     * and browser-free, so a command can fail fast before it starts a browser.
     */
    public LoadedSite load() {
        return SiteLoader.load(options, progress);
    }

    /** The build phase, on what {@link #load()} returned. */
    public BuildReport build(LoadedSite site, Renderer renderer) {
        return build(site, renderer, true);
    }

    /**
     * Loads the site and runs every stage but the write one, throwing the result away: {@code
     * serve} runs it while it waits for the first change, so the JIT compiler has compiled the
     * stages by then (a rebuild soon after start otherwise runs them mostly interpreted, about
     * twice as slow). With a renderer that kept the last build's results, nothing goes to the
     * browser.
     */
    public void rehearse(Renderer renderer) {
        build(load(), renderer, false);
    }

    private BuildReport build(LoadedSite site, Renderer renderer, boolean write) {
        BuildOptions options = this.options.withDefaultBaseUrl(site.config().baseUrl());
        long start = progress.now();
        ParsedSite parsed = SiteParser.parse(site, options.transforms(), cache);
        RenderCounts counts = parsed.counts();
        progress.stage("parse", BuildProgress.count(parsed.pages().size(), "page")
                + (cache.reusedCount() == 0 ? "" : " (" + cache.parsedCount() + " parsed, " + cache.reusedCount() + " unchanged)")
                + ": "
                + BuildProgress.count(counts.diagrams(), "diagram") + ", " + BuildProgress.count(counts.formulas(), "formula")
                + ", " + BuildProgress.count(counts.codeBlocks(), "code block"), start);

        Map<String, RenderResult> rendered = RenderBatch.render(parsed.requests(), renderer, progress);

        start = progress.now();
        AssembledSite assembled = SiteAssembler.assemble(parsed, rendered, options, cache);
        progress.stage("assemble", BuildProgress.count(assembled.pagePaths().size(), "page") + " and the 404 page"
                + (cache.assembledReusedCount() == 0 ? "" : " (" + cache.assembledReusedCount() + " unchanged)"), start);

        start = progress.now();
        Map<String, byte[]> files = SiteFiles.collect(parsed, assembled, rendered, options, cache);
        progress.stage("files", BuildProgress.count(files.size(), "other file") + " (theme, search index, assets)", start);

        start = progress.now();
        int references = LinkChecker.check(parsed.links(), assembled.html(), files.keySet(), options.notFoundRoot());
        progress.stage("check", BuildProgress.count(references, "reference") + " in " + BuildProgress.count(assembled.pages().size(),
                "page") + " and " + BuildProgress.count(parsed.links().size(), "content link") + " lead somewhere", start);

        BuildReport report = BuildReport.of(parsed, assembled, files, options);
        for (RemoteImages.Replacement r : report.replacements()) {
            progress.note("replaced remote image " + r.remoteUrl() + " (" + r.where() + ") with " + r.localPath());
        }
        if (!write) {
            return report;
        }
        start = progress.now();
        Map<String, byte[]> output = output(files, assembled, report);
        cache.written(SiteWriter.write(options.out(), output, cache.written()));
        long bytes = output.values().stream().mapToLong(b -> b.length).sum();
        progress.stage("write", BuildProgress.count(output.size(), "file") + String.format(Locale.ROOT, ", %.1f MB to ", bytes / 1e6)
                + options.out(), start);
        return report;
    }

    /** Everything the write stage puts in the output folder: files, pages and the build report. */
    private static Map<String, byte[]> output(Map<String, byte[]> files, AssembledSite assembled, BuildReport report) {
        Map<String, byte[]> output = new TreeMap<>(files);
        output.putAll(assembled.pages());
        output.put(BuildReport.FILE, report.text().getBytes(StandardCharsets.UTF_8));
        return output;
    }
}
