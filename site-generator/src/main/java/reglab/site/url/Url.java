package reglab.site.url;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A URL as written in a Markdown page, a built page or a stylesheet, split once into the parts
 * every stage asks about (RFC 3986, sections 3 and 4.2): its kind, its path, query and fragment.
 * The parts stay as written (still percent-encoded); {@link #resolve} decodes them. The generator,
 * its link checker and the offline bundle all read links through this class, so a link means the
 * same to each of them.
 *
 * @param written  the text as found, surrounding white space removed (as a browser does)
 * @param kind     what it points at
 * @param scheme   the scheme in lower case ({@code https}, {@code data}), or {@code ""} if none
 * @param path     the text before any {@code ?} or {@code #} (for a URL with a scheme or host, all of it)
 * @param query    the text between {@code ?} and {@code #}, or null if there is no {@code ?}
 * @param fragment the text after the first {@code #}, or null if there is no {@code #}
 */
public record Url(String written, UrlKind kind, String scheme, String path, String query, String fragment) {

    /** A scheme and its colon (RFC 3986, section 3.1). */
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");

    public static Url parse(String written) {
        String s = written.strip();
        int hash = s.indexOf('#');
        String fragment = hash >= 0 ? s.substring(hash + 1) : null;
        String rest = hash >= 0 ? s.substring(0, hash) : s;
        int q = rest.indexOf('?');
        String query = q >= 0 ? rest.substring(q + 1) : null;
        String path = q >= 0 ? rest.substring(0, q) : rest;
        Matcher m = SCHEME.matcher(s);
        String scheme = m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
        return new Url(s, kindOf(scheme, path, query), scheme, path, query, fragment);
    }

    private static UrlKind kindOf(String scheme, String path, String query) {
        return switch (scheme) {
            case "" -> path.startsWith("//") ? UrlKind.WEB
                    : path.startsWith("/") ? UrlKind.ROOT_ABSOLUTE
                    : path.isEmpty() && query == null ? UrlKind.SAME_DOCUMENT
                    : UrlKind.RELATIVE;
            case "http", "https" -> UrlKind.WEB;
            case "data" -> UrlKind.DATA;
            case "blob", "about", "javascript" -> UrlKind.PAGE_MADE;
            case "file" -> UrlKind.FILE;
            default -> UrlKind.OTHER_SCHEME;
        };
    }

    /** The fragment percent-decoded (the form an element's {@code id} is compared with), or {@code ""}. */
    public String decodedFragment() {
        return fragment == null ? "" : PercentEncoding.decode(fragment);
    }

    /** {@code #} and the fragment as written, or {@code ""}: what a rewritten link carries over. */
    public String fragmentSuffix() {
        return fragment == null ? "" : "#" + fragment;
    }

    /**
     * Where this URL leads from the file at site path {@code from} (root-relative, {@code /}
     * separators): {@code .} and {@code ..} segments removed (RFC 3986, section 5.2), each segment
     * percent-decoded, the query and fragment dropped. A same-document reference or an empty path
     * leads to {@code from} itself; a root-absolute path is read from the site's root. A folder
     * keeps its trailing {@code /} ({@code ""} is the root), because what a folder link means is
     * the caller's rule (a Markdown page's {@code index.md}, a built site's {@code index.html}).
     * Unlike a browser on a web host, which stops {@code ..} at the host's root, a path that climbs
     * above the site's root leads nowhere: from disk it would reach files that are not the site's.
     *
     * @throws IllegalStateException if the URL is not {@link UrlKind#inSite() in the site}
     */
    public Resolved resolve(String from) {
        if (!kind.inSite()) {
            throw new IllegalStateException(written + " is not a URL into the site");
        }
        if (path.isEmpty()) {
            return Resolved.at(from);
        }
        Deque<String> parts = new ArrayDeque<>();
        if (kind == UrlKind.RELATIVE) {
            String[] base = from.split("/");
            for (int i = 0; i < base.length - 1; i++) {
                parts.addLast(base[i]);
            }
        }
        String[] segments = path.split("/", -1);
        boolean folder = false;
        for (String segment : segments) {
            String name = PercentEncoding.decode(segment);
            // Empty segments ("a//b") are skipped as a file system does; "." and ".." also when encoded ("%2e").
            folder = segment.isEmpty() || name.equals(".") || name.equals("..");
            if (name.equals("..")) {
                if (parts.isEmpty()) {
                    return Resolved.nowhere(Resolved.Problem.ABOVE_ROOT);
                }
                parts.removeLast();
            } else if (name.contains("/")) {
                return Resolved.nowhere(Resolved.Problem.ENCODED_SLASH);
            } else if (!folder) {
                parts.addLast(name);
            }
        }
        String joined = String.join("/", parts);
        return Resolved.at(folder && !joined.isEmpty() ? joined + "/" : joined);
    }
}
