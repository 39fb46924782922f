package reglab.site.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import reglab.site.SiteException;

/**
 * First stage of a build: walks the content folder and reads every Markdown page (with its front
 * matter) and every other file (copied to the output as is). Hidden files and folders (names
 * starting with {@code .}) are skipped. Paths are sorted, so the build's order never depends on
 * the file system. The site file ({@link SiteConfig}) is not published, nor are drafts
 * ({@code draft: true} in the front matter), which are read so that their front matter is checked.
 */
public final class ContentLoader {

    private ContentLoader() {
    }

    /**
     * @param contentDir the content folder
     * @param display    how messages name that folder (e.g. {@code content})
     * @throws SiteException if the folder is missing, a file is not UTF-8, or front matter is broken
     */
    public static Content load(Path contentDir, String display) {
        if (!Files.isDirectory(contentDir)) {
            throw new SiteException("content folder '" + contentDir + "' does not exist"
                    + (Files.exists(contentDir) ? " (it is a file)" : "")
                    + "; create it with an index.md, or pass --content DIR");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(contentDir)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(contentDir.relativize(p)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new SiteException("cannot read content folder '" + contentDir + "': " + e.getMessage());
        }
        List<SourcePage> pages = new ArrayList<>();
        List<Content.Asset> assets = new ArrayList<>();
        List<String> drafts = new ArrayList<>();
        for (Path file : files) {
            String rel = contentDir.relativize(file).toString().replace('\\', '/');
            String shown = display + "/" + rel;
            if (rel.endsWith(".md")) {
                SourcePage page = page(rel, shown, file, read(file, shown));
                if (page.frontMatter().settings().draft()) {
                    drafts.add(rel);
                } else {
                    pages.add(page);
                }
            } else if (!rel.equals(SiteConfig.FILE)) {
                assets.add(new Content.Asset(rel, file));
            }
        }
        if (pages.stream().noneMatch(p -> p.path().equals("index.md"))) {
            throw new SiteException(display + "/index.md: " + (drafts.contains("index.md") ? "a draft" : "missing")
                    + "; the content folder needs an index.md for the home page");
        }
        return new Content(contentDir, pages, assets, drafts);
    }

    /** Makes a page from Markdown text; the front matter lines are blanked so body line numbers are file line numbers. */
    public static SourcePage page(String rel, String shown, Path file, String text) {
        FrontMatter fm = FrontMatter.parse(text, shown);
        String body = text;
        if (fm.lineCount() > 0) {
            String[] lines = text.split("\r?\n", -1);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < lines.length; i++) {
                if (i >= fm.lineCount()) {
                    sb.append(lines[i]);
                }
                if (i < lines.length - 1) {
                    sb.append('\n');
                }
            }
            body = sb.toString();
        }
        return new SourcePage(rel, shown, file, fm, body, file == null);
    }

    private static boolean isHidden(Path rel) {
        for (Path part : rel) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String read(Path file, String shown) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new SiteException(shown + ": not valid UTF-8 text; save the file as UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
