package reglab.site.bundle;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the zip edition: the built site's files under one top folder, so unpacking never spills
 * files into the reader's current folder, and the reader opens {@code <folder>/index.html}. The
 * multi-page site already works from disk (relative links, no fetch of local files), so the files
 * go in unchanged; hidden files (the build's {@code .reglab-site} marker) stay out. Entries are sorted and carry one fixed time stamp: the same site gives the same
 * zip, byte for byte.
 */
final class ZipWriter {

    /** 2025-02-18, the document's creation date: a fixed, meaningful time for every entry. */
    private static final FileTime STAMP = FileTime.fromMillis(1739836800000L);

    private ZipWriter() {
    }

    /** Writes {@code site} into the zip file {@code zip} with every entry under {@code folder/}. */
    static void write(BuiltSite site, String folder, Path zip) {
        try (OutputStream file = Files.newOutputStream(zip);
                ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(file))) {
            out.setLevel(9);
            ZipEntry dir = new ZipEntry(folder + "/");
            stamp(dir);
            out.putNextEntry(dir);
            out.closeEntry();
            for (String path : site.files()) {
                if (path.startsWith(".") || path.contains("/.")) {
                    continue;
                }
                ZipEntry e = new ZipEntry(folder + "/" + path);
                stamp(e);
                out.putNextEntry(e);
                out.write(site.bytes(path));
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + zip, e);
        }
    }

    private static void stamp(ZipEntry e) {
        e.setLastModifiedTime(STAMP);
        e.setCreationTime(STAMP);
        e.setLastAccessTime(STAMP);
    }
}
