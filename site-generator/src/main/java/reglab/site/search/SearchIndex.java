package reglab.site.search;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import java.util.ArrayList;
import java.util.List;
import reglab.site.json.Json;

/**
 * The client-side search index: one entry per section (the text between two headings) of every
 * page. It is written as a script ({@code search-index.js} assigning {@code window.REGLAB_SEARCH})
 * rather than JSON, because browsers refuse to fetch JSON from {@code file://}; a script tag loads
 * either way. Mutable: the builder adds pages in output order, then writes {@link #js()}.
 */
public final class SearchIndex {

    /** File name of the index in the output root. */
    public static final String FILE = "assets/search-index.js";

    /**
     * @param url     root-relative URL of the section ({@code page.html#id})
     * @param page    the page title
     * @param heading the section heading (the page title for text before the first heading)
     * @param text    the section's plain text
     */
    public record Entry(String url, String page, String heading, String text) {
    }

    private final List<Entry> entries = new ArrayList<>();

    /** Adds the sections of one parsed page (headings must already have ids). */
    public void addPage(String outputPath, String pageTitle, Document document) {
        String url = outputPath;
        String heading = pageTitle;
        StringBuilder text = new StringBuilder();
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h && h.getAnchorRefId() != null) {
                flush(url, pageTitle, heading, text);
                url = outputPath + "#" + h.getAnchorRefId();
                heading = new TextCollectingVisitor().collectAndGetText(h).strip();
            } else {
                String t = new TextCollectingVisitor().collectAndGetText(n).strip();
                if (!t.isEmpty()) {
                    text.append(t).append(' ');
                }
            }
        }
        flush(url, pageTitle, heading, text);
    }

    private void flush(String url, String page, String heading, StringBuilder text) {
        String t = text.toString().replaceAll("\\s+", " ").strip();
        if (!t.isEmpty() || url.contains("#")) {
            entries.add(new Entry(url, page, heading, t));
        }
        text.setLength(0);
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** The index as a script. */
    public String js() {
        StringBuilder sb = new StringBuilder("window.REGLAB_SEARCH=[\n");
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            sb.append("{\"u\":").append(Json.quoteForScript(e.url())).append(",\"p\":").append(Json.quoteForScript(e.page()))
                    .append(",\"h\":").append(Json.quoteForScript(e.heading())).append(",\"t\":").append(Json.quoteForScript(e.text()))
                    .append('}').append(i + 1 < entries.size() ? ",\n" : "\n");
        }
        return sb.append("];\n").toString();
    }
}
