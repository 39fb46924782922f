package reglab.applet.offline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step (run by Maven after TeaVM): wraps a script TeaVM wrote (the WasmGC runtime, the
 * JavaScript fallback) in a named global function and calls it, so the script still runs as
 * before when a page loads it, and the page can also read its source text
 * ({@code Function.prototype.toString}) to put into a Web Worker's {@code blob:} script. A worker
 * cannot load the file itself where the page came from {@code file://} or is the single-file
 * edition, and a blob from the text works everywhere. The function is called with
 * {@code globalThis} as {@code this}, which both scripts put their exports on.
 *
 * <p>Idempotent: a file already wrapped is left as it is (TeaVM may skip rewriting an unchanged
 * output). Usage: {@code ExposeRuntimeSource SCRIPT.js FUNCTION_NAME}
 */
public final class ExposeRuntimeSource {

    private ExposeRuntimeSource() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2 || !args[1].matches("[A-Za-z_$][A-Za-z0-9_$]*")) {
            throw new IllegalArgumentException("usage: ExposeRuntimeSource SCRIPT.js FUNCTION_NAME"
                    + " (a JavaScript identifier)");
        }
        Path file = Path.of(args[0]);
        String source = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, wrap(source, args[1]), StandardCharsets.UTF_8);
    }

    /** {@code source} as the body of global function {@code name}, followed by a call of it. */
    static String wrap(String source, String name) {
        String head = "function " + name + "(){\n";
        if (source.startsWith(head)) {
            return source;
        }
        return head + source + "\n}\n" + name + ".call(globalThis);\n";
    }
}
