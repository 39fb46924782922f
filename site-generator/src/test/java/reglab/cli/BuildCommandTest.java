package reglab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./reglab build} on bad input: each problem stops the build with one line naming the file
 * and line and what is wrong, exit code 1, no stack trace, and the previous output untouched. The
 * math and diagram cases run the real renderer in Chromium (KaTeX and Mermaid produce the errors).
 */
class BuildCommandTest {

    @TempDir
    Path tmp;

    private CliRun build(Path content) {
        return CliRun.run("build", "--content", content.toString(), "--out", tmp.resolve("site").toString());
    }

    private Path content(String index) throws IOException {
        Path dir = tmp.resolve("content");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("index.md"), index);
        return dir;
    }

    private static void assertOneLineError(CliRun run, String expectedStart) {
        assertError(run, expectedStart);
        assertEquals(1, run.err.strip().lines().count(), "one line: " + run.err);
    }

    private static void assertError(CliRun run, String expectedStart) {
        assertEquals(1, run.exit, run.err);
        assertTrue(run.err.startsWith("error: " + expectedStart), run.err);
        assertFalse(run.err.contains("\tat ") || run.err.contains("Exception"), "no stack trace: " + run.err);
    }

    @Test
    void missingContentFolder() {
        Path missing = tmp.resolve("nope");
        CliRun run = build(missing);
        assertOneLineError(run, "content folder '" + missing + "' does not exist; create it with an index.md, or pass --content DIR");
    }

    @Test
    void outputInsideTheContentFolderIsRefused() throws IOException {
        Path dir = content("# Home\n");
        CliRun run = CliRun.run("build", "--content", dir.toString(), "--out", dir.resolve("site").toString());
        assertOneLineError(run, "--out " + dir.resolve("site") + " and --content " + dir + " overlap;");
        assertFalse(Files.exists(dir.resolve("site")));
    }

    @Test
    void brokenFrontMatter() throws IOException {
        Path dir = content("---\ntitle: Home\nauthor Cong Le\n---\n# Home\n");
        assertOneLineError(build(dir), dir + "/index.md:3:1: front matter: while scanning a simple key: could not find expected ':'; "
                + "write each setting as 'key: value'");
    }

    @Test
    void aBuildThatFailsToLoadItsContentLeavesNoBrowserRunning() throws IOException {
        // The build starts the browser while the content loads (when the render cache is cold);
        // a content error must still come as its one line, and the browser must be gone after.
        Path dir = content("---\ntitle: [Home\n---\n# Home\n");
        java.time.Instant before = java.time.Instant.now();
        assertError(build(dir), dir + "/index.md:");
        List<String> left = ProcessHandle.current().descendants()
                .filter(p -> p.isAlive() && p.info().startInstant().map(t -> !t.isBefore(before)).orElse(false))
                .map(p -> p.info().commandLine().orElse("?"))
                .filter(c -> c.contains("chrom") || c.contains("cli.js"))
                .toList();
        assertEquals(List.of(), left, "the browser and Playwright's driver are closed");
    }

    @Test
    void brokenSiteFile() throws IOException {
        Path dir = content("# Home\n");
        Files.writeString(dir.resolve("site.yml"), "title: Docs\nnav:\n  - index.md\n  - lab.md\n");
        assertOneLineError(build(dir), dir + "/site.yml:4:5: site file: nav names 'lab.md', but there is no such page; "
                + "pages in the content folder: index.md");
        Files.writeString(dir.resolve("site.yml"), "title: Docs\nweight: 3\n");
        assertOneLineError(build(dir), dir + "/site.yml:2:1: site file: unknown key 'weight'; the keys are title, base_url, "
                + "repository, footer, nav");
    }

    @Test
    void brokenInternalLink() throws IOException {
        Path dir = content("# Home\n\nSee [the guide](guide.md).\n");
        assertOneLineError(build(dir), dir + "/index.md:3: broken link 'guide.md': no page or file 'guide.md' in the content folder");
    }

    @Test
    void missingImage() throws IOException {
        Path dir = content("# Home\n\nThe curve:\n\n![Loss curve](img/loss.png)\n");
        assertOneLineError(build(dir), dir + "/index.md:5: missing image 'img/loss.png': no page or file 'img/loss.png' in the content folder");
    }

    @Test
    void brokenAnchor() throws IOException {
        Path dir = content("# Home\n\n## Setup\n\nSee [setup](#install).\n");
        assertOneLineError(build(dir), dir + "/index.md:5: broken link '#install': page index.html has no anchor #install");
    }

    @Test
    void invalidMathInTheBrowser() throws IOException {
        Path dir = content("# Home\n\nThe ratio $\\frac{1$ is wrong.\n");
        assertOneLineError(build(dir), dir + "/index.md:3: invalid math: KaTeX parse error:");
    }

    @Test
    void mermaidSyntaxErrorInTheBrowserNamesTheLineInTheFile() throws IOException {
        Path dir = content("# Home\n\n```mermaid\ngraph TD\n    A --> B\n    B -->> C\n```\n");
        CliRun run = build(dir);
        // Mermaid's message goes on with the offending source line and a caret under the error.
        assertError(run, dir + "/index.md:6: invalid diagram: ");
        assertTrue(run.err.contains("Parse error on line 3"), run.err);
        assertFalse(Files.exists(tmp.resolve("site")), "a failed first build writes nothing");
    }

    @Test
    void helpAndUnknownOptions() {
        CliRun help = CliRun.run("build", "--help");
        assertEquals(0, help.exit);
        assertTrue(help.out.startsWith("Usage: ./reglab build [--content DIR] [--out DIR] [--base-url URL] [--browser PATH]"));
        CliRun bad = CliRun.run("build", "--outt", "x");
        assertEquals(2, bad.exit);
        assertTrue(bad.err.startsWith("error: build: unknown option --outt"), bad.err);
    }

    @Test
    void outsideATerminalTheBuildPrintsOneLinePerStageAndNoLiveLine() throws IOException {
        Path dir = content("# Home\n\nThe square $x^2$.\n\n```mermaid\ngraph LR\n  a --> b\n```\n\n```python\nprint(1)\n```\n");
        Files.writeString(dir.resolve("notes.txt"), "kept\n");
        CliRun run = CliRun.run("build", "--content", dir.toString(), "--out", tmp.resolve("site").toString(),
                "--render-pages", "1");
        assertEquals(0, run.exit, run.err);
        assertFalse(run.out.contains("\r"), "no carriage returns in a log");
        List<String> lines = run.out.lines().toList();
        List<String> stages = lines.stream().map(l -> l.split(" +")[1]).toList();
        assertEquals(List.of("load", "parse", "render", "assemble", "files", "check", "write", "built"), stages, run.out);
        assertTrue(lines.get(0).startsWith("reglab: load     1 page and 1 other file in " + dir + "/ ("), lines.get(0));
        assertTrue(lines.get(1).startsWith("reglab: parse    1 page: 1 diagram, 1 formula, 1 code block ("), lines.get(1));
        assertTrue(lines.get(2).startsWith("reglab: render   1 diagram, 1 formula, 1 code block (distinct) and the search index: "), lines.get(2));
        assertTrue(lines.get(2).contains(" in 1 browser page ("), lines.get(2));
        assertTrue(lines.get(3).startsWith("reglab: assemble 1 page and the 404 page ("), lines.get(3));
        assertTrue(lines.get(6).startsWith("reglab: write    "), lines.get(6));
        assertTrue(lines.get(6).contains(" to " + tmp.resolve("site") + " ("), lines.get(6));
        for (String line : lines.subList(0, 7)) {
            assertTrue(line.matches(".* \\(\\d+ ms\\)|.* \\(\\d+\\.\\d s\\)"), "ends with the stage's time: " + line);
        }
    }

    @Test
    void renderPagesMustBeAPositiveNumber() {
        CliRun bad = CliRun.run("build", "--render-pages", "0");
        assertEquals(2, bad.exit);
        assertTrue(bad.err.startsWith("error: build: --render-pages"), bad.err);
    }
}
