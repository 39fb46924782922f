package reglab.site.bundle;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** The single-file edition's embedded data, decoded independently of the shell script (for tests). */
final class BundlePayload {

    final Map<String, String> pages = new LinkedHashMap<>();
    /** Text assets by site path; binary ones as their base64. */
    final Map<String, String> assets = new LinkedHashMap<>();

    BundlePayload(String html) {
        String open = "<script type=\"application/json\" id=\"reglab-bundle-data\">";
        int start = html.indexOf(open) + open.length();
        JsonObject data = JsonParser.parseString(html.substring(start, html.indexOf("</script>", start))).getAsJsonObject();
        data.getAsJsonObject("pages").entrySet().forEach(e -> pages.put(e.getKey(), unpack(e.getValue().getAsJsonObject())));
        data.getAsJsonArray("assets").forEach(a -> {
            JsonObject o = a.getAsJsonObject();
            assets.put(o.get("path").getAsString(), o.has("base64") ? o.get("base64").getAsString() : unpack(o));
        });
    }

    private static String unpack(JsonObject entry) {
        if (entry.has("text")) {
            return entry.get("text").getAsString();
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(entry.get("gz").getAsString())))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
