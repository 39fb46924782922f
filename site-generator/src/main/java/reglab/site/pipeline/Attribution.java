package reglab.site.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import reglab.site.content.FrontMatter;
import reglab.site.content.LicensePages;
import reglab.site.content.OutputPaths;
import reglab.site.content.SourcePage;
import reglab.site.theme.Theme;
import reglab.site.url.SitePaths;

/**
 * The attribution CC BY 4.0 (section 3(a)) asks for, shown on every page: the work's title, its
 * author (creator), a link to the source, the license with a link to it, and an indication of the
 * changes made. Built from the licensed page's front matter and what the build did to it; no
 * licensed page, no attribution.
 *
 * @param title      the licensed document's title
 * @param author     front matter {@code author}
 * @param version    front matter {@code version}, or empty
 * @param created    front matter {@code created}, or empty
 * @param sourcePage root-relative output path of the licensed page
 * @param source     where the work comes from: front matter {@code source} (a URL) if given, else
 *                   the Markdown file's path in the content folder
 * @param licenses   front matter license value, as written
 * @param hasMitPage whether {@code LICENSE.html} exists
 * @param hasCcPage  whether {@code LICENSE-CC-BY.html} exists
 * @param changes    what the project changed or added, one note each
 */
public record Attribution(String title, String author, String version, String created, String sourcePage,
                          String source, String licenses, boolean hasMitPage, boolean hasCcPage, List<String> changes) {

    /** The attribution for a parsed site, or null if no page is licensed. */
    static Attribution of(ParsedSite site) {
        SourcePage licensed = LicensePages.licensedPage(site.loaded().pages());
        if (licensed == null) {
            return null;
        }
        ParsedPage page = site.of(licensed);
        RenderCounts counts = RenderCounts.of(page.slots().requests());
        List<String> changes = new ArrayList<>();
        changes.add("rendered to HTML by reglab");
        List<String> typeset = new ArrayList<>();
        if (counts.diagrams() > 0) {
            typeset.add("diagrams drawn");
        }
        if (counts.formulas() > 0) {
            typeset.add("formulas typeset");
        }
        if (counts.codeBlocks() > 0) {
            typeset.add("code highlighted");
        }
        if (!typeset.isEmpty()) {
            changes.add(String.join(", ", typeset) + " at build time");
        }
        if (!site.images().replacements().isEmpty()) {
            changes.add("remote badge images replaced by locally drawn badges with the same text");
        }
        Set<String> notes = new LinkedHashSet<>();
        site.pages().forEach(p -> notes.addAll(p.changes()));
        changes.addAll(notes);
        List<String> added = site.pages().stream().filter(p -> p.source() != licensed && !p.source().generated())
                .map(ParsedPage::title).toList();
        if (!added.isEmpty()) {
            changes.add("pages added: " + String.join(", ", added));
        }
        changes.add("the document's text is unchanged");
        Set<String> paths = site.loaded().pages().stream().map(SourcePage::path).collect(Collectors.toSet());
        FrontMatter meta = licensed.frontMatter();
        return new Attribution(page.title(), meta.text("author", ""), meta.text("version", ""), meta.text("created", ""),
                licensed.outputPath(), meta.text("source", "the Markdown document " + licensed.path()), meta.licenses(),
                paths.contains(LicensePages.MIT_PAGE), paths.contains(LicensePages.CC_BY_PAGE), changes);
    }

    /** The footer HTML for the page at {@code fromOutput}, with links relative to it. */
    public String html(String fromOutput) {
        return html(to -> SitePaths.relative(fromOutput, to));
    }

    /** @param href the link to a root-relative output path, from the page the footer is for */
    public String html(UnaryOperator<String> href) {
        String cc = hasCcPage
                ? link(href, OutputPaths.forSource(LicensePages.CC_BY_PAGE), "CC BY 4.0")
                : "<a href=\"https://creativecommons.org/licenses/by/4.0/\">CC BY 4.0</a>";
        StringBuilder sb = new StringBuilder("<p class=\"attribution\">");
        sb.append("“").append(link(href, sourcePage, Theme.escape(title))).append("” by ")
                .append(Theme.escape(author.isEmpty() ? "its author" : author));
        String when = (version.isEmpty() ? "" : "version " + version) + (!version.isEmpty() && !created.isEmpty() ? ", " : "")
                + (created.isEmpty() ? "" : "created " + created);
        if (!when.isEmpty()) {
            sb.append(" (").append(Theme.escape(when)).append(')');
        }
        String licenseLower = licenses.toLowerCase(Locale.ROOT);
        if (licenseLower.contains("cc by")) {
            sb.append(", licensed under ").append(cc);
            if (licenseLower.contains("mit")) {
                sb.append(" (its code under the ")
                        .append(hasMitPage ? link(href, OutputPaths.forSource(LicensePages.MIT_PAGE), "MIT License") : "MIT License")
                        .append(')');
            }
        } else {
            sb.append(", licensed under ").append(Theme.escape(licenses));
        }
        sb.append(". Source: ");
        if (source.startsWith("https://") || source.startsWith("http://")) {
            sb.append("<a href=\"").append(Theme.escape(source)).append("\">").append(Theme.escape(source)).append("</a>");
        } else {
            sb.append(Theme.escape(source));
        }
        sb.append(".</p>\n");
        sb.append("<p class=\"attribution-changes\">Changes: ").append(Theme.escape(String.join("; ", changes)))
                .append(".</p>\n");
        return sb.toString();
    }

    private static String link(UnaryOperator<String> href, String to, String html) {
        return "<a href=\"" + Theme.escape(href.apply(to)) + "\">" + html + "</a>";
    }
}
