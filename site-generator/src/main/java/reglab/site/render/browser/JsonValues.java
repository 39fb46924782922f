package reglab.site.render.browser;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON values between Java and a page, as the render queue passes them: maps, lists, strings,
 * booleans, null, and numbers (Integer where whole, else Double), as Playwright handed them over.
 */
final class JsonValues {

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

    private JsonValues() {
    }

    /** {@code value} (maps, lists, strings, numbers, booleans, null) as JSON text, also valid JavaScript. */
    static String toJson(Object value) {
        return GSON.toJson(value);
    }

    /** A JSON value as Java. */
    static Object toJava(JsonElement json) {
        if (json == null || json.isJsonNull()) {
            return null;
        }
        if (json.isJsonArray()) {
            List<Object> list = new ArrayList<>();
            json.getAsJsonArray().forEach(e -> list.add(toJava(e)));
            return list;
        }
        if (json.isJsonObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            json.getAsJsonObject().entrySet().forEach(e -> map.put(e.getKey(), toJava(e.getValue())));
            return map;
        }
        JsonPrimitive p = json.getAsJsonPrimitive();
        if (p.isBoolean()) {
            return p.getAsBoolean();
        }
        if (p.isNumber()) {
            double d = p.getAsDouble();
            return d == Math.rint(d) && Math.abs(d) <= Integer.MAX_VALUE ? (Object) (int) d : (Object) d;
        }
        return p.getAsString();
    }
}
