package reglab.site.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reglab.cli.Main;

/** {@code ./reglab serve} as the launcher runs it: bad options and a taken port, each one clear line. */
class ServeCommandTest {

    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {
    }

    private static Run serve(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] argv = new String[args.length + 1];
        argv[0] = "serve";
        System.arraycopy(args, 0, argv, 1, args.length);
        int code = Main.run(argv, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aTakenPortStopsWithOneLineSuggestingAnotherPort() throws IOException {
        Path content = Files.createDirectories(tmp.resolve("content"));
        Files.writeString(content.resolve("index.md"), "# Hi\n");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            Run run = serve("--port", String.valueOf(port), "--content", content.toString(), "--out", tmp.resolve("site").toString());
            assertEquals(1, run.code());
            assertEquals("error: port " + port + " on 127.0.0.1 is already in use (another ./reglab serve?); "
                    + "stop that server or choose another port, e.g. --port " + (port + 1) + "\n", run.err());
        }
        assertFalse(Files.exists(tmp.resolve("site")), "nothing was built");
    }

    @Test
    void aBadPortIsNamedWithItsRange() {
        Run run = serve("--port", "80000");
        assertEquals(2, run.code());
        assertEquals("error: serve: --port must be a whole number from 0 to 65535, got '80000'\n", run.err());
    }

    @Test
    void helpListsTheOptionsAndTheDefaultPort() {
        Run run = serve("--help");
        assertEquals(0, run.code());
        assertTrue(run.out().startsWith("Usage: ./reglab serve [--port N] [--content DIR] [--out DIR] [--browser PATH]"), run.out());
        assertTrue(run.out().contains("(default: 8000; 0 picks a free one)"), run.out());
    }

    @Test
    void anOutputFolderInsideTheContentIsRefused() throws IOException {
        Path content = Files.createDirectories(tmp.resolve("content"));
        Run run = serve("--port", "0", "--content", content.toString(), "--out", content.resolve("site").toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("is inside the content folder"), run.err());
    }
}
