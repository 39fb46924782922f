package reglab.site.markdown;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.NullableDataKey;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reglab.site.SiteException;
import reglab.site.render.RenderKind;
import reglab.site.render.RenderRequest;
import reglab.site.render.RenderResult;
import reglab.site.render.SourceLocation;

/**
 * The render requests of one page. While Flexmark writes the page's HTML, node renderers (math,
 * diagrams, code) {@link #add} a request and write the placeholder it returns; after the whole
 * build's requests were rendered as one batch, {@link #fill} puts each result where its
 * placeholder is. Placeholders are HTML comments, so a page with unfilled slots is still valid HTML.
 *
 * <p>Mutable: the node renderers of one page append to it; the builder reads it afterwards.
 */
public final class RenderSlots {

    private static final NullableDataKey<RenderSlots> KEY = new NullableDataKey<>("REGLAB_RENDER_SLOTS");
    private static final Pattern SLOT = Pattern.compile("<!--reglab-render:(\\d+)-->");

    private final String display;
    private final List<RenderRequest> requests = new ArrayList<>();

    private RenderSlots(String display) {
        this.display = display;
    }

    /** Attaches empty slots to {@code document}, whose file error messages call {@code display}. */
    public static RenderSlots attach(Document document, String display) {
        RenderSlots slots = new RenderSlots(display);
        KEY.set(document, slots);
        return slots;
    }

    /** The slots attached to {@code document}. */
    public static RenderSlots of(Document document) {
        RenderSlots slots = KEY.get(document);
        if (slots == null) {
            throw new IllegalStateException("RenderSlots.attach was not called for this document");
        }
        return slots;
    }

    /**
     * Queues a request and returns the placeholder to write in its place.
     *
     * @param node            the construct, whose first line locates the request
     * @param sourceLineDelta how many lines after the node's first line the source begins (1 for a
     *                        fence, whose source starts below the opening line; 0 for inline math),
     *                        so a renderer's line within the source maps to a line of the file
     */
    public String add(RenderKind kind, String source, String language, Node node, int sourceLineDelta) {
        SourceLocation at = location(node);
        requests.add(new RenderRequest(kind, source, language, new SourceLocation(at.file(), at.line() + sourceLineDelta)));
        return "<!--reglab-render:" + (requests.size() - 1) + "-->";
    }

    /** Where {@code node} starts: the file and its 1-based line. */
    public SourceLocation location(Node node) {
        return new SourceLocation(Path.of(display), node.getDocument().getLineNumber(node.getStartOffset()) + 1);
    }

    /** Stops the build with a message naming the node's file and line. */
    public void fail(Node node, String message) {
        throw new SiteException(location(node) + ": " + message);
    }

    /** This page's requests, in page order. */
    public List<RenderRequest> requests() {
        return List.copyOf(requests);
    }

    /**
     * Replaces every placeholder in {@code html} by its rendered result.
     *
     * @throws SiteException naming file:line when the renderer rejected a request (e.g. a Mermaid
     *                       syntax error) or returned nothing for it
     */
    public String fill(String html, Map<String, RenderResult> results) {
        Matcher m = SLOT.matcher(html);
        StringBuilder sb = new StringBuilder(html.length() + 1024);
        int last = 0;
        while (m.find()) {
            RenderRequest request = requests.get(Integer.parseInt(m.group(1)));
            RenderResult result = results.get(request.key());
            if (result == null) {
                throw new SiteException(request.where() + ": the renderer returned no result for this "
                        + describe(request.kind()) + "; run the build again, and report it if it persists");
            }
            if (!result.isOk()) {
                SourceLocation where = request.where();
                if (result.line() > 0) {
                    where = new SourceLocation(where.file(), where.line() + result.line() - 1);
                }
                throw new SiteException(where + ": " + problem(request.kind()) + ": " + result.error().strip());
            }
            // Appended as it is (appendReplacement would scan each diagram's SVG for '$' and '\\' twice).
            sb.append(html, last, m.start()).append(result.html());
            last = m.end();
        }
        return sb.append(html, last, html.length()).toString();
    }

    private static String describe(RenderKind kind) {
        return switch (kind) {
            case MERMAID -> "Mermaid diagram";
            case MATH_INLINE, MATH_DISPLAY -> "formula";
            case CODE -> "code block";
            case SEARCH_INDEX -> "search index";
        };
    }

    private static String problem(RenderKind kind) {
        return switch (kind) {
            case MERMAID -> "invalid diagram";
            case MATH_INLINE, MATH_DISPLAY -> "invalid math";
            case CODE -> "this code block could not be highlighted";
            case SEARCH_INDEX -> "the search index could not be made";
        };
    }
}
