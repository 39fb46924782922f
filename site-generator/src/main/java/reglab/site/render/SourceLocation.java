package reglab.site.render;

import java.nio.file.Path;

/**
 * Where something came from in the content, for error messages of the form {@code file:line}.
 *
 * @param file the Markdown file, relative to the content folder where possible
 * @param line 1-based line number of the construct's first line
 */
public record SourceLocation(Path file, int line) {

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
