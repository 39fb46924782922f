package reglab.site.pipeline;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import reglab.site.render.RenderRequest;
import reglab.site.render.RenderResult;
import reglab.site.render.Renderer;

/**
 * The render stage: every diagram, formula and code block of the build, sent to the renderer (the
 * headless browser) as one batch, so the browser starts once and each library loads once.
 */
final class RenderBatch {

    private RenderBatch() {
    }

    /** @return the results by {@link RenderRequest#key()} */
    static Map<String, RenderResult> render(ParsedSite site, Renderer renderer, PrintStream progress) {
        List<RenderRequest> requests = site.requests();
        RenderCounts counts = RenderCounts.of(requests);
        progress.println("reglab: rendering " + counts.diagrams() + " diagram(s), " + counts.formulas() + " formula(s) and "
                + counts.codeBlocks() + " code block(s) in one batch ...");
        if (requests.isEmpty()) {
            return Map.of();
        }
        long start = System.nanoTime();
        Map<String, RenderResult> results = renderer.renderAll(requests);
        progress.printf("reglab: rendered in %.1f s%n", (System.nanoTime() - start) / 1e9);
        return results;
    }
}
