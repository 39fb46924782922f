package reglab.site.bundle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import reglab.site.json.Json;

/**
 * How a text travels inside the single-file edition's JSON: as is, or gzipped and base64-encoded
 * when that is smaller. The build-time diagrams are large SVG (hand-drawn strokes are long paths of
 * decimal numbers) that gzip shrinks to about a third, which keeps the file within its size budget;
 * the shell inflates them with the browser's {@code DecompressionStream} (Chrome 80, Firefox 113,
 * Safari 16.4). Output is deterministic: Java's gzip header carries no time stamp.
 */
final class Packing {

    /** Texts shorter than this stay plain: gzip would gain little and cost a decode. */
    static final int THRESHOLD = 4096;

    private Packing() {
    }

    /** Appends {@code "text":"..."} or {@code "gz":"<base64>"} for {@code text} to {@code json}. */
    static void append(String text, StringBuilder json) {
        byte[] raw = text.getBytes(StandardCharsets.UTF_8);
        if (raw.length >= THRESHOLD) {
            String packed = Base64.getEncoder().encodeToString(gzip(raw));
            if (packed.length() < raw.length * 0.9) {
                json.append("\"gz\":\"").append(packed).append('"');
                return;
            }
        }
        json.append("\"text\":");
        Json.quoteForScript(text, json);
    }

    static byte[] gzip(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gz.write(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
