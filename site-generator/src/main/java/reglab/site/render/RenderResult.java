package reglab.site.render;

/**
 * The outcome of one {@link RenderRequest}: HTML to put in the page, or an error message from the
 * renderer (e.g. Mermaid's parse error) that the build reports with the request's location.
 */
public record RenderResult(String html, String error) {

    public static RenderResult ok(String html) {
        return new RenderResult(html, null);
    }

    public static RenderResult failed(String error) {
        return new RenderResult(null, error);
    }

    public boolean isOk() {
        return error == null;
    }
}
