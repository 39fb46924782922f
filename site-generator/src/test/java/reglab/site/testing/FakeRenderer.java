package reglab.site.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import reglab.site.render.RenderKind;
import reglab.site.render.RenderRequest;
import reglab.site.render.RenderResult;
import reglab.site.render.Renderer;

/**
 * TEST DOUBLE for the browser renderer: "renders" each request as an obviously fake element that
 * shows its kind, language and escaped source, so golden files can check exactly what the Markdown
 * stage asked for and where the result landed. A source containing {@value #FAIL} is rejected,
 * like KaTeX or Mermaid reject bad input. Counts batches, to check a build renders in one batch.
 *
 * <p>The search index is faked the same way (so the page's search reports it unavailable), unless
 * the fake is made {@link #FakeRenderer(Renderer) with a real renderer} for it: tests that search in
 * a browser need MiniSearch's real index, which only a browser makes.
 */
public final class FakeRenderer implements Renderer {

    /** A source containing this text fails to render. */
    public static final String FAIL = "FAIL-TO-RENDER";

    private final Renderer searchIndexer;
    private int batches;

    /** Fakes everything, the search index included. */
    public FakeRenderer() {
        this(null);
    }

    /** Fakes everything but the search index, which {@code searchIndexer} makes (not closed here). */
    public FakeRenderer(Renderer searchIndexer) {
        this.searchIndexer = searchIndexer;
    }

    @Override
    public Map<String, RenderResult> renderAll(List<RenderRequest> requests) {
        batches++;
        Map<String, RenderResult> out = new LinkedHashMap<>();
        List<RenderRequest> search = requests.stream().filter(r -> r.kind() == RenderKind.SEARCH_INDEX).toList();
        if (searchIndexer != null && !search.isEmpty()) {
            out.putAll(searchIndexer.renderAll(search));
        }
        for (RenderRequest r : requests) {
            if (out.containsKey(r.key())) {
                continue;
            }
            if (r.source().contains(FAIL)) {
                out.put(r.key(), RenderResult.failed("fake renderer rejects this source (line 1)"));
            } else {
                String lang = r.language().isEmpty() ? "" : " lang=\"" + escape(r.language()) + "\"";
                out.put(r.key(), RenderResult.ok("<fake-render kind=\"" + r.kind().name().toLowerCase() + "\"" + lang + ">"
                        + escape(r.source()) + "</fake-render>"));
            }
        }
        return out;
    }

    /** How many times {@link #renderAll} was called. */
    public int batches() {
        return batches;
    }

    @Override
    public void close() {
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
