package reglab.site.search;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import reglab.site.SiteException;
import reglab.site.json.Json;

/**
 * The documents of the client-side search: one per section (the text between two headings) of
 * every page, in output order. The theme's {@code search.js} indexes them with MiniSearch (vendored
 * from npm, {@link #engineFiles()}) the first time the reader focuses the search box.
 *
 * <p>Documents, not a serialized index: the result snippets need the documents anyway, and a
 * serialized index would add as many bytes again to every page. Indexing costs time instead, once
 * per page view and only when the reader starts to search: for this site about a tenth of a second
 * against half that to load a serialized index; at ten times the text, half a second against a
 * twentieth. {@code bench/search-index.sh} prints both sizes and times for this site and for ten
 * and fifty times its text; past about ten times, serializing at build time pays.
 *
 * <p>They are written as a script ({@code search-index.js} assigning {@code window.REGLAB_SEARCH})
 * rather than JSON, because browsers refuse to fetch JSON from {@code file://}; a script tag loads
 * either way, and in the single-file edition. Mutable: the builder adds pages in output order,
 * then writes {@link #js()}.
 */
public final class SearchIndex {

    /** File name of the documents in the output root. */
    public static final String FILE = "assets/search-index.js";
    /** Output folder of the search engine. */
    public static final String ENGINE_OUT = "assets/vendor/minisearch/";

    /**
     * @param url     root-relative URL of the section ({@code page.html#id})
     * @param page    the page title
     * @param heading the section heading (the page title for text before the first heading)
     * @param text    the section's plain text
     * @param lead    true for a page's first section, which carries the page title as a field of its
     *                own: a search for the page's subject finds the page's introduction first
     */
    public record Entry(String url, String page, String heading, String text, boolean lead) {
    }

    private final List<Entry> entries = new ArrayList<>();

    /** Adds the sections of one parsed page (headings must already have ids). */
    public void addPage(String outputPath, String pageTitle, Document document) {
        String url = outputPath;
        String heading = pageTitle;
        StringBuilder text = new StringBuilder();
        int first = entries.size();
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h && h.getAnchorRefId() != null) {
                flush(url, pageTitle, heading, text, entries.size() == first);
                url = outputPath + "#" + h.getAnchorRefId();
                heading = new TextCollectingVisitor().collectAndGetText(h).strip();
            } else {
                String t = new TextCollectingVisitor().collectAndGetText(n).strip();
                if (!t.isEmpty()) {
                    text.append(t).append(' ');
                }
            }
        }
        flush(url, pageTitle, heading, text, entries.size() == first);
    }

    private void flush(String url, String page, String heading, StringBuilder text, boolean lead) {
        String t = text.toString().replaceAll("\\s+", " ").strip();
        if (!t.isEmpty() || url.contains("#")) {
            entries.add(new Entry(url, page, heading, t, lead));
        }
        text.setLength(0);
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** The documents as a script. */
    public String js() {
        StringBuilder sb = new StringBuilder("window.REGLAB_SEARCH=[\n");
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            sb.append("{\"u\":").append(Json.quoteForScript(e.url())).append(",\"p\":").append(Json.quoteForScript(e.page()))
                    .append(",\"h\":").append(Json.quoteForScript(e.heading())).append(",\"t\":").append(Json.quoteForScript(e.text()))
                    .append(e.lead() ? ",\"l\":1" : "").append('}').append(i + 1 < entries.size() ? ",\n" : "\n");
        }
        return sb.append("];\n").toString();
    }

    /** MiniSearch's script and license, from the vendor files the Maven build installs with npm. */
    public static Map<String, byte[]> engineFiles() {
        Map<String, byte[]> out = new TreeMap<>();
        out.put(ENGINE_OUT + "minisearch.js", vendor("minisearch.js"));
        out.put(ENGINE_OUT + "LICENSE", vendor("LICENSE"));
        return out;
    }

    private static byte[] vendor(String name) {
        String resource = "/reglab/vendor/minisearch/" + name;
        try (InputStream in = SearchIndex.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new SiteException("search engine file " + resource + " is missing from the build; the Maven build "
                        + "installs it with npm: run 'mvn -pl site-generator package'");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
