package reglab.site.render;

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

    @Override
    void close();
}
