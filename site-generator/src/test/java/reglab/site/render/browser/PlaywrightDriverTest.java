package reglab.site.render.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PlaywrightDriverTest {

    private static final Path NODE = Path.of("/usr/bin/node");

    private static List<Path> remembered() throws Exception {
        if (!Files.isDirectory(PlaywrightDriver.cacheRoot())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(PlaywrightDriver.cacheRoot())) {
            return files.filter(f -> f.getFileName().toString().startsWith("node-version-")
                    && !f.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    @Test
    void nodesMajorVersionIsAskedOnceAndThenRememberedForThatBinary() throws Exception {
        assumeTrue(Files.isExecutable(NODE), "needs node at " + NODE);
        int major = PlaywrightDriver.nodeMajor(NODE);
        assertTrue(major >= 18, "node major " + major);
        String real = NODE.toRealPath() + " ";
        Path file = remembered().stream()
                .filter(f -> readLines(f).get(0).startsWith(real))
                .findFirst().orElseThrow(() -> new AssertionError("nothing remembered in " + PlaywrightDriver.cacheRoot()));
        String id = readLines(file).get(0);
        try {
            // What is remembered is what the next build uses ...
            Files.writeString(file, id + "\n7\n", StandardCharsets.UTF_8);
            assertEquals(7, PlaywrightDriver.nodeMajor(NODE));
            // ... but only for the same binary: a record of another size or time is asked anew.
            Files.writeString(file, id + "0\n7\n", StandardCharsets.UTF_8);
            assertEquals(major, PlaywrightDriver.nodeMajor(NODE));
        } finally {
            Files.writeString(file, id + "\n" + major + "\n", StandardCharsets.UTF_8);
        }
    }

    private static List<String> readLines(Path f) {
        try {
            return Files.readAllLines(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
