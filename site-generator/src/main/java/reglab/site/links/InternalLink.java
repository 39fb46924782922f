package reglab.site.links;

/**
 * A link between pages of the site, recorded while rewriting so the checker can verify its anchor
 * once every page's ids are known.
 *
 * @param where        {@code file:line} of the link in the content
 * @param written      the URL as the author wrote it
 * @param targetOutput root-relative output path of the target page or file
 * @param fragment     the anchor without {@code #}, or empty
 */
public record InternalLink(String where, String written, String targetOutput, String fragment) {
}
