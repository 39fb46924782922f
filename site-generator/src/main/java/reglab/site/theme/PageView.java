package reglab.site.theme;

/**
 * Everything the theme needs to draw one page. HTML fields are ready-made markup; text fields are
 * plain text (the theme escapes them).
 *
 * @param outputPath  root-relative output path, e.g. {@code index.html}
 * @param title       the page title (text)
 * @param description a one-line summary for search engines (text)
 * @param navHtml     the site navigation, with the current page marked
 * @param breadcrumbsHtml the page's place among the sections, or empty
 * @param metaHtml    the page metadata block (front matter), or empty
 * @param contentHtml the article
 * @param tocHtml     the table of contents, or empty
 * @param footerHtml  the attribution footer
 * @param headHtml    extra tags for {@code <head>}
 * @param bodyEndHtml extra tags before {@code </body>}
 * @param lang        the page's language tag, or null for the site's
 */
public record PageView(String outputPath, String title, String description, String navHtml, String breadcrumbsHtml,
                       String metaHtml, String contentHtml, String tocHtml, String footerHtml, String headHtml,
                       String bodyEndHtml, String lang) {
}
