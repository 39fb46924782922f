package reglab.applet.offline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/**
 * Build step (run by Maven after TeaVM): writes the WasmGC module as base64 into a script that sets
 * {@code globalThis.reglabAppletWasm}. Chrome refuses {@code fetch} of a {@code .wasm} from
 * {@code file://}, but a script tag still loads, so an offline page instantiates from these bytes.
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
        String script = "globalThis.reglabAppletWasm=\""
                + Base64.getEncoder().encodeToString(wasm) + "\";\n";
        Files.writeString(Path.of(args[1]), script, StandardCharsets.US_ASCII);
    }
}
