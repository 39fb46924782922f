package reglab.site.url;

/**
 * Paths of files in the built site: root-relative, {@code /}-separated ({@code guide/setup.html}),
 * whatever the operating system. Every link the site writes is relative, computed here, so the
 * output works under any sub-path of a host and from {@code file://}.
 */
public final class SitePaths {

    private SitePaths() {
    }

    /** True for a page of the built site ({@code .html} or {@code .htm}); every other file is an asset. */
    public static boolean isPage(String sitePath) {
        return sitePath.endsWith(".html") || sitePath.endsWith(".htm");
    }

    /** The prefix that leads from {@code sitePath}'s folder back to the site root, e.g. {@code ../} or empty. */
    public static String rootPrefix(String sitePath) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < sitePath.length(); i++) {
            if (sitePath.charAt(i) == '/') {
                sb.append("../");
            }
        }
        return sb.toString();
    }

    /** A relative URL path from the file at {@code from} to the file at {@code to} (both site paths; not encoded). */
    public static String relative(String from, String to) {
        String[] fromParts = from.split("/");
        String[] toParts = to.split("/");
        int common = 0;
        while (common < fromParts.length - 1 && common < toParts.length - 1 && fromParts[common].equals(toParts[common])) {
            common++;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = common; i < fromParts.length - 1; i++) {
            sb.append("../");
        }
        for (int i = common; i < toParts.length; i++) {
            if (i > common) {
                sb.append('/');
            }
            sb.append(toParts[i]);
        }
        return sb.toString();
    }
}
