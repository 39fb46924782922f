package reglab.site.render;

/**
 * Hears how a {@link Renderer#renderAll} call goes, for the build's progress output. Called on the
 * thread that called {@code renderAll}: first {@link #started} once, then {@link #rendered} for each
 * request the renderer had to render, as each finishes.
 */
public interface RenderListener {

    /** Hears nothing. */
    RenderListener NONE = new RenderListener() {
    };

    /**
     * @param distinct requests with distinct {@link RenderRequest#key() keys} in the call
     * @param cached   how many of those came from the renderer's caches
     * @param workers  how many browser pages render the rest in parallel (0 when nothing is left)
     */
    default void started(int distinct, int cached, int workers) {
    }

    /** One request was rendered, or failed to render. */
    default void rendered(RenderRequest request) {
    }
}
