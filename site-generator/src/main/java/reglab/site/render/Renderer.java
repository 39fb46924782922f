package reglab.site.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a build's diagrams, formulas and code blocks. Implementations render the whole list as
 * one batch (one browser, one page) and may skip requests whose {@link RenderRequest#key()} they
 * have rendered before. Call order: {@link #renderAll} any number of times, then {@link #close}.
 */
public interface Renderer extends AutoCloseable {

    /**
     * @param requests everything one build needs rendered; duplicates allowed
     * @return a result for every distinct {@link RenderRequest#key()} in {@code requests}
     */
    Map<String, RenderResult> renderAll(List<RenderRequest> requests);

    /**
     * {@link #renderAll(List)}, telling {@code listener} how it goes. This default reports every
     * distinct request as rendered, after the whole call; renderers that know better (caches,
     * parallel pages, items finishing one by one) override it.
     */
    default Map<String, RenderResult> renderAll(List<RenderRequest> requests, RenderListener listener) {
        Map<String, RenderRequest> distinct = new LinkedHashMap<>();
        requests.forEach(r -> distinct.putIfAbsent(r.key(), r));
        listener.started(distinct.size(), 0, distinct.isEmpty() ? 0 : 1);
        Map<String, RenderResult> results = renderAll(requests);
        distinct.values().forEach(listener::rendered);
        return results;
    }

    @Override
    void close();
}
