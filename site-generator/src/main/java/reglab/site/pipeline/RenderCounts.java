package reglab.site.pipeline;

import java.util.List;
import reglab.site.render.RenderRequest;

/**
 * How many of each kind of thing the browser renders, for progress lines, the build report and the
 * attribution's list of changes.
 *
 * @param diagrams   Mermaid diagrams
 * @param formulas   formulas, inline and display
 * @param codeBlocks code blocks
 */
record RenderCounts(int diagrams, int formulas, int codeBlocks) {

    static RenderCounts of(List<RenderRequest> requests) {
        int diagrams = 0;
        int formulas = 0;
        int code = 0;
        for (RenderRequest r : requests) {
            switch (r.kind()) {
                case MERMAID -> diagrams++;
                case MATH_INLINE, MATH_DISPLAY -> formulas++;
                case CODE -> code++;
            }
        }
        return new RenderCounts(diagrams, formulas, code);
    }

    /** Whether a page with these requests needs KaTeX's stylesheet and fonts. */
    boolean hasMath() {
        return formulas > 0;
    }
}
