package reglab.site.bundle;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** The single-file edition's embedded data, decoded independently of the shell script (for tests). */
final class BundlePayload {

    static final String DATA_OPEN = "<script type=\"application/json\" id=\"reglab-bundle-data\">";
    static final String BYTES_OPEN = "<script type=\"application/octet-stream\" id=\"reglab-bundle-bytes\">";

    final Map<String, String> pages = new LinkedHashMap<>();
    /** Assets by site path, as text (UTF-8; binary files read so too, for searching). */
    final Map<String, String> assets = new LinkedHashMap<>();
    final Map<String, byte[]> assetBytes = new LinkedHashMap<>();
    /** The edition's text outside the byte section (ASCII), with the section cut out. */
    final String shell;
    /** The byte section as stored in the file (escaped). */
    final byte[] stored;

    BundlePayload(byte[] file) {
        String text = new String(file, StandardCharsets.ISO_8859_1);
        int from = text.indexOf(BYTES_OPEN) + BYTES_OPEN.length();
        int to = text.indexOf("</script>", from);
        stored = Arrays.copyOfRange(file, from, to);
        shell = text.substring(0, from) + text.substring(to);
        byte[] section = ByteSection.unescape(stored);
        int start = shell.indexOf(DATA_OPEN) + DATA_OPEN.length();
        JsonObject data = JsonParser.parseString(shell.substring(start, shell.indexOf("</script>", start))).getAsJsonObject();
        data.getAsJsonObject("pages").entrySet().forEach(e -> pages.put(e.getKey(),
                new String(unpack(section, e.getValue().getAsJsonObject()), StandardCharsets.UTF_8)));
        data.getAsJsonArray("assets").forEach(a -> {
            JsonObject o = a.getAsJsonObject();
            byte[] bytes = unpack(section, o);
            assetBytes.put(o.get("path").getAsString(), bytes);
            assets.put(o.get("path").getAsString(), new String(bytes, StandardCharsets.UTF_8));
        });
    }

    private static byte[] unpack(byte[] section, JsonObject entry) {
        int at = entry.get("at").getAsInt();
        byte[] stored = Arrays.copyOfRange(section, at, at + entry.get("size").getAsInt());
        if (!entry.has("gz")) {
            return stored;
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(stored))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
