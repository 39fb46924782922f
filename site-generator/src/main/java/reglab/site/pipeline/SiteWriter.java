package reglab.site.pipeline;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import reglab.site.SiteException;
import reglab.site.files.FileTrees;

/**
 * The last stage: writes the site into a new folder beside the output folder, then swaps it in with
 * two renames. A build that fails before the swap leaves the previous output untouched, and a
 * reader (or {@code serve}) never sees a half-written site. A non-empty output folder that reglab
 * did not write (no {@value #MARKER} file) is never replaced.
 */
public final class SiteWriter {

    /** Marks a folder as reglab output, so a later build may replace it. */
    public static final String MARKER = ".reglab-site";

    private SiteWriter() {
    }

    /**
     * @param out   the output folder
     * @param files root-relative path to content
     */
    public static void write(Path out, Map<String, byte[]> files) {
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null) {
            throw new SiteException("--out " + out + ": choose a folder below the file system root");
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new SiteException("--out " + out + " is a file; choose a folder");
        }
        if (Files.isDirectory(target) && !Files.exists(target.resolve(MARKER)) && !isEmpty(target)) {
            throw new SiteException("--out " + out + " is a folder with files reglab did not write; choose an empty "
                    + "or new folder (reglab replaces its output folder as a whole)");
        }
        Path fresh = null;
        try {
            Files.createDirectories(parent);
            fresh = Files.createTempDirectory(parent, "." + target.getFileName() + ".new-");
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path file = fresh.resolve(f.getKey()).normalize();
                if (!file.startsWith(fresh)) {
                    throw new IllegalStateException("output path escapes the site folder: " + f.getKey());
                }
                Files.createDirectories(file.getParent());
                Files.write(file, f.getValue());
            }
            Files.writeString(fresh.resolve(MARKER), "reglab build output; './reglab build' replaces this folder as a whole\n");
            swap(fresh, target);
            fresh = null;
        } catch (IOException e) {
            throw new SiteException("cannot write the site to " + out + ": " + e.getMessage());
        } finally {
            if (fresh != null) {
                FileTrees.deleteQuietly(fresh);
            }
        }
    }

    private static void swap(Path fresh, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
            Files.delete(old);
            move(target, old);
        }
        try {
            move(fresh, target);
        } catch (IOException e) {
            if (old != null) {
                move(old, target);
            }
            throw e;
        }
        if (old != null) {
            FileTrees.deleteQuietly(old);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static boolean isEmpty(Path dir) {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }
}
