package reglab.site.pipeline;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import java.util.ArrayList;
import java.util.List;
import reglab.site.content.SourcePage;
import reglab.site.images.ImageSizes;
import reglab.site.links.InternalLink;
import reglab.site.links.LinkRewriter;
import reglab.site.links.RemoteImages;
import reglab.site.links.SiteLinks;
import reglab.site.markdown.DocumentTransform;
import reglab.site.markdown.MarkdownPipeline;
import reglab.site.markdown.RenderSlots;
import reglab.site.markdown.heading.HeadingIds;
import reglab.site.markdown.heading.Toc;
import reglab.site.search.SearchIndex;
import reglab.site.theme.Theme;

/**
 * The Markdown stage for one page: parse, apply the document transforms, give headings unique ids,
 * rewrite and check links, measure images, then write HTML with placeholders for what the browser
 * renders.
 */
public final class PageParser {

    /** Deepest heading level listed in a page's table of contents. */
    static final int TOC_DEPTH = 3;

    private final MarkdownPipeline markdown;
    private final List<DocumentTransform> transforms;
    private final SiteLinks links;
    private final RemoteImages images;
    private final ImageSizes sizes;

    public PageParser(MarkdownPipeline markdown, List<DocumentTransform> transforms, SiteLinks links, RemoteImages images) {
        this(markdown, transforms, links, images, new ImageSizes(path -> null));
    }

    /** @param sizes measures the site's image files, for the {@code width} and {@code height} of each image */
    public PageParser(MarkdownPipeline markdown, List<DocumentTransform> transforms, SiteLinks links, RemoteImages images,
                      ImageSizes sizes) {
        this.markdown = markdown;
        this.transforms = List.copyOf(transforms);
        this.links = links;
        this.images = images;
        this.sizes = sizes;
    }

    public ParsedPage parse(SourcePage page) {
        Document document = markdown.parse(page.body());
        List<String> changes = new ArrayList<>();
        for (DocumentTransform t : transforms) {
            t.apply(document, page, changes::add);
        }
        HeadingIds.assign(document, Theme.RESERVED_IDS);
        List<InternalLink> pageLinks = LinkRewriter.rewrite(document, page, links, images);
        sizes.measure(document, page.outputPath());
        RenderSlots slots = RenderSlots.attach(document, page.display());
        String html = markdown.render(document);
        String title = page.title(firstHeading(document, page.path()));
        String description = page.frontMatter().settings().description();
        return new ParsedPage(page, SearchIndex.sections(page.outputPath(), title, document), title, description != null ? description : description(document), html, slots,
                Toc.entries(document, TOC_DEPTH), pageLinks, changes);
    }

    private static String firstHeading(Document document, String fallback) {
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h) {
                return new TextCollectingVisitor().collectAndGetText(h).strip();
            }
        }
        return fallback;
    }

    private static String description(Document document) {
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Paragraph p) {
                String text = new TextCollectingVisitor().collectAndGetText(p).replaceAll("\\s+", " ").strip();
                if (text.length() > 40) {
                    return text.length() <= 160 ? text : text.substring(0, text.lastIndexOf(' ', 157)) + "…";
                }
            }
        }
        return "";
    }
}
