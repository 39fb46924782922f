package reglab.site.pipeline;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
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
     * What one write put in its folder, so the next write there ({@code serve}'s next rebuild) can
     * link each unchanged file into the new folder instead of writing it again: most of a site
     * (theme, applet, fonts, the pages a change does not touch) stays the same between rebuilds.
     * The marker file's identity and time tell that the folder is still the one written (not
     * replaced by another build meanwhile).
     *
     * @param files the files written, by root-relative path
     */
    public record Written(Path out, Object marker, FileTime markerTime, Map<String, byte[]> files) {
    }

    /**
     * @param out   the output folder
     * @param files root-relative path to content
     */
    public static void write(Path out, Map<String, byte[]> files) {
        write(out, files, null);
    }

    /**
     * As {@link #write(Path, Map)}, linking from the current output the files whose bytes are
     * those {@code previous} wrote there.
     *
     * @param previous what the last write to {@code out} wrote, or null
     * @return what this write wrote, for the next
     */
    public static Written write(Path out, Map<String, byte[]> files, Written previous) {
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
            boolean link = previous != null && previous.out().equals(target) && unchanged(previous);
            fresh = Files.createTempDirectory(parent, "." + target.getFileName() + ".new-");
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path file = fresh.resolve(f.getKey()).normalize();
                if (!file.startsWith(fresh)) {
                    throw new IllegalStateException("output path escapes the site folder: " + f.getKey());
                }
                Files.createDirectories(file.getParent());
                byte[] before = link ? previous.files().get(f.getKey()) : null;
                if (before == null || !(before == f.getValue() || Arrays.equals(before, f.getValue()))
                        || !linked(target.resolve(f.getKey()), file, before.length)) {
                    Files.write(file, f.getValue());
                }
            }
            Files.writeString(fresh.resolve(MARKER), "reglab build output; './reglab build' replaces this folder as a whole\n");
            swap(fresh, target);
            fresh = null;
            BasicFileAttributes marker = Files.readAttributes(target.resolve(MARKER), BasicFileAttributes.class);
            return new Written(target, marker.fileKey(), marker.lastModifiedTime(), files);
        } catch (IOException e) {
            throw new SiteException("cannot write the site to " + out + ": " + e.getMessage());
        } finally {
            if (fresh != null) {
                FileTrees.deleteQuietly(fresh);
            }
        }
    }

    /** Whether the folder {@code previous} wrote is still there, not replaced (its marker is the same file). */
    private static boolean unchanged(Written previous) {
        try {
            BasicFileAttributes marker = Files.readAttributes(previous.out().resolve(MARKER), BasicFileAttributes.class);
            return previous.marker() != null && previous.marker().equals(marker.fileKey())
                    && marker.lastModifiedTime().equals(previous.markerTime());
        } catch (IOException e) {
            return false;
        }
    }

    /** Links {@code file} to {@code existing} if that is a file of {@code length} bytes; false if it could not. */
    private static boolean linked(Path existing, Path file, int length) {
        try {
            if (!Files.isRegularFile(existing, LinkOption.NOFOLLOW_LINKS) || Files.size(existing) != length) {
                return false;
            }
            Files.createLink(file, existing);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            // e.g. a file system without hard links: write the file instead
            return false;
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
