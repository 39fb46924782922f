package reglab.site.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

/** The object writer's output read back by an independent parser (Gson, which Playwright brings). */
class JsonObjectTest {

    @Test
    void everyFieldKindReadsBackExactly() {
        double[][] matrix = {{1.0, -0.0}, {1e-300, 0.1 + 0.2}};
        String text = new JsonObject()
                .field("model", "ridge \"α\"\n")
                .field("alpha", 0.30000000000000004)
                .field("iterations", 9_007_199_254_740_993L)
                .field("coef", new double[] {Math.PI, -2.5e-17})
                .field("features", new String[] {"x1", "</script>"})
                .field("matrix", matrix)
                .toString();
        var o = JsonParser.parseString(text).getAsJsonObject();
        assertEquals("ridge \"α\"\n", o.get("model").getAsString());
        assertEquals(0.30000000000000004, o.get("alpha").getAsDouble());
        assertEquals(9_007_199_254_740_993L, o.get("iterations").getAsLong());
        assertArrayEquals(new double[] {Math.PI, -2.5e-17}, doubles(o.getAsJsonArray("coef")));
        assertEquals("</script>", o.getAsJsonArray("features").get(1).getAsString());
        for (int r = 0; r < matrix.length; r++) {
            assertArrayEquals(matrix[r], doubles(o.getAsJsonArray("matrix").get(r).getAsJsonArray()));
        }
    }

    @Test
    void oneFieldPerLineAndOneMatrixRowPerLine() {
        assertEquals("{\"a\": 1,\n \"m\": [\n  [1.0, 2.0],\n  [3.0, 4.0]]}",
                new JsonObject().field("a", 1L).field("m", new double[][] {{1, 2}, {3, 4}}).toString());
        assertEquals("{}", new JsonObject().toString());
    }

    @Test
    void nonFiniteNumbersAreRefusedNotWrittenAsInvalidJson() {
        assertThrows(IllegalStateException.class, () -> new JsonObject().field("x", Double.NaN));
        assertThrows(IllegalStateException.class, () -> new JsonObject().field("x", new double[] {1, Double.POSITIVE_INFINITY}));
    }

    private static double[] doubles(JsonArray a) {
        double[] out = new double[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i).getAsDouble();
        }
        return out;
    }
}
