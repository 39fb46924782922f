package reglab.site.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One piece of content the Markdown stage could not turn into HTML by itself: a diagram, a formula
 * or a code block; or the site's search index, which needs the same browser. The render stage renders a whole build's requests as one batch in one browser
 * page; equal requests (same kind, language and source) are rendered once and cached by
 * {@link #key()}.
 *
 * <p>A value like a record of its four parts (equality and hash code over all four); a class rather
 * than a record only so that the key is computed once, when the request is made: a build asks
 * for it several times per request (cache look-ups, batching, the page's item), and hashing the
 * search documents' JSON each time showed in profiles of {@code serve}'s rebuilds.
 */
public final class RenderRequest {

    private final RenderKind kind;
    private final String source;
    private final String language;
    private final SourceLocation where;
    private final String key;

    /**
     * @param kind     what to render
     * @param source   the raw source (diagram text, TeX without delimiters, code, the search documents' JSON)
     * @param language the code's language for {@link RenderKind#CODE}, else empty (null is taken as empty)
     * @param where    where the source starts, for error messages
     */
    public RenderRequest(RenderKind kind, String source, String language, SourceLocation where) {
        this.kind = kind;
        this.source = source;
        this.language = language == null ? "" : language;
        this.where = where;
        this.key = key(kind, this.language, source);
    }

    private static String key(RenderKind kind, String language, String source) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(kind.name().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(language.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(source.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** What to render. */
    public RenderKind kind() {
        return kind;
    }

    /** The raw source. */
    public String source() {
        return source;
    }

    /** The code's language for {@link RenderKind#CODE}, else empty. */
    public String language() {
        return language;
    }

    /** Where the source starts, for error messages. */
    public SourceLocation where() {
        return where;
    }

    /** A content hash (32 hex digits of the SHA-256 of kind, language and source): the cache key. Location is not part of it. */
    public String key() {
        return key;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RenderRequest r && kind == r.kind && source.equals(r.source) && language.equals(r.language)
                && Objects.equals(where, r.where);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, source, language, where);
    }

    @Override
    public String toString() {
        return "RenderRequest[kind=" + kind + ", source=" + source + ", language=" + language + ", where=" + where + "]";
    }
}
