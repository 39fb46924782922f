package reglab.site.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import reglab.site.url.PercentEncoding;

/**
 * Maps the raw path of an HTTP request to a file inside the served folder, or refuses it. The only
 * way to name a file is a sequence of plain segments below the root; everything else is refused
 * before the file system is touched, and the result is checked again after symlinks are followed:
 * <ul>
 *   <li>encoded separators ({@code %2f}, {@code %5c}), backslashes, NUL and other control bytes,
 *       {@code .} and {@code ..} segments (raw or percent-encoded), empty segments ({@code //}, which
 *       could otherwise reach an absolute path) and malformed percent-encoding are refused;</li>
 *   <li>the resolved path must stay under the root both lexically and as a real path, so a symlink
 *       that points outside the folder is treated as missing.</li>
 * </ul>
 * Hidden names (a segment starting with a dot, such as the build's {@code .reglab-site} marker) are
 * not part of the site and are answered as missing.
 * Directories map to their {@code index.html}; a directory named without its trailing slash is
 * redirected so that the page's relative links resolve against the right folder.
 */
public final class RequestPath {

    /** What a request path turned out to be. */
    public enum Kind { FILE, REDIRECT_TO_SLASH, NOT_FOUND, FORBIDDEN }

    /** @param file the regular file to serve, for {@link Kind#FILE} only */
    public record Resolution(Kind kind, Path file) {
        static Resolution of(Kind kind) {
            return new Resolution(kind, null);
        }
    }

    private static final String INDEX = "index.html";

    private RequestPath() {
    }

    /**
     * @param root    the served folder (need not exist: then everything is {@link Kind#NOT_FOUND})
     * @param rawPath the request target's path exactly as received, still percent-encoded
     */
    public static Resolution resolve(Path root, String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/") || hasForbiddenRawText(rawPath)) {
            return Resolution.of(Kind.FORBIDDEN);
        }
        String decoded = PercentEncoding.decodeStrict(rawPath);
        if (decoded == null) {
            return Resolution.of(Kind.FORBIDDEN);
        }
        boolean endsWithSlash = decoded.endsWith("/");
        String inner = decoded.length() == 1 ? "" : decoded.substring(1, endsWithSlash ? decoded.length() - 1 : decoded.length());
        Path realRoot;
        try {
            realRoot = root.toRealPath();
        } catch (IOException e) {
            return Resolution.of(Kind.NOT_FOUND);
        }
        Path candidate = realRoot;
        boolean hidden = false;
        if (!inner.isEmpty()) {
            for (String segment : inner.split("/", -1)) {
                if (!isPlainSegment(segment)) {
                    return Resolution.of(Kind.FORBIDDEN);
                }
                hidden |= segment.startsWith(".");
                candidate = candidate.resolve(segment);
            }
        }
        if (hidden) {
            return Resolution.of(Kind.NOT_FOUND);
        }
        if (!candidate.normalize().startsWith(realRoot)) {
            return Resolution.of(Kind.FORBIDDEN);
        }
        Path real;
        try {
            real = candidate.toRealPath();
        } catch (IOException e) {
            return Resolution.of(Kind.NOT_FOUND);
        }
        if (!real.startsWith(realRoot)) {
            return Resolution.of(Kind.NOT_FOUND);
        }
        if (Files.isDirectory(real)) {
            if (!endsWithSlash && !inner.isEmpty()) {
                return Resolution.of(Kind.REDIRECT_TO_SLASH);
            }
            return resolveIndex(realRoot, real.resolve(INDEX));
        }
        if (endsWithSlash || !Files.isRegularFile(real)) {
            return Resolution.of(Kind.NOT_FOUND);
        }
        return new Resolution(Kind.FILE, real);
    }

    private static Resolution resolveIndex(Path realRoot, Path index) {
        try {
            Path real = index.toRealPath();
            if (real.startsWith(realRoot) && Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
                return new Resolution(Kind.FILE, real);
            }
        } catch (IOException e) {
            // no index.html: falls through to not found
        }
        return Resolution.of(Kind.NOT_FOUND);
    }

    private static boolean hasForbiddenRawText(String raw) {
        String lower = raw.toLowerCase(Locale.ROOT);
        return raw.indexOf('\\') >= 0 || lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00");
    }

    private static boolean isPlainSegment(String segment) {
        if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
            return false;
        }
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\' || c == '/') {
                return false;
            }
        }
        return true;
    }
}
