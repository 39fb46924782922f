package reglab.site.links;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import reglab.site.SiteException;
import reglab.site.content.SourcePage;
import reglab.site.url.SitePaths;
import reglab.site.url.Url;
import reglab.site.url.UrlKind;

/**
 * The link stage of a page: rewrites every link, image and link reference definition of the
 * parsed page to its output URL (see {@link SiteLinks}), swaps remote images for local badges
 * ({@link RemoteImages}), stops at the first link that points nowhere, and returns the internal
 * links so their anchors can be checked once all pages are rendered.
 */
public final class LinkRewriter {

    private LinkRewriter() {
    }

    /**
     * Rewrites {@code document} in place.
     *
     * @throws SiteException naming file:line for a broken link or an unreplaceable remote image
     */
    public static List<InternalLink> rewrite(Document document, SourcePage page, SiteLinks links, RemoteImages images) {
        List<InternalLink> out = new ArrayList<>();
        visit(document, document, page, links, images, out);
        return out;
    }

    private static void visit(Node parent, Document document, SourcePage page, SiteLinks links, RemoteImages images,
                              List<InternalLink> out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Image image) {
                String url = image.getUrl().unescape();
                String where = where(document, page, n);
                if (Url.parse(url).kind() == UrlKind.WEB) {
                    String alt = new TextCollectingVisitor().collectAndGetText(image);
                    String ref = page.path() + ":" + (document.getLineNumber(n.getStartOffset()) + 1);
                    String local = images.replace(url, alt, where, ref);
                    image.setUrl(BasedSequence.of(SitePaths.relative(page.outputPath(), local)));
                } else {
                    image.setUrl(BasedSequence.of(resolve(url, where, page, links, out, "missing image")));
                }
            } else if (n instanceof Link link) {
                link.setUrl(BasedSequence.of(resolve(link.getUrl().unescape(), where(document, page, n), page, links, out, "broken link")));
            } else if (n instanceof Reference ref) {
                ref.setUrl(BasedSequence.of(resolve(ref.getUrl().unescape(), where(document, page, n), page, links, out, "broken link")));
            }
            if (n.hasChildren()) {
                visit(n, document, page, links, images, out);
            }
        }
    }

    /** @param problem what a URL that leads nowhere is called in the message ("broken link", "missing image") */
    private static String resolve(String url, String where, SourcePage page, SiteLinks links, List<InternalLink> out,
                                  String problem) {
        SiteLinks.Resolution r = links.resolve(page.path(), url);
        switch (r.kind()) {
            case EXTERNAL:
                return url;
            case INTERNAL:
                out.add(new InternalLink(where, url, r.target(), r.fragment()));
                return r.href();
            default:
                throw new SiteException(where + ": " + problem + " '" + url + "': " + r.problem());
        }
    }

    private static String where(Document document, SourcePage page, Node n) {
        return page.display() + ":" + (document.getLineNumber(n.getStartOffset()) + 1);
    }
}
