package reglab.site.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import reglab.site.render.RenderKind;
import reglab.site.render.RenderListener;
import reglab.site.render.RenderRequest;
import reglab.site.render.RenderResult;
import reglab.site.render.Renderer;
import reglab.site.render.SourceLocation;

/**
 * The progress output: plain stage lines for logs and pipes, and the carriage-return live line a
 * terminal gets while the render stage runs. The clock is a counter the test moves.
 */
class BuildProgressTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final AtomicLong clock = new AtomicLong();

    private String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static RenderRequest request(RenderKind kind, String source) {
        return new RenderRequest(kind, source, "", new SourceLocation(Path.of("page.md"), 1));
    }

    /** Renders each request as its source, moving the clock 60 ms per item and reporting each one. */
    private final class SlowRenderer implements Renderer {
        @Override
        public Map<String, RenderResult> renderAll(List<RenderRequest> requests) {
            throw new AssertionError("the render stage passes its listener");
        }

        @Override
        public Map<String, RenderResult> renderAll(List<RenderRequest> requests, RenderListener listener) {
            listener.started(requests.size(), 1, 2);
            Map<String, RenderResult> results = new java.util.LinkedHashMap<>();
            for (RenderRequest r : requests.subList(1, requests.size())) {
                clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(60));
                results.put(r.key(), RenderResult.ok(r.source()));
                listener.rendered(r);
            }
            return results;
        }

        @Override
        public void close() {
        }
    }

    private List<RenderRequest> requests() {
        List<RenderRequest> all = new ArrayList<>();
        all.add(request(RenderKind.MATH_INLINE, "cached"));
        for (int i = 0; i < 3; i++) {
            all.add(request(RenderKind.MERMAID, "graph LR\n a" + i + " --> b"));
        }
        all.add(request(RenderKind.MATH_DISPLAY, "x^2"));
        all.add(request(RenderKind.CODE, "print(1)"));
        return all;
    }

    @Test
    void plainOutputIsOneLinePerStageWithoutCarriageReturns() {
        BuildProgress progress = BuildProgress.withClock(out, false, clock::get);
        long start = progress.now();
        progress.stage("parse", "4 pages", start);
        RenderBatch.render(requests(), new SlowRenderer(), progress);
        progress.note("replaced remote image x");

        assertFalse(text().contains("\r"), text());
        List<String> lines = text().lines().toList();
        assertEquals(List.of("reglab: parse    4 pages (0 ms)",
                "reglab: render   3 diagrams, 2 formulas, 1 code block (distinct): 1 from the cache, 5 rendered in 2 browser "
                        + "pages (300 ms)",
                "reglab: replaced remote image x"), lines);
    }

    @Test
    void aTerminalSeesTheRenderCountGrowOnOneLineThenTheStageLine() {
        BuildProgress progress = BuildProgress.withClock(out, true, clock::get);
        progress.stage("parse", "4 pages", progress.now());
        RenderBatch.render(requests(), new SlowRenderer(), progress);

        String[] lines = text().split("\n", -1);
        assertEquals(3, lines.length, text());
        assertEquals("reglab: parse    4 pages (0 ms)", lines[0]);
        assertEquals("", lines[2]);
        // The live line: at the start, then at most every 100 ms (items end at 60, 120, 180, 240 and
        // 300 ms: shown at 120 and 240), and always the last; blanked before the stage line.
        List<String> updates = List.of(lines[1].split("\r", -1));
        assertEquals("", updates.get(0));
        assertEquals(List.of(
                "reglab: render   0 of 5 rendered: 0 diagrams, 0 formulas, 0 code blocks (0 ms)",
                "reglab: render   2 of 5 rendered: 2 diagrams, 0 formulas, 0 code blocks (120 ms)",
                "reglab: render   4 of 5 rendered: 3 diagrams, 1 formula, 0 code blocks (240 ms)",
                "reglab: render   5 of 5 rendered: 3 diagrams, 1 formula, 1 code block (300 ms)"),
                updates.subList(1, 5).stream().map(String::stripTrailing).toList());
        assertTrue(updates.get(4).length() >= updates.get(3).stripTrailing().length(),
                "a shorter line is padded with spaces over the longer one before it");
        assertTrue(updates.get(5).isBlank() && updates.get(5).length() >= updates.get(4).stripTrailing().length(), "blanked");
        assertEquals("reglab: render   3 diagrams, 2 formulas, 1 code block (distinct): 1 from the cache, 5 rendered in 2 browser "
                + "pages (300 ms)", updates.get(6));
        assertEquals(7, updates.size());
    }

    @Test
    void nothingNewToRenderWritesNoLiveLine() {
        BuildProgress progress = BuildProgress.withClock(out, true, clock::get);
        Renderer cached = new Renderer() {
            @Override
            public Map<String, RenderResult> renderAll(List<RenderRequest> requests) {
                return Map.of();
            }

            @Override
            public Map<String, RenderResult> renderAll(List<RenderRequest> requests, RenderListener listener) {
                listener.started(requests.size(), requests.size(), 0);
                return Map.of();
            }

            @Override
            public void close() {
            }
        };
        RenderBatch.render(requests(), cached, progress);
        assertEquals("reglab: render   3 diagrams, 2 formulas, 1 code block (distinct): 6 from the cache, 0 rendered (0 ms)\n",
                text());
    }

    @Test
    void stageTimesAddUpPerStageInOrder() {
        BuildProgress progress = BuildProgress.withClock(out, true, clock::get);
        long start = progress.now();
        clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(1500));
        progress.stage("parse", "x", start);
        start = progress.now();
        clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(20));
        progress.stage("write", "y", start);
        assertEquals("parse 1500 ms, write 20 ms", progress.stageSummary());
        assertTrue(text().contains("reglab: parse    x (1.5 s)\n"), text());
    }
}
