package reglab.site.markdown;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A golden spec file in the CommonMark spec's format: each example is fenced by a line of 32
 * backticks followed by {@code example <mode> <name>} and a closing line of 32 backticks; a line
 * holding a single {@code .} separates the Markdown input from the expected output. Text between
 * examples is commentary.
 */
final class SpecFile {

    static final String FENCE = "`".repeat(32);

    record Example(String file, int line, String mode, String name, String markdown, String expected) {
        @Override
        public String toString() {
            return file + ":" + line + " " + name;
        }
    }

    private SpecFile() {
    }

    /** Rewrites the expected output of every example in {@code file} with {@code actual}'s result. */
    static void update(Path file, java.util.function.Function<Example, String> actual) throws IOException {
        String name = file.getFileName().toString();
        List<Example> examples = parse(name, Files.readString(file));
        String[] lines = Files.readString(file).split("\n", -1);
        StringBuilder out = new StringBuilder();
        int ex = 0;
        for (int i = 0; i < lines.length; i++) {
            out.append(lines[i]);
            if (i + 1 < lines.length) {
                out.append('\n');
            }
            if (lines[i].startsWith(FENCE + " example ")) {
                i++;
                while (!lines[i].equals(".")) {
                    out.append(lines[i++]).append('\n');
                }
                out.append(".\n").append(actual.apply(examples.get(ex++)).replace("\t", "→"));
                while (!lines[i].equals(FENCE)) {
                    i++;
                }
                i--;
            }
        }
        Files.writeString(file, out.toString());
    }

    static List<Example> read(String resource) throws IOException {
        String text;
        try (InputStream in = SpecFile.class.getResourceAsStream("/spec/" + resource)) {
            if (in == null) {
                throw new IOException("missing spec resource " + resource);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return parse(resource, text);
    }

    private static List<Example> parse(String resource, String text) throws IOException {
        String[] lines = text.split("\n", -1);
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].startsWith(FENCE + " example ")) {
                continue;
            }
            String[] head = lines[i].substring(FENCE.length() + " example ".length()).split(" ", 2);
            int start = i + 1;
            StringBuilder md = new StringBuilder();
            StringBuilder expected = new StringBuilder();
            boolean inExpected = false;
            i++;
            while (i < lines.length && !lines[i].equals(FENCE)) {
                if (!inExpected && lines[i].equals(".")) {
                    inExpected = true;
                } else {
                    (inExpected ? expected : md).append(lines[i].replace('→', '\t')).append('\n');
                }
                i++;
            }
            if (i >= lines.length) {
                throw new IOException(resource + ":" + start + ": example not closed");
            }
            out.add(new Example(resource, start, head[0], head.length > 1 ? head[1] : "", md.toString(), expected.toString()));
        }
        return out;
    }
}
