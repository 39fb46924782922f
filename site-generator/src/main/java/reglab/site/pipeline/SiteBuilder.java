package reglab.site.pipeline;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import reglab.site.SiteException;
import reglab.site.content.Content;
import reglab.site.content.ContentLoader;
import reglab.site.content.LicensePages;
import reglab.site.content.SourcePage;
import reglab.site.links.InternalLink;
import reglab.site.links.LinkChecker;
import reglab.site.links.RemoteImages;
import reglab.site.links.SiteLinks;
import reglab.site.markdown.MarkdownPipeline;
import reglab.site.render.RenderKind;
import reglab.site.render.RenderRequest;
import reglab.site.render.RenderResult;
import reglab.site.render.Renderer;
import reglab.site.search.SearchIndex;
import reglab.site.theme.Theme;

/**
 * Builds the site, Zola-style: {@code load} the content, then {@code build}: parse every page (the
 * Markdown stage), render all diagrams, formulas and code of the build in one batch, assemble pages
 * in the theme, add the search index, sitemap and assets, check every link, and write the folder
 * atomically. Any problem stops the build with a {@link reglab.site.SiteException} naming the file
 * and line, before the output is touched. Reusable: {@code serve} calls {@link #build} once per
 * change with a long-lived renderer.
 */
public final class SiteBuilder {

    private final BuildOptions options;
    private final PrintStream progress;

    /** @param progress where the build's progress lines go */
    public SiteBuilder(BuildOptions options, PrintStream progress) {
        this.options = options;
        this.progress = progress;
    }

    /** Loads and builds the site with {@code renderer} (not closed here); returns what was made. */
    public BuildReport build(Renderer renderer) {
        return build(load(), renderer);
    }

    /**
     * The load phase: reads the content folder and front matter, and adds the license pages. Cheap
     * and browser-free, so a command can fail fast on a missing folder or broken front matter
     * before it starts a browser.
     */
    public LoadedSite load() {
        Path contentDir = options.content().toAbsolutePath().normalize();
        Path out = options.out().toAbsolutePath().normalize();
        if (out.startsWith(contentDir) || contentDir.startsWith(out)) {
            throw new SiteException("--out " + options.out() + " and --content " + options.content() + " overlap; the output "
                    + "folder is replaced as a whole, so choose one outside the content folder (and not containing it)");
        }
        Content content = ContentLoader.load(options.content(), options.contentDisplay());
        List<SourcePage> sources = LicensePages.addTo(content.pages());
        progress.println("reglab: " + content.pages().size() + " page(s) and " + content.assets().size()
                + " other file(s) in " + options.contentDisplay() + "/");
        return new LoadedSite(content, sources);
    }

    /** The build phase, on what {@link #load()} returned. */
    public BuildReport build(LoadedSite site, Renderer renderer) {
        Content content = site.content();
        List<SourcePage> sources = site.pages();

        RemoteImages images = new RemoteImages();
        SiteLinks links = new SiteLinks(sources.stream().map(SourcePage::path).collect(Collectors.toSet()),
                content.assets().stream().map(Content.Asset::path).collect(Collectors.toSet()));
        PageParser parser = new PageParser(MarkdownPipeline.standard(), options.transforms(), links, images);
        List<ParsedPage> pages = new ArrayList<>();
        List<RenderRequest> requests = new ArrayList<>();
        for (SourcePage source : sources) {
            ParsedPage page = parser.parse(source);
            pages.add(page);
            requests.addAll(page.slots().requests());
        }

        Map<RenderKind, Long> counts = count(requests);
        long diagrams = counts.getOrDefault(RenderKind.MERMAID, 0L);
        long formulas = counts.getOrDefault(RenderKind.MATH_INLINE, 0L) + counts.getOrDefault(RenderKind.MATH_DISPLAY, 0L);
        long code = counts.getOrDefault(RenderKind.CODE, 0L);
        progress.println("reglab: rendering " + diagrams + " diagram(s), " + formulas + " formula(s) and " + code
                + " code block(s) in one batch ...");
        long renderStart = System.nanoTime();
        Map<String, RenderResult> results = requests.isEmpty() ? Map.of() : renderer.renderAll(requests);
        if (!requests.isEmpty()) {
            progress.printf("reglab: rendered in %.1f s%n", (System.nanoTime() - renderStart) / 1e9);
        }

        SourcePage licensed = LicensePages.licensedPage(sources);
        Attribution attribution = licensed == null ? null : attribution(licensed, pages, sources, images);
        String siteTitle = pages.stream().filter(p -> p.source().path().equals("index.md")).findFirst()
                .map(ParsedPage::title).orElse("reglab");
        Theme theme = new Theme(siteTitle, findIndex(sources).frontMatter().get("lang", "en"));
        PageAssembler assembler = new PageAssembler(theme, pages, attribution, options.assets());

        Map<String, byte[]> files = new TreeMap<>();
        Map<String, String> html = new TreeMap<>();
        SearchIndex search = new SearchIndex();
        List<ParsedPage> ordered = assembler.navOrder();
        for (ParsedPage page : ordered) {
            boolean math = page.slots().requests().stream()
                    .anyMatch(r -> r.kind() == RenderKind.MATH_INLINE || r.kind() == RenderKind.MATH_DISPLAY);
            html.put(page.outputPath(), assembler.assemble(page, results, math ? KatexAssets.headTag() : ""));
            search.addPage(page.outputPath(), page.title(), page.document());
        }
        html.put("404.html", assembler.notFound(options.notFoundRoot()));
        if (formulas > 0) {
            files.putAll(KatexAssets.files());
        }
        files.putAll(theme.staticFiles());
        files.putAll(images.files());
        for (PageAssets a : options.assets()) {
            files.putAll(a.files());
        }
        for (Content.Asset asset : content.assets()) {
            files.put(asset.path(), read(asset));
        }
        files.put(SearchIndex.FILE, search.js().getBytes(StandardCharsets.UTF_8));
        List<String> pagePaths = ordered.stream().map(ParsedPage::outputPath).toList();
        if (options.baseUrl() != null) {
            files.put("sitemap.xml", Sitemap.xml(options.baseUrl(), pagePaths).getBytes(StandardCharsets.UTF_8));
        }

        List<InternalLink> contentLinks = pages.stream().flatMap(p -> p.links().stream()).toList();
        Set<String> otherFiles = new LinkedHashSet<>(files.keySet());
        LinkChecker.check(contentLinks, html, otherFiles, options.notFoundRoot());

        BuildReport report = new BuildReport(pagePaths, files.size() + html.size() + 1, (int) diagrams, (int) formulas,
                (int) code, images.replacements(), options.baseUrl() != null);
        html.forEach((path, text) -> files.put(path, text.getBytes(StandardCharsets.UTF_8)));
        files.put(BuildReport.FILE, report.text().getBytes(StandardCharsets.UTF_8));
        for (RemoteImages.Replacement r : images.replacements()) {
            progress.println("reglab: replaced remote image " + r.remoteUrl() + " (" + r.where() + ") with " + r.localPath());
        }
        SiteWriter.write(options.out(), files);
        progress.println("reglab: wrote " + pagePaths.size() + " page(s), " + files.size() + " files to " + options.out());
        return report;
    }

    private Attribution attribution(SourcePage licensed, List<ParsedPage> pages, List<SourcePage> sources, RemoteImages images) {
        ParsedPage page = pages.stream().filter(p -> p.source() == licensed).findFirst().orElseThrow();
        Map<RenderKind, Long> counts = count(page.slots().requests());
        List<String> changes = new ArrayList<>();
        changes.add("rendered to HTML by reglab");
        List<String> typeset = new ArrayList<>();
        if (counts.getOrDefault(RenderKind.MERMAID, 0L) > 0) {
            typeset.add("diagrams drawn");
        }
        if (counts.getOrDefault(RenderKind.MATH_INLINE, 0L) + counts.getOrDefault(RenderKind.MATH_DISPLAY, 0L) > 0) {
            typeset.add("formulas typeset");
        }
        if (counts.getOrDefault(RenderKind.CODE, 0L) > 0) {
            typeset.add("code highlighted");
        }
        if (!typeset.isEmpty()) {
            changes.add(String.join(", ", typeset) + " at build time");
        }
        if (!images.replacements().isEmpty()) {
            changes.add("remote badge images replaced by locally drawn badges with the same text");
        }
        Set<String> notes = new LinkedHashSet<>();
        pages.forEach(p -> notes.addAll(p.changes()));
        changes.addAll(notes);
        List<String> added = pages.stream().filter(p -> p.source() != licensed && !p.source().generated())
                .map(ParsedPage::title).toList();
        if (!added.isEmpty()) {
            changes.add("pages added: " + String.join(", ", added));
        }
        changes.add("the document's text is unchanged");
        Set<String> paths = sources.stream().map(SourcePage::path).collect(Collectors.toSet());
        return new Attribution(page.title(), licensed.frontMatter().get("author", ""),
                licensed.frontMatter().get("version", ""), licensed.frontMatter().get("created", ""),
                licensed.outputPath(), licensed.frontMatter().get("source", "the Markdown document " + licensed.path()),
                licensed.frontMatter().licenses(),
                paths.contains(LicensePages.MIT_PAGE), paths.contains(LicensePages.CC_BY_PAGE), changes);
    }

    private static Map<RenderKind, Long> count(List<RenderRequest> requests) {
        Map<RenderKind, Long> counts = new HashMap<>();
        requests.forEach(r -> counts.merge(r.kind(), 1L, Long::sum));
        return counts;
    }

    private static SourcePage findIndex(List<SourcePage> sources) {
        return sources.stream().filter(p -> p.path().equals("index.md")).findFirst().orElseThrow();
    }

    private static byte[] read(Content.Asset asset) {
        try {
            return java.nio.file.Files.readAllBytes(asset.file());
        } catch (java.io.IOException e) {
            throw new reglab.site.SiteException(asset.file() + ": cannot read: " + e.getMessage());
        }
    }
}
