package reglab.site.render;

/**
 * The outcome of one {@link RenderRequest}: HTML to put in the page, or an error message from the
 * renderer (e.g. Mermaid's parse error) that the build reports with the request's location.
 *
 * @param html  the rendered HTML (for {@link RenderKind#SEARCH_INDEX}, the serialized index), or null when
 *              rendering failed
 * @param error the renderer's message, or null on success
 * @param line  for a failure, the 1-based line within {@link RenderRequest#source()} the renderer
 *              blamed (front matter of a diagram included), or 0 when it named none; 0 on success
 */
public record RenderResult(String html, String error, int line) {

    public RenderResult(String html, String error) {
        this(html, error, 0);
    }

    public static RenderResult ok(String html) {
        return new RenderResult(html, null, 0);
    }

    public static RenderResult failed(String error) {
        return new RenderResult(null, error, 0);
    }

    /** A failure the renderer could pin to a line of the source (1-based; 0 = unknown). */
    public static RenderResult failed(String error, int line) {
        return new RenderResult(null, error, Math.max(0, line));
    }

    public boolean isOk() {
        return error == null;
    }
}
