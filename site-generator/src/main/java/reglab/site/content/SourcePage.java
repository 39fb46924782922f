package reglab.site.content;

import java.nio.file.Path;

/**
 * One Markdown page of the site, loaded but not yet parsed.
 *
 * @param path        path relative to the content folder, with {@code /} separators (e.g. {@code lab.md});
 *                    also the key links and the page registry use
 * @param display     how error messages name the file (e.g. {@code content/index.md})
 * @param file        the file on disk, or {@code null} for a page the generator made (license pages)
 * @param frontMatter the page's front matter, kept in full
 * @param body        the Markdown with the front matter lines blanked out, so that line numbers in
 *                    the body are line numbers in the file
 * @param generated   true for pages the generator adds (not the author's text)
 */
public record SourcePage(String path, String display, Path file, FrontMatter frontMatter, String body, boolean generated) {

    /** Where the page goes in the output: {@code x.md} becomes {@code x.html}, so links work from disk too. */
    public String outputPath() {
        return OutputPaths.forSource(path);
    }

    /** The page title: front matter {@code title}, else the given fallback (usually the first heading). */
    public String title(String fallback) {
        String title = frontMatter.settings().title();
        return title == null ? fallback : title;
    }

    /** Sort weight in the navigation: front matter {@code weight}; the home page first, generated pages last. */
    public int weight() {
        Integer w = frontMatter.settings().weight();
        if (w != null) {
            return w;
        }
        if (path.equals("index.md")) {
            return Integer.MIN_VALUE;
        }
        return generated ? 1_000_000 : 0;
    }
}
