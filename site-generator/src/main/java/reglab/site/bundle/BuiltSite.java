package reglab.site.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import reglab.site.SiteException;
import reglab.site.url.SitePaths;

/**
 * A site folder as {@code ./reglab build} wrote it: every file by its site path, and the pages
 * (the {@code .html} files). Read-only; the bundle stages read it and write elsewhere. Text files
 * are read once and cached.
 */
final class BuiltSite {

    private final Path root;
    private final List<String> files;
    private final Map<String, String> texts = new HashMap<>();

    private BuiltSite(Path root, List<String> files) {
        this.root = root;
        this.files = files;
    }

    /** Lists the site folder {@code root}; stops with a message if it is missing or has no index page. */
    static BuiltSite open(Path root) {
        if (!Files.isDirectory(root)) {
            throw new SiteException("bundle: the built site folder " + root + " does not exist");
        }
        List<String> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(p -> files.add(root.relativize(p).toString().replace('\\', '/')));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Collections.sort(files);
        if (!files.contains("index.html")) {
            throw new SiteException("bundle: the built site in " + root + " has no index.html");
        }
        return new BuiltSite(root, Collections.unmodifiableList(files));
    }

    Path root() {
        return root;
    }

    /** Every file, sorted by site path. */
    List<String> files() {
        return files;
    }

    /** The pages ({@code .html} files), sorted by site path. */
    List<String> pages() {
        return files.stream().filter(SitePaths::isPage).toList();
    }

    boolean exists(String sitePath) {
        return sitePath != null && Collections.binarySearch(files, sitePath) >= 0;
    }

    /** The file's text, read as UTF-8. */
    String text(String sitePath) {
        return texts.computeIfAbsent(sitePath, p -> {
            try {
                return Files.readString(root.resolve(p), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    byte[] bytes(String sitePath) {
        try {
            return Files.readAllBytes(root.resolve(sitePath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
