package reglab.site.markdown.heading;

/**
 * One heading in a page's table of contents.
 *
 * @param level 1–6
 * @param id    the heading's unique id (the anchor)
 * @param text  the heading's plain text
 */
public record TocEntry(int level, String id, String text) {
}
