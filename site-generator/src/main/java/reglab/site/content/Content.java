package reglab.site.content;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything the loader found: Markdown pages and other files, both sorted by path.
 *
 * @param root   the content folder
 * @param pages  the Markdown pages
 * @param assets every other file, copied to the same relative path in the output
 * @param drafts paths of the pages left out because their front matter says {@code draft: true}
 */
public record Content(Path root, List<SourcePage> pages, List<Asset> assets, List<String> drafts) {

    /** A non-Markdown file of the content folder. */
    public record Asset(String path, Path file) {
    }
}
