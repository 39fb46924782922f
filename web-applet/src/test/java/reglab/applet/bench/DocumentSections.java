package reglab.applet.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import reglab.applet.catalogue.SpecText;
import reglab.applet.page.AppletMarkup;

/**
 * A page shaped like the document page for the first-frame benchmark: the experiments the site
 * generator places on it (its overlay, {@code content/.overlay/index.applets}: blocks of
 * {@code after: HEADING} and the experiment's {@code key: value} lines, separated by blank lines),
 * in its order and settings, each under its heading after more than a screen of text, with the
 * mount markup and head tags the generator writes ({@link AppletMarkup}). Read each time, so an
 * experiment added to the document is measured without a change here.
 */
final class DocumentSections {

    /** The overlay, relative to the repository root (where {@code bench/applet.sh} runs). */
    static final Path OVERLAY = Path.of("content", ".overlay", "index.applets");

    private DocumentSections() {
    }

    /** Writes the page as {@code name} in {@code dir} from {@code overlay}. */
    static void write(Path overlay, Path dir, String name) throws IOException {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
                + "<meta charset=\"utf-8\">\n<title>reglab benchmark: the document's experiments</title>\n"
                + "<link rel=\"icon\" href=\"data:,\">\n" + AppletMarkup.headTags("applet")
                + "<style>.text { min-height: 130vh; max-width: 40em; }</style>\n</head>\n<body>\n"
                + "<h1>The document's experiments, one screen apart</h1>\n");
        String[] lines = Files.readString(overlay, StandardCharsets.UTF_8).split("\r?\n", -1);
        int i = 0;
        while (i < lines.length) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                i++;
                continue;
            }
            if (!line.startsWith("after:")) {
                throw new IllegalArgumentException(overlay + ":" + (i + 1)
                        + ": expected 'after: HEADING TEXT' to start a block, found '" + line + "'");
            }
            String heading = line.substring("after:".length()).strip();
            StringBuilder spec = new StringBuilder();
            for (i++; i < lines.length && !lines[i].isBlank(); i++) {
                spec.append(lines[i]).append('\n');
            }
            html.append("<section>\n<h2>").append(escape(heading)).append("</h2>\n")
                    .append("<p class=\"text\">The section's text.</p>\n")
                    .append(AppletMarkup.mount(SpecText.parseFence(spec.toString())))
                    .append("</section>\n");
        }
        html.append("<p class=\"text\">The rest of the document.</p>\n</body>\n</html>\n");
        Files.writeString(dir.resolve(name), html, StandardCharsets.UTF_8);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
