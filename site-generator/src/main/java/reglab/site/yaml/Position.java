package reglab.site.yaml;

/**
 * Where a YAML node starts in the file that holds it, 1-based, as messages name it:
 * {@code content/guide/setup.md:3:8}.
 */
public record Position(String file, int line, int column) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
