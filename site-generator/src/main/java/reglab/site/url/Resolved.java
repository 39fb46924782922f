package reglab.site.url;

/**
 * Where a URL into the site leads from one file of it (see {@link Url#resolve}): a site path, or
 * why it leads nowhere.
 *
 * @param path    the root-relative, decoded path; ends in {@code /} for a folder ({@code ""} for the
 *                root); null when the URL leads nowhere
 * @param problem why there is no path, or null
 */
public record Resolved(String path, Problem problem) {

    /** Why a URL into the site names no file of it. */
    public enum Problem {
        /** More {@code ..} segments than folders above the file: outside the site's folder. */
        ABOVE_ROOT,
        /** A segment decodes to a slash ({@code a%2Fb.png}), which no file name holds. */
        ENCODED_SLASH
    }

    static Resolved at(String path) {
        return new Resolved(path, null);
    }

    static Resolved nowhere(Problem problem) {
        return new Resolved(null, problem);
    }

    public boolean found() {
        return path != null;
    }

    public boolean isFolder() {
        return path != null && (path.isEmpty() || path.endsWith("/"));
    }

    /** The path, a folder replaced by its {@code index} file ({@code guide/} becomes {@code guide/index.html}). */
    public String file(String index) {
        return isFolder() ? path + index : path;
    }
}
