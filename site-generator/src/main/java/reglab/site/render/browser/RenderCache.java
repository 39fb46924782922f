package reglab.site.render.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import reglab.site.render.RenderRequest;

/**
 * Rendered HTML on disk, one file per request under {@code <dir>/<fingerprint>/}, named by the
 * request's content key; the fingerprint covers the vendor library versions and the render page's
 * own code. So an unchanged diagram is not rendered again and a library upgrade re-renders
 * everything. Only
 * successful renders are stored: errors are cheap to reproduce and the user is about to fix them.
 * Files are written to a temporary name and renamed, so a crash never leaves half an entry.
 */
final class RenderCache {

    private final Path dir;
    private static final Pattern GENERATION = Pattern.compile("[0-9a-f]{16}");

    private final String fingerprint;
    private boolean pruned;

    /**
     * @param dir         the cache folder (created on first store)
     * @param fingerprint what else the output depends on besides the request (see {@link RenderPage#fingerprint()})
     */
    RenderCache(Path dir, String fingerprint) {
        this.dir = dir;
        this.fingerprint = fingerprint;
    }

    Optional<String> load(RenderRequest request) {
        Path file = file(request);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Best effort: a cache that cannot be written only costs time on the next build. */
    void store(RenderRequest request, String html) {
        Path file = file(request);
        try {
            if (!pruned) {
                pruneOtherGenerations();
                pruned = true;
            }
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            Files.writeString(tmp, html, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // Rendering succeeded; only the next build's speed suffers.
        }
    }

    /** Deletes entries made with other library versions: they can never be hit again. */
    private void pruneOtherGenerations() throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        String current = generation().getFileName().toString();
        try (Stream<Path> children = Files.list(dir)) {
            for (Path old : children.filter(p -> GENERATION.matcher(p.getFileName().toString()).matches()
                    && !p.getFileName().toString().equals(current)).toList()) {
                try (Stream<Path> walk = Files.walk(old)) {
                    walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    /** True when nothing was stored yet for this fingerprint (a cold build, or new library versions). */
    boolean isCold() {
        return !Files.isDirectory(generation());
    }

    /** Entries of one fingerprint live together, so a library upgrade starts a fresh folder. */
    private Path generation() {
        return dir.resolve(fingerprint.substring(0, 16));
    }

    private Path file(RenderRequest request) {
        String name = request.key();
        return generation().resolve(name.substring(0, 2)).resolve(name.substring(2) + ".html");
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
