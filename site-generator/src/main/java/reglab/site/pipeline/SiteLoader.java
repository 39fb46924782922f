package reglab.site.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import reglab.site.SiteException;
import reglab.site.content.Content;
import reglab.site.content.ContentLoader;
import reglab.site.content.LicensePages;
import reglab.site.content.SiteConfig;
import reglab.site.content.SourcePage;
import reglab.site.images.SvgImage;

/**
 * The load stage: the content folder's pages (with their front matter) and files, plus the license
 * pages the licensed page calls for; the site file, its navigation checked against the pages; the
 * SVG files, made safe to publish. Cheap and browser-free, so a command can fail fast on a missing
 * folder, broken front matter, a broken site file or a malformed SVG before it starts a browser.
 */
final class SiteLoader {

    private SiteLoader() {
    }

    /** @throws SiteException if the output and content folders overlap, or the content cannot be read */
    static LoadedSite load(BuildOptions options, BuildProgress progress) {
        long start = progress.now();
        Path contentDir = options.content().toAbsolutePath().normalize();
        Path out = options.out().toAbsolutePath().normalize();
        if (out.startsWith(contentDir) || contentDir.startsWith(out)) {
            throw new SiteException("--out " + options.out() + " and --content " + options.content() + " overlap; the output "
                    + "folder is replaced as a whole, so choose one outside the content folder (and not containing it)");
        }
        Content content = ContentLoader.load(options.content(), options.contentDisplay());
        List<SourcePage> sources = LicensePages.addTo(content.pages());
        SiteConfig config = SiteConfig.load(options.content(), options.contentDisplay());
        config.checkNav(sources.stream().map(SourcePage::path).collect(Collectors.toSet()), Set.copyOf(content.drafts()),
                sources.stream().filter(p -> !p.frontMatter().settings().inNav()).map(SourcePage::path).collect(Collectors.toSet()));
        LoadedSite site = new LoadedSite(content, sources, config, svgs(content, options.contentDisplay(), progress));
        progress.stage("load", BuildProgress.count(content.pages().size(), "page") + " and "
                + BuildProgress.count(content.assets().size(), "other file")
                + " in " + options.contentDisplay() + "/"
                + (content.drafts().isEmpty() ? "" : "; not built (draft: true): " + String.join(", ", content.drafts())), start);
        return site;
    }

    /** Every SVG file of the content made safe ({@link SvgImage}), saying what was removed from which. */
    private static Map<String, SvgImage> svgs(Content content, String display, BuildProgress progress) {
        Map<String, SvgImage> out = new TreeMap<>();
        for (Content.Asset asset : content.assets()) {
            if (asset.path().toLowerCase(Locale.ROOT).endsWith(".svg")) {
                String name = display + "/" + asset.path();
                SvgImage svg;
                try {
                    svg = SvgImage.read(Files.readAllBytes(asset.file()), name);
                } catch (IOException e) {
                    throw new SiteException(name + ": cannot read: " + e.getMessage());
                }
                if (!svg.removed().isEmpty()) {
                    progress.note(name + ": removed " + svg.summary()
                            + " (an SVG image may not run scripts or load other files)");
                }
                out.put(asset.path(), svg);
            }
        }
        return out;
    }
}
