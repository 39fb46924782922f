package reglab.site.pipeline;

import java.util.List;
import java.util.Map;
import reglab.site.links.RemoteImages;

/**
 * What a build made, for the progress output and {@value #FILE} in the output folder. Holds no
 * timestamps or durations, so the file is identical across builds of the same content.
 *
 * @param pages        output paths of the pages, in navigation order
 * @param files        number of files written
 * @param diagrams     Mermaid diagrams rendered
 * @param formulas     formulas typeset
 * @param codeBlocks   code blocks highlighted
 * @param replacements remote references replaced by local files
 * @param sitemap      whether sitemap.xml was written
 */
public record BuildReport(List<String> pages, int files, int diagrams, int formulas, int codeBlocks,
                          List<RemoteImages.Replacement> replacements, boolean sitemap) {

    /** Name of the report file in the output folder. */
    public static final String FILE = "build-report.txt";

    /** The report of a build whose pages are {@code assembled} and other files {@code files}. */
    static BuildReport of(ParsedSite parsed, AssembledSite assembled, Map<String, byte[]> files, BuildOptions options) {
        RenderCounts counts = parsed.counts();
        return new BuildReport(assembled.pagePaths(), files.size() + assembled.pages().size() + 1, counts.diagrams(),
                counts.formulas(), counts.codeBlocks(), parsed.images().replacements(), options.baseUrl() != null);
    }

    public String text() {
        StringBuilder sb = new StringBuilder("reglab build report\n\n");
        sb.append("Pages (").append(pages.size()).append("):\n");
        pages.forEach(p -> sb.append("  ").append(p).append('\n'));
        sb.append("\nRendered at build time: ").append(diagrams).append(" diagrams, ").append(formulas)
                .append(" formulas, ").append(codeBlocks).append(" code blocks\n");
        sb.append("\nRemote references replaced by local files (").append(replacements.size()).append("):\n");
        if (replacements.isEmpty()) {
            sb.append("  none\n");
        }
        replacements.forEach(r -> sb.append("  ").append(r.ref()).append(": ").append(r.remoteUrl())
                .append(" -> ").append(r.localPath()).append('\n'));
        sb.append("\nsitemap.xml: ").append(sitemap ? "written" : "not written (no --base-url)").append('\n');
        return sb.toString();
    }
}
