package reglab.site.render.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultDeltaTest {

    /** SHA-256 of "abc", FIPS 180-2 appendix B.1. */
    private static final String SHA256_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    /** SHA-256 of "bc" (sha256sum). */
    private static final String SHA256_BC = "1e0bbd6c686ba050b8eb03ffeedc64fdc9d80947fce821abbe5d6dc8d252c5ac";

    @Test
    void applyCopiesRangesOfTheBaseAndInsertsText() {
        List<Object> ops = List.of(0, 6, "there", 11, 1);
        assertEquals("hello there!", ResultDelta.apply("hello world!", ops, 12));
    }

    @Test
    void applyRefusesOpsThatDoNotFitTheBase() {
        assertNull(ResultDelta.apply("short", List.of(2, 9), 9), "range past the base's end");
        assertNull(ResultDelta.apply("short", List.of(-1, 2), 2), "negative start");
        assertNull(ResultDelta.apply("short", List.of(0, 5), 6), "wrong length");
        assertNull(ResultDelta.apply("short", List.of(0), 0), "a start without a length");
        assertNull(ResultDelta.apply("short", List.of(true), 0), "an entry of another type");
    }

    @Test
    void aDeltaAgainstTheSlotsLastResultGivesTheWholeResult() {
        ResultDelta deltas = new ResultDelta();
        Map<String, Object> full = Map.of("key", "k1", "slot", "s", "html", "ab");
        assertEquals(full, deltas.resolve(full), "a whole result passes unchanged");

        Map<String, Object> whole = deltas.resolve(delta("k2", "s", List.of(0, 2, "c"), 3, SHA256_ABC));
        assertEquals(Map.of("key", "k2", "html", "abc"), whole);

        // The rebuilt result is the slot's base now: "abc" -> "bc" is the copy (1, 2).
        Map<String, Object> next = deltas.resolve(delta("k3", "s", List.of(1, 2), 2, SHA256_BC));
        assertEquals("bc", next.get("html"));
    }

    @Test
    void aMismatchAsksForTheWholeResultAndKeepsTheBase() {
        ResultDelta deltas = new ResultDelta();
        deltas.resolve(Map.of("key", "k1", "slot", "s", "html", "ab"));
        assertNull(deltas.resolve(delta("k2", "s", List.of(0, 2, "x"), 3, SHA256_ABC)), "hash of another text");
        assertNull(deltas.resolve(delta("k2", "s", List.of(0, 2, "c"), 4, SHA256_ABC)), "wrong length");
        assertNull(deltas.resolve(delta("k2", "other", List.of(0, 2, "c"), 3, SHA256_ABC)), "no base for the slot");
        assertEquals("abc", deltas.resolve(delta("k2", "s", List.of(0, 2, "c"), 3, SHA256_ABC)).get("html"),
                "the failed deltas left the base as it was");
    }

    @Test
    void resultsWithoutASlotAreNotRemembered() {
        ResultDelta deltas = new ResultDelta();
        deltas.resolve(Map.of("key", "k1", "html", "ab"));
        assertNull(deltas.resolve(delta("k2", "k1", List.of(0, 2, "c"), 3, SHA256_ABC)));
    }

    @Test
    void theInputsAreLeftUnchanged() {
        ResultDelta deltas = new ResultDelta();
        deltas.resolve(Map.of("key", "k1", "slot", "s", "html", "ab"));
        List<Object> ops = new ArrayList<>(List.of(0, 2, "c"));
        Map<String, Object> result = delta("k2", "s", ops, 3, SHA256_ABC);
        Map<String, Object> copy = new HashMap<>(result);
        deltas.resolve(result);
        assertEquals(copy, result);
        assertEquals(List.of(0, 2, "c"), ops);
    }

    private static Map<String, Object> delta(String key, String slot, List<Object> ops, int length, String sha256) {
        Map<String, Object> result = new HashMap<>();
        result.put("key", key);
        result.put("slot", slot);
        result.put("delta", Map.of("ops", ops, "length", length, "sha256", sha256));
        return result;
    }
}
