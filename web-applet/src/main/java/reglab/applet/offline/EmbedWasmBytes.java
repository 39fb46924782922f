package reglab.applet.offline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Build step (run by Maven after TeaVM): writes the WasmGC module, gzipped, as base64 into a script
 * that sets {@code globalThis.reglabAppletWasmGz}. Chrome refuses {@code fetch} of a {@code .wasm}
 * from {@code file://}, but a script tag still loads, so an offline page instantiates from these
 * bytes after the loader inflates them ({@code DecompressionStream}, which every browser with
 * WasmGC has). Gzip before base64, because base64 hides the module's redundancy from any later
 * compression: the script is a third of the plain base64's size, and so is its share of the
 * single-file edition.
 *
 * <p>Usage: {@code EmbedWasmBytes MODULE.wasm OUTPUT.js}
 */
public final class EmbedWasmBytes {

    private EmbedWasmBytes() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: EmbedWasmBytes MODULE.wasm OUTPUT.js");
        }
        byte[] wasm = Files.readAllBytes(Path.of(args[0]));
        String script = "globalThis.reglabAppletWasmGz=\""
                + Base64.getEncoder().encodeToString(gzip(wasm)) + "\";\n";
        Files.writeString(Path.of(args[1]), script, StandardCharsets.US_ASCII);
    }

    /** Gzip at the best level; the header's time stamp is zero, so the same module gives the same bytes. */
    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2);
        try (GZIPOutputStream gz = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gz.write(data);
        }
        return out.toByteArray();
    }
}
