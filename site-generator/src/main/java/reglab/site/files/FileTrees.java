package reglab.site.files;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** Removing the generator's temporary folders. */
public final class FileTrees {

    private FileTrees() {
    }

    /**
     * Deletes {@code dir} with everything in it, as far as it can. Only for the generator's own
     * temporary folders: a leftover one is harmless (hidden or in the temp folder, and replaced or
     * ignored by the next run), so a failure is not worth stopping a finished build for.
     */
    public static void deleteQuietly(Path dir) {
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // Best effort, as documented above.
        }
    }
}
