package reglab.site.pipeline;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import reglab.site.SiteException;
import reglab.site.content.Content;
import reglab.site.content.ContentLoader;
import reglab.site.content.LicensePages;
import reglab.site.content.SourcePage;

/**
 * The load stage: the content folder's pages (with their front matter) and files, plus the license
 * pages the licensed page calls for. Cheap and browser-free, so a command can fail fast on a
 * missing folder or broken front matter before it starts a browser.
 */
final class SiteLoader {

    private SiteLoader() {
    }

    /** @throws SiteException if the output and content folders overlap, or the content cannot be read */
    static LoadedSite load(BuildOptions options, PrintStream progress) {
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
}
