package reglab.site.bundle;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link Bundler} wrote and measured.
 *
 * @param singleFile        the single-file edition
 * @param singleFileBytes   its size
 * @param singleFileGzipped its size gzipped (what a web server or an archive would move)
 * @param zip               the zip edition
 * @param zipBytes          its size
 * @param pdf               the PDF edition
 * @param pdfBytes          its size
 * @param pages             site paths of the pages every edition holds
 * @param externalLinks     links to other sites in the pages (followed only by readers; never fetched)
 * @param tocEntries        headings listed in the PDF's table of contents
 */
public record BundleResult(Path singleFile, long singleFileBytes, long singleFileGzipped, Path zip, long zipBytes,
        Path pdf, long pdfBytes, List<String> pages, List<String> externalLinks, int tocEntries) {
}
