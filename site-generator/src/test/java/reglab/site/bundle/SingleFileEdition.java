package reglab.site.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The single-file edition of an already built site, written as {@link Bundler} writes it but
 * without the zip and the PDF, for tests that read only the single file.
 */
public final class SingleFileEdition {

    private SingleFileEdition() {
    }

    /** Writes {@code siteDir}'s single file to {@code file}. */
    public static Path write(Path siteDir, Path file) {
        BuiltSite site = BuiltSite.open(siteDir);
        SiteAudit.Result audit = SiteAudit.run(site);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, new SingleFileWriter(site, FontUsage.of(site, audit.stylesheets())).write());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
