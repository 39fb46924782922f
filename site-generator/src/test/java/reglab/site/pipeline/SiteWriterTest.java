package reglab.site.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reglab.site.SiteException;
import reglab.site.testing.FakeRenderer;

class SiteWriterTest {

    @TempDir
    Path tmp;

    @Test
    void replacesThePreviousOutputAsAWholeAndLeavesNoTemporaryFolders() throws IOException {
        Path out = tmp.resolve("site");
        SiteWriter.write(out, Map.of("a.html", bytes("one"), "old.html", bytes("old")));
        SiteWriter.write(out, Map.of("a.html", bytes("two")));
        assertEquals("two", Files.readString(out.resolve("a.html")));
        assertFalse(Files.exists(out.resolve("old.html")), "files of the previous build are gone");
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of(out), s.toList());
        }
    }

    @Test
    void aFailedBuildLeavesThePreviousOutputUntouched() throws IOException {
        Path content = tmp.resolve("content");
        Files.createDirectories(content);
        Files.writeString(content.resolve("index.md"), "# Home\n\n$x$\n");
        Path out = tmp.resolve("site");
        BuildOptions options = new BuildOptions(content, "content", out, null, List.of(), List.of(), false);
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
        new SiteBuilder(options, quiet).build(new FakeRenderer());
        byte[] before = Files.readAllBytes(out.resolve("index.html"));

        Files.writeString(content.resolve("index.md"), "# Home\n\n$" + FakeRenderer.FAIL + "$\n");
        SiteException e = assertThrows(SiteException.class, () -> new SiteBuilder(options, quiet).build(new FakeRenderer()));
        assertEquals("content/index.md:3: invalid math: fake renderer rejects this source (line 1)", e.getMessage());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(out.resolve("index.html"))));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(2, s.count(), "no temporary folder left beside the output");
        }
    }

    @Test
    void refusesToReplaceAFolderItDidNotWrite() throws IOException {
        Path mine = tmp.resolve("documents");
        Files.createDirectories(mine);
        Files.writeString(mine.resolve("thesis.txt"), "precious");
        SiteException e = assertThrows(SiteException.class, () -> SiteWriter.write(mine, Map.of("a.html", bytes("x"))));
        assertTrue(e.getMessage().contains("is a folder with files reglab did not write"), e.getMessage());
        assertEquals("precious", Files.readString(mine.resolve("thesis.txt")));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
