package reglab.site.render.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a batch is split between pages and into chunks; no browser needed. */
class RenderPoolTest {

    private static List<Map<String, Object>> items(int diagrams, int formulas) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < formulas; i++) {
            items.add(Map.of("key", "f" + i, "kind", "MATH_INLINE"));
        }
        for (int i = 0; i < diagrams; i++) {
            items.add(Map.of("key", "d" + i, "kind", "MERMAID"));
        }
        return items;
    }

    @Test
    void aBatchGetsOnePagePerTwelveDiagramsOfWorkUpToTheLimit() {
        RenderPool four = new RenderPool(null, 4, true);
        assertEquals(1, four.pagesFor(items(1, 0)));
        assertEquals(1, four.pagesFor(items(12, 0)));
        assertEquals(2, four.pagesFor(items(13, 0)));
        assertEquals(1, four.pagesFor(items(0, 240)), "240 formulas are about twelve diagrams' work");
        assertEquals(2, four.pagesFor(items(0, 241)));
        assertEquals(4, four.pagesFor(items(300, 1000)));
        assertEquals(1, new RenderPool(null, 1, true).pagesFor(items(300, 1000)));
    }

    @Test
    void diagramsComeFirstAFewToAChunkThenTheRestFiftyToAChunk() {
        Deque<List<Map<String, Object>>> chunks = RenderPool.chunks(items(70, 120), 2);
        List<Integer> sizes = chunks.stream().map(List::size).toList();
        // 70 diagrams for 2 pages: 70 / 8 = 8 per chunk, capped at 8 -> 9 chunks; then 50 + 50 + 20.
        assertEquals(List.of(8, 8, 8, 8, 8, 8, 8, 8, 6, 50, 50, 20), sizes);
        assertEquals("d0", chunks.getFirst().get(0).get("key"));
        assertEquals("f119", chunks.getLast().get(19).get("key"));
        assertEquals(List.of(1, 1, 1, 1, 1, 1, 1, 1), RenderPool.chunks(items(7, 1), 2).stream().map(List::size).toList(),
                "few diagrams: one per chunk, so two pages share them evenly");
        assertEquals(List.of(8), RenderPool.chunks(items(7, 1), 1).stream().map(List::size).toList(),
                "one page: the largest chunks, the formula riding with the diagrams");
        Deque<List<Map<String, Object>>> onePage = RenderPool.chunks(items(9, 120), 1);
        assertEquals(List.of(8, 51, 50, 20), onePage.stream().map(List::size).toList());
        assertEquals(List.of("d8", "f0"), onePage.stream().skip(1).findFirst().orElseThrow().subList(0, 2).stream()
                .map(item -> item.get("key")).toList(), "the last diagram first, then the first formulas");
        assertEquals(List.of(1), RenderPool.chunks(items(0, 1), 1).stream().map(List::size).toList());
    }
}
