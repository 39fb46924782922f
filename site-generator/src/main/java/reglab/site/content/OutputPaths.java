package reglab.site.content;

/**
 * Maps content paths to output paths and computes relative links between output files. Every
 * link the site writes is relative, so the output works under any sub-path of a host and from
 * {@code file://}; that is also why pages are {@code name.html} rather than {@code name/index.html}
 * (a browser opening a folder from disk shows a listing, not its index).
 */
public final class OutputPaths {

    private OutputPaths() {
    }

    /** {@code a/b.md} becomes {@code a/b.html}; other files keep their path. */
    public static String forSource(String contentPath) {
        if (contentPath.endsWith(".md")) {
            return contentPath.substring(0, contentPath.length() - 3) + ".html";
        }
        return contentPath;
    }

    /** The prefix that leads from {@code outputPath}'s folder back to the site root, e.g. {@code ../} or empty. */
    public static String rootPrefix(String outputPath) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < outputPath.length(); i++) {
            if (outputPath.charAt(i) == '/') {
                sb.append("../");
            }
        }
        return sb.toString();
    }

    /** A relative URL from the page at {@code fromOutputPath} to the root-relative {@code toOutputPath}. */
    public static String relative(String fromOutputPath, String toOutputPath) {
        String[] from = fromOutputPath.split("/");
        String[] to = toOutputPath.split("/");
        int common = 0;
        while (common < from.length - 1 && common < to.length - 1 && from[common].equals(to[common])) {
            common++;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = common; i < from.length - 1; i++) {
            sb.append("../");
        }
        for (int i = common; i < to.length; i++) {
            if (i > common) {
                sb.append('/');
            }
            sb.append(to[i]);
        }
        return sb.toString();
    }

    /**
     * Resolves {@code relative} against the folder of {@code fromPath} (both {@code /}-separated,
     * root-relative) and normalises {@code .} and {@code ..}.
     *
     * @return the root-relative path, or {@code null} if it climbs above the root
     */
    public static String resolve(String fromPath, String relative) {
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        String[] base = fromPath.split("/");
        for (int i = 0; i < base.length - 1; i++) {
            parts.addLast(base[i]);
        }
        for (String seg : relative.split("/", -1)) {
            if (seg.isEmpty() || seg.equals(".")) {
                continue;
            }
            if (seg.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(seg);
            }
        }
        String joined = String.join("/", parts);
        return relative.endsWith("/") && !joined.isEmpty() ? joined + "/" : joined;
    }
}
