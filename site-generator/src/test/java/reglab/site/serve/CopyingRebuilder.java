package reglab.site.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import reglab.site.SiteException;

/**
 * A stand-in site builder for the server tests: copies the content folder to the output folder
 * (symlinks as links), replacing it in one rename, and fails like a real build — a message of the
 * form {@code file:line: what} and the old output untouched — when a file has a line
 * {@code BROKEN}. It also records which thread it ran on, to check the one-thread contract, and
 * can hold a build open ({@link #gate}) so a test can change files while it runs.
 */
final class CopyingRebuilder implements SiteRebuilder {

    private final Path content;
    private final Path out;
    final AtomicInteger builds = new AtomicInteger();
    volatile Thread buildThread;
    volatile boolean threadChanged;
    volatile boolean closed;
    /**
     * When set, the next build, once it has read the content and written (or failed), counts
     * {@code entered} down and waits for {@code gate} before it returns: a test can then change
     * files while that build still runs.
     */
    volatile CountDownLatch entered;
    volatile CountDownLatch gate;

    CopyingRebuilder(Path content, Path out) {
        this.content = content;
        this.out = out;
    }

    @Override
    public String build() {
        Thread me = Thread.currentThread();
        if (buildThread != null && buildThread != me) {
            threadChanged = true;
        }
        buildThread = me;
        try {
            return copy();
        } finally {
            CountDownLatch hold = gate;
            if (hold != null) {
                gate = null;
                entered.countDown();
                try {
                    hold.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private String copy() {
        if (!Files.isDirectory(content)) {
            throw new SiteException("content folder '" + content.getFileName() + "' does not exist");
        }
        try (Stream<Path> files = Files.walk(content)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
                int broken = lines.indexOf("BROKEN");
                if (broken >= 0) {
                    throw new SiteException(content.relativize(file) + ":" + (broken + 1) + ": this line is broken; remove it");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path staging = out.resolveSibling(out.getFileName() + ".staging");
        Path old = out.resolveSibling(out.getFileName() + ".old");
        try {
            deleteTree(staging);
            try (Stream<Path> all = Files.walk(content)) {
                for (Path p : all.toList()) {
                    Path target = staging.resolve(content.relativize(p).toString());
                    Files.copy(p, target, LinkOption.NOFOLLOW_LINKS, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
            if (Files.exists(out)) {
                Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(old);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        builds.incrementAndGet();
        return "";
    }

    @Override
    public void close() {
        if (buildThread != null && buildThread != Thread.currentThread()) {
            threadChanged = true;
        }
        closed = true;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}
