package reglab.site.markdown.applet;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import reglab.applet.settings.Config;
import reglab.applet.settings.SpecException;
import reglab.applet.catalogue.SpecText;
import reglab.site.SiteException;
import reglab.site.content.SourcePage;
import reglab.site.markdown.DocumentTransform;

/**
 * Places experiments on a page without changing its text (the licensed document stays as its
 * author wrote it). The overlay for {@code PAGE.md} is {@code .overlay/PAGE.applets} in the content
 * folder (a hidden folder, so it is not published). It holds blocks separated by blank lines;
 * each names the heading it belongs to and then the experiment, in the {@code applet} fence's
 * {@code key: value} form:
 *
 * <pre>
 * # comments start with #
 * after: Comparison of L1 and L2 Regularization
 * experiment: sparsity
 * lambda: 0.1
 * </pre>
 *
 * The experiment goes at the end of that heading's section (before the next heading). A heading
 * that does not exist, or a spec the registry rejects, stops the build naming the overlay's line.
 */
public final class AppletOverlay implements DocumentTransform {

    /** Folder in the content folder holding the overlays. */
    public static final String FOLDER = ".overlay";
    public static final String SUFFIX = ".applets";

    @Override
    public List<Path> reads(SourcePage page) {
        return page.file() == null ? List.of() : List.of(overlayOf(page));
    }

    /** Where the overlay of {@code page} (a file of the content folder) is, if it has one. */
    private static Path overlayOf(SourcePage page) {
        Path root = page.file();
        for (int i = 0; i < page.path().split("/").length; i++) {
            root = root.getParent();
        }
        return root.resolve(FOLDER).resolve(page.path().substring(0, page.path().length() - ".md".length()) + SUFFIX);
    }

    @Override
    public void apply(Document document, SourcePage page, Consumer<String> changes) {
        if (page.file() == null) {
            return;
        }
        String rel = page.path().substring(0, page.path().length() - ".md".length()) + SUFFIX;
        Path overlay = overlayOf(page);
        if (!Files.isRegularFile(overlay)) {
            return;
        }
        String shown = page.display().substring(0, page.display().length() - page.path().length())
                + FOLDER + "/" + rel;
        int placed = 0;
        for (Block b : blocks(read(overlay), shown)) {
            Heading heading = find(document, b.heading);
            if (heading == null) {
                throw new SiteException(shown + ":" + b.headingLine + ": no heading '" + b.heading
                        + "' in " + page.display() + "; write the heading's text exactly as it appears");
            }
            Config config;
            try {
                config = SpecText.parseFence(b.spec);
            } catch (SpecException e) {
                throw new SiteException(shown + ":" + (b.specLine + Math.max(1, e.line()) - 1)
                        + ": applet: " + e.getMessage());
            }
            Node end = heading.getNext();
            while (end != null && !(end instanceof Heading)) {
                end = end.getNext();
            }
            AppletBlock block = new AppletBlock(config);
            if (end == null) {
                document.appendChild(block);
            } else {
                end.insertBefore(block);
            }
            placed++;
        }
        if (placed > 0) {
            changes.accept("interactive experiments added beside the sections they illustrate");
        }
    }

    private static Heading find(Document document, String text) {
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h
                    && new TextCollectingVisitor().collectAndGetText(h).strip().equals(text)) {
                return h;
            }
        }
        return null;
    }

    /** One overlay block: the heading and where it was written, the spec and its first line. */
    private record Block(String heading, int headingLine, String spec, int specLine) {
    }

    private static List<Block> blocks(String text, String shown) {
        List<Block> out = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        int i = 0;
        while (i < lines.length) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                i++;
                continue;
            }
            if (!line.startsWith("after:")) {
                throw new SiteException(shown + ":" + (i + 1) + ": expected 'after: HEADING TEXT' to"
                        + " start a block, found '" + line + "'");
            }
            String heading = line.substring("after:".length()).strip();
            int headingLine = i + 1;
            StringBuilder spec = new StringBuilder();
            i++;
            int specLine = i + 1;
            while (i < lines.length && !lines[i].isBlank()) {
                spec.append(lines[i]).append('\n');
                i++;
            }
            out.add(new Block(heading, headingLine, spec.toString(), specLine));
        }
        return out;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
