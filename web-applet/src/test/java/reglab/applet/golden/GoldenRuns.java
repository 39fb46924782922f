package reglab.applet.golden;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import reglab.applet.run.Run;
import reglab.applet.catalogue.Catalogue;
import reglab.applet.catalogue.SpecText;

/**
 * The golden runs ({@code src/test/resources/golden/specs.txt}): each experiment at its defaults
 * and at settings that take other paths, with the result {@code reglab.train(spec)} resolved to
 * when they were recorded, numbers written exactly. {@link #jvmResult} trains a spec to its end
 * on the JVM through the same runs the page drives.
 */
public final class GoldenRuns {

    /** One golden run: its file name, its spec in query form, the recorded result text. */
    public record Golden(String name, String spec, String expected) {
    }

    private static final String DIR = "golden/";

    private GoldenRuns() {
    }

    public static List<Golden> all() throws IOException {
        List<Golden> out = new ArrayList<>();
        for (String line : read("specs.txt").split("\n")) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] parts = t.split("\\s+", 2);
            String name = parts[0];
            String expected = exists(name + ".json") ? read(name + ".json").strip() : null;
            out.add(new Golden(name, parts[1], expected));
        }
        return out;
    }

    /** The golden run called {@code name}. */
    public static Golden named(String name) throws IOException {
        for (Golden g : all()) {
            if (g.name().equals(name)) {
                return g;
            }
        }
        throw new IllegalArgumentException("no golden run '" + name + "' in specs.txt");
    }

    /** What {@code reglab.train(spec)} resolves to, computed on the JVM, as JSON text. */
    public static String jvmResult(String spec) {
        Run run = Catalogue.run(SpecText.parseQuery(spec));
        while (run.advance()) {
            // train to the end, as the page's slices do
        }
        return run.resultJson();
    }

    /** Rewrites the golden file of {@code name} in the module's test resources. */
    public static void write(String name, String json) throws IOException {
        Path dir = Path.of("src", "test", "resources", "golden");
        if (!Files.isDirectory(dir)) {
            throw new IOException("run from the web-applet module folder: no " + dir.toAbsolutePath());
        }
        Files.writeString(dir.resolve(name + ".json"), json + "\n", StandardCharsets.UTF_8);
    }

    private static boolean exists(String file) {
        return GoldenRuns.class.getClassLoader().getResource(DIR + file) != null;
    }

    private static String read(String file) throws IOException {
        try (InputStream in = GoldenRuns.class.getClassLoader().getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IOException("missing test resource " + DIR + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
