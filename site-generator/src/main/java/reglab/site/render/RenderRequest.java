package reglab.site.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One piece of content the Markdown stage could not turn into HTML by itself: a diagram, a formula
 * or a code block; or the site's search index, which needs the same browser. The render stage renders a whole build's requests as one batch in one browser
 * page; equal requests (same kind, language and source) are rendered once and cached by
 * {@link #key()}.
 *
 * @param kind     what to render
 * @param source   the raw source (diagram text, TeX without delimiters, code, the search documents' JSON)
 * @param language the code's language for {@link RenderKind#CODE}, else empty
 * @param where    where the source starts, for error messages
 */
public record RenderRequest(RenderKind kind, String source, String language, SourceLocation where) {

    public RenderRequest {
        language = language == null ? "" : language;
    }

    /** A content hash: the cache key. Location is not part of it. */
    public String key() {
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
}
