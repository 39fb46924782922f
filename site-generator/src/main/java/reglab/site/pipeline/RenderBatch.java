package reglab.site.pipeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import reglab.site.render.RenderKind;
import reglab.site.render.RenderListener;
import reglab.site.render.RenderRequest;
import reglab.site.render.RenderResult;
import reglab.site.render.Renderer;

/**
 * The render stage: every diagram, formula and code block of the build and its search index, sent
 * to the renderer (the headless browser) as one batch, so the browser starts once and each library loads once. Reports
 * how many came from the cache and, on a terminal, a live count while the browser works.
 */
final class RenderBatch {

    private RenderBatch() {
    }

    /** @return the results by {@link RenderRequest#key()} */
    static Map<String, RenderResult> render(List<RenderRequest> requests, Renderer renderer, BuildProgress progress) {
        long start = progress.now();
        Tally tally = new Tally(requests, progress, start);
        Map<String, RenderResult> results = requests.isEmpty() ? Map.of() : renderer.renderAll(requests, tally);
        progress.stage("render", tally.summary(), start);
        return results;
    }

    /** Counts what the renderer reports and keeps the live line. */
    private static final class Tally implements RenderListener {
        private final BuildProgress progress;
        private final long start;
        private final RenderCounts wanted;
        private final boolean searchWanted;
        private int distinct;
        private int cached;
        private int workers;
        private int diagrams;
        private int formulas;
        private int code;
        private int search;

        Tally(List<RenderRequest> requests, BuildProgress progress, long start) {
            this.progress = progress;
            this.start = start;
            Map<String, RenderRequest> unique = new LinkedHashMap<>();
            requests.forEach(r -> unique.putIfAbsent(r.key(), r));
            this.wanted = RenderCounts.of(List.copyOf(unique.values()));
            this.searchWanted = unique.values().stream().anyMatch(r -> r.kind() == RenderKind.SEARCH_INDEX);
        }

        @Override
        public void started(int distinct, int cached, int workers) {
            this.distinct = distinct;
            this.cached = cached;
            this.workers = workers;
            live(true);
        }

        @Override
        public void rendered(RenderRequest request) {
            switch (request.kind()) {
                case MERMAID -> diagrams++;
                case MATH_INLINE, MATH_DISPLAY -> formulas++;
                case CODE -> code++;
                case SEARCH_INDEX -> search++;
            }
            live(diagrams + formulas + code + search == distinct - cached);
        }

        private void live(boolean force) {
            if (distinct == cached) {
                return;
            }
            progress.live("render", (diagrams + formulas + code + search) + " of " + (distinct - cached) + " rendered: "
                    + BuildProgress.count(diagrams, "diagram") + ", " + BuildProgress.count(formulas, "formula") + ", "
                    + BuildProgress.count(code, "code block") + (search > 0 ? ", the search index" : "")
                    + " (" + BuildProgress.duration(progress.now() - start) + ")", force);
        }

        String summary() {
            String what = BuildProgress.count(wanted.diagrams(), "diagram") + ", " + BuildProgress.count(wanted.formulas(), "formula")
                    + ", " + BuildProgress.count(wanted.codeBlocks(), "code block") + " (distinct)"
                    + (searchWanted ? " and the search index" : "") + ": ";
            int inBrowser = distinct - cached;
            if (distinct == 0) {
                return "nothing to render";
            }
            return what + cached + " from the cache, " + inBrowser + " rendered"
                    + (inBrowser == 0 ? "" : " in " + BuildProgress.count(workers, "browser page"));
        }
    }
}
