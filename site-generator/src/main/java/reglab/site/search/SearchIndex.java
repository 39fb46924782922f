package reglab.site.search;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import reglab.site.SiteException;
import reglab.site.json.Json;
import reglab.site.render.RenderKind;
import reglab.site.render.RenderRequest;
import reglab.site.render.RenderResult;
import reglab.site.render.SourceLocation;

/**
 * The site's client-side search: one document per section (the text between two headings) of every
 * page, in navigation order, indexed at build time by MiniSearch (vendored from npm,
 * {@link #engineFiles()}) in the build's headless browser ({@link #request()}, a
 * {@link RenderKind#SEARCH_INDEX} render cached by the documents' hash) and shipped as MiniSearch's
 * own serialization ({@link #script}). The theme's {@code search-options.js} holds the options, for
 * the build and the pages alike; {@code search.js} loads the engine, the options and the index the
 * first time the reader focuses the search box, so a page that is only read pays nothing for search.
 *
 * <p>Serialized, not indexed in the reader's browser: the search box answers on first use without
 * indexing first, at the cost of bytes that are loaded only then; the index stores the sections'
 * fields for the results and snippets, so it is the one file search needs. {@code
 * bench/search-index.sh} prints its size and the time to the first result.
 *
 * <p>The index is a script ({@value #FILE} assigning the serialized text to
 * {@code window.REGLAB_SEARCH_INDEX}) rather than JSON, because browsers refuse to fetch JSON from
 * {@code file://}; a script tag loads either way, and in the single-file edition. Mutable: the
 * builder adds pages in navigation order, then asks for the {@link #request()}.
 */
public final class SearchIndex {

    /** File name of the serialized index in the output root. */
    public static final String FILE = "assets/search-index.js";
    /** Output folder of the search engine. */
    public static final String ENGINE_OUT = "assets/vendor/minisearch/";
    /** The theme's script that loads search when the reader first uses it. */
    public static final String LOADER = "search.js";
    /** What {@link #LOADER} loads then, relative to its own folder ({@code assets/}); no tag names them. */
    public static final List<String> LOADED = List.of("vendor/minisearch/minisearch.js", "search-options.js", "search-index.js");

    /** Where the documents come from, for the rare error the browser could report about them. */
    private static final SourceLocation WHERE = new SourceLocation(Path.of(FILE), 1);

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

    /**
     * The sections of one parsed page (headings must already have ids): its search documents, taken
     * while the page's syntax tree is at hand, so the tree need not outlive the parse stage.
     */
    public static List<Entry> sections(String outputPath, String pageTitle, Document document) {
        List<Entry> sections = new ArrayList<>();
        String url = outputPath;
        String heading = pageTitle;
        StringBuilder text = new StringBuilder();
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h && h.getAnchorRefId() != null) {
                flush(sections, url, pageTitle, heading, text);
                url = outputPath + "#" + h.getAnchorRefId();
                heading = new TextCollectingVisitor().collectAndGetText(h).strip();
            } else {
                collectText(n, text);
            }
        }
        flush(sections, url, pageTitle, heading, text);
        return List.copyOf(sections);
    }

    /**
     * Appends the plain text of block {@code n}, a leaf block at a time: given a container whose
     * leaves it must join (an alert holding a paragraph with a formula and a list), flexmark's
     * collector trips its own length assertion when assertions are on.
     */
    private static void collectText(Node n, StringBuilder text) {
        if (n instanceof Block && n.getFirstChild() instanceof Block) {
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                collectText(c, text);
            }
            return;
        }
        String t = new TextCollectingVisitor().collectAndGetText(n).strip();
        if (!t.isEmpty()) {
            text.append(t).append(' ');
        }
    }

    /** Adds one page's {@link #sections}; pages are added in navigation order. */
    public void addPage(List<Entry> sections) {
        entries.addAll(sections);
    }

    private static void flush(List<Entry> sections, String url, String page, String heading, StringBuilder text) {
        String t = text.toString().replaceAll("\\s+", " ").strip();
        if (!t.isEmpty() || url.contains("#")) {
            sections.add(new Entry(url, page, heading, t, sections.isEmpty()));
        }
        text.setLength(0);
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /**
     * The documents as MiniSearch indexes them (search-options.js): a JSON array of
     * {@code {"i": number, "u": url, "p": page, "h": heading, "t": text}}, with {@code "l": 1} on a
     * page's first section.
     */
    public String documentsJson() {
        StringBuilder sb = new StringBuilder("[\n");
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            sb.append("{\"i\":").append(i).append(",\"u\":").append(Json.quote(e.url()))
                    .append(",\"p\":").append(Json.quote(e.page())).append(",\"h\":").append(Json.quote(e.heading()))
                    .append(",\"t\":").append(Json.quote(e.text())).append(e.lead() ? ",\"l\":1" : "").append('}')
                    .append(i + 1 < entries.size() ? ",\n" : "\n");
        }
        return sb.append("]").toString();
    }

    /** What the renderer indexes: the documents, keyed (and cached) by their content. */
    public RenderRequest request() {
        return new RenderRequest(RenderKind.SEARCH_INDEX, documentsJson(), "", WHERE);
    }

    /**
     * The file {@value #FILE}: the serialized index the renderer made for {@link #request()}.
     *
     * @throws SiteException when the renderer could not make it
     */
    public String script(Map<String, RenderResult> rendered) {
        RenderResult result = rendered.get(request().key());
        if (result == null || !result.isOk()) {
            throw new SiteException("the build-time browser could not index the site for search: "
                    + (result == null ? "no result" : result.error()));
        }
        return "window.REGLAB_SEARCH_INDEX=" + Json.quoteForScript(result.html()) + ";\n";
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
