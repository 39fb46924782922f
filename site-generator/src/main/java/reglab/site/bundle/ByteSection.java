package reglab.site.bundle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * The single-file edition's files as raw bytes in one block of the HTML file, instead of base64
 * (a third larger) inside JSON. The edition is a {@code windows-1252} document, where each byte is
 * one character, so the block's text is its bytes; the shell ({@code shell.js}) reads the block's
 * {@code textContent} and maps each character back to its byte with the browser's own
 * {@code windows-1252} decoder. The HTML parser would alter four bytes inside a {@code <script>}
 * element (NUL becomes U+FFFD, CR becomes LF, {@code <} could close the element or open a comment),
 * so those and the escape byte itself travel as {@link #ESCAPE} followed by the byte plus
 * {@link #SHIFT}: about 1.6% more for compressed data, against base64's 33%.
 *
 * <p>Each file is stored gzipped when that makes it at least 5% smaller (text, and the base64 the
 * site's own scripts carry), as is otherwise (fonts, images). Output is deterministic: Java's
 * gzip header carries no time stamp.
 */
final class ByteSection {

    static final int ESCAPE = 0x01;
    static final int SHIFT = 0x40;

    /** One stored file: where it starts in the unescaped block, how many bytes, whether gzipped. */
    record Entry(String name, int at, int size, boolean gz, int rawSize, int storedSize) {
        /** {@code "at":N,"size":N} and {@code ,"gz":1} when gzipped, for the bundle's JSON. */
        String json() {
            return "\"at\":" + at + ",\"size\":" + size + (gz ? ",\"gz\":1" : "");
        }
    }

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
    private final List<Entry> entries = new ArrayList<>();

    /** Stores {@code raw} (the file {@code name}, for the size report) and returns where it went. */
    Entry add(String name, byte[] raw) {
        byte[] packed = gzip(raw);
        boolean gz = packed.length < raw.length * 0.95;
        byte[] stored = gz ? packed : raw;
        Entry e = new Entry(name, bytes.size(), stored.length, gz, raw.length, escapedLength(stored));
        bytes.write(stored, 0, stored.length);
        entries.add(e);
        return e;
    }

    /** What was stored, in order. */
    List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** The block as it goes into the HTML file (escaped). */
    byte[] escaped() {
        return escape(bytes.toByteArray());
    }

    static boolean needsEscape(int b) {
        return b == 0x00 || b == ESCAPE || b == '\r' || b == '<';
    }

    static int escapedLength(byte[] raw) {
        int n = raw.length;
        for (byte b : raw) {
            if (needsEscape(b & 0xff)) {
                n++;
            }
        }
        return n;
    }

    static byte[] escape(byte[] raw) {
        byte[] out = new byte[escapedLength(raw)];
        int j = 0;
        for (byte b : raw) {
            int v = b & 0xff;
            if (needsEscape(v)) {
                out[j++] = ESCAPE;
                out[j++] = (byte) (v + SHIFT);
            } else {
                out[j++] = b;
            }
        }
        return out;
    }

    /** The inverse of {@link #escape} (tests read the edition back with it). */
    static byte[] unescape(byte[] escaped) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(escaped.length);
        for (int i = 0; i < escaped.length; i++) {
            int v = escaped[i] & 0xff;
            out.write(v == ESCAPE ? (escaped[++i] & 0xff) - SHIFT : v);
        }
        return out.toByteArray();
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
