package reglab.site.render.browser;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Java side of result-delta.mjs, for one render page: remembers the last result the page
 * handed over for each slot and rebuilds a result the page sent as a delta against it. A rebuilt
 * result is used only when its length and SHA-256 (of its UTF-8 bytes) are the ones the page
 * computed from the result itself; otherwise, or when there is nothing for the slot, the caller
 * asks the page for the whole result, so a lost or stale base costs a round trip, never output.
 *
 * <p>Result shapes (render.mjs): {@code {key, html}}, {@code {key, error, line}}, either with a
 * {@code slot}, or {@code {key, slot, delta: {ops, length, sha256}}}, where {@code ops} is a list
 * of a number pair (start, length: copy that range of the remembered result) or a string (insert it).
 *
 * <p>Not thread-safe; used on the thread that waits for the page.
 */
final class ResultDelta {

    private final Map<String, String> bases = new HashMap<>();

    /**
     * {@code result} with its delta replaced by the whole {@code html} it encodes, or null when the
     * delta does not apply (ask the page for the whole result). Remembers the slot's new result;
     * returns a result without a delta unchanged (remembering its html if it names a slot).
     */
    Map<String, Object> resolve(Map<String, Object> result) {
        Object slot = result.get("slot");
        if (!(result.get("delta") instanceof Map<?, ?> delta)) {
            if (slot != null && result.get("html") instanceof String html) {
                bases.put(String.valueOf(slot), html);
            }
            return result;
        }
        String base = slot == null ? null : bases.get(String.valueOf(slot));
        if (base == null || !(delta.get("ops") instanceof List<?> ops) || !(delta.get("length") instanceof Number length)) {
            return null;
        }
        String html = apply(base, ops, length.intValue());
        if (html == null || !RenderCache.sha256(html).equals(delta.get("sha256"))) {
            return null;
        }
        bases.put(String.valueOf(slot), html);
        Map<String, Object> whole = new LinkedHashMap<>();
        whole.put("key", result.get("key"));
        whole.put("html", html);
        return whole;
    }

    /**
     * Rebuilds a result from {@code base} and {@code ops}; null when the ops do not fit the base
     * (a range outside it, an entry of another type) or the result is not {@code length} long.
     * Neither argument is modified.
     */
    static String apply(String base, List<?> ops, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < ops.size(); i++) {
            Object op = ops.get(i);
            if (op instanceof String text) {
                out.append(text);
            } else if (op instanceof Number start && i + 1 < ops.size() && ops.get(i + 1) instanceof Number count) {
                int from = start.intValue();
                int n = count.intValue();
                if (from < 0 || n < 0 || from > base.length() - n) {
                    return null;
                }
                out.append(base, from, from + n);
                i++;
            } else {
                return null;
            }
            if (out.length() > length) {
                return null;
            }
        }
        return out.length() == length ? out.toString() : null;
    }
}
