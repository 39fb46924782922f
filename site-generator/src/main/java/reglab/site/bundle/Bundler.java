package reglab.site.bundle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import reglab.site.render.browser.HeadlessChromium;

/**
 * The offline editions of a built site, as a pipeline of stages over the site folder:
 * {@link SiteAudit} (nothing remote, nothing missing), {@link FontUsage}, {@link SingleFileWriter},
 * {@link ZipWriter}, {@link PdfPrinter}. Reads the site folder, writes only the three files in the
 * output folder; each is written under a temporary name and moved into place, so a failed bundle
 * leaves earlier editions untouched.
 */
public final class Bundler {

    /** File names of the three editions, in the output folder. */
    public static final String SINGLE_FILE = "reglab.html";
    public static final String ZIP = "reglab-site.zip";
    public static final String PDF = "reglab.pdf";
    /** The folder the zip unpacks into. */
    public static final String ZIP_FOLDER = "reglab-site";

    private Bundler() {
    }

    /**
     * Bundles the built site in {@code siteDir} into {@code outDir}.
     *
     * @param chromium the browser that prints the PDF
     * @param baseUrl  the site's public address (the PDF links the pages it does not carry, and the
     *                 lab, there), or null
     * @param progress where each stage reports
     */
    public static BundleResult bundle(Path siteDir, Path outDir, HeadlessChromium chromium, String baseUrl,
            PrintStream progress) {
        BuiltSite site = BuiltSite.open(siteDir);
        progress.println("bundle: checking " + site.pages().size() + " pages and " + site.files().size() + " files");
        SiteAudit.Result audit = SiteAudit.run(site);
        progress.println("bundle: no remote resources, no missing assets; links to other sites (followed only by"
                + " the reader, never fetched): " + audit.externalLinks().size());
        try {
            Files.createDirectories(outDir);
            SingleFileWriter writer = new SingleFileWriter(site, FontUsage.of(site, audit.stylesheets()));
            byte[] bytes = writer.write();
            reportParts(writer, bytes.length, progress);
            Path single = outDir.resolve(SINGLE_FILE);
            writeAtomically(single, tmp -> Files.write(tmp, bytes));
            Path zip = outDir.resolve(ZIP);
            writeAtomically(zip, tmp -> ZipWriter.write(site, ZIP_FOLDER, tmp));
            progress.println("bundle: printing the PDF");
            Path pdf = outDir.resolve(PDF);
            int[] toc = new int[1];
            writeAtomically(pdf, tmp -> toc[0] = PdfPrinter.print(chromium, site, tmp, baseUrl));
            return new BundleResult(single, bytes.length, gzippedSize(bytes), zip, Files.size(zip), pdf,
                    Files.size(pdf), site.pages(), audit.externalLinks(), toc[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What the single file is made of: each stored file (its bytes in the file, gzipped or not, and
     * unpacked), largest first, then the shell and the JSON that says where each is.
     */
    private static void reportParts(SingleFileWriter writer, int total, PrintStream progress) {
        List<ByteSection.Entry> parts = new ArrayList<>(writer.parts());
        parts.sort(Comparator.comparingInt(ByteSection.Entry::storedSize).reversed().thenComparing(ByteSection.Entry::name));
        long stored = 0;
        progress.println("bundle: the single file holds (bytes in the file, and unpacked):");
        for (ByteSection.Entry e : parts) {
            stored += e.storedSize();
            progress.printf(Locale.ROOT, "  %9d  %-9s %9d  %s%n", e.storedSize(), e.gz() ? "gzipped" : "as is", e.rawSize(), e.name());
        }
        progress.printf(Locale.ROOT, "  %9d  %-9s %9d  %s%n", total - stored, "plain", total - stored,
                "(the shell and the file index)");
    }

    private interface Writer {
        void write(Path tmp) throws IOException;
    }

    private static void writeAtomically(Path target, Writer writer) throws IOException {
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        try {
            writer.write(tmp);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static long gzippedSize(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }
}
