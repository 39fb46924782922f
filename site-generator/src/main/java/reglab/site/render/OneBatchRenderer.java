package reglab.site.render;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A renderer for a build that renders one batch and is done with it ({@code ./reglab build}): as
 * soon as that batch is rendered it closes the renderer it wraps on a background thread, so the
 * browser's shutdown (its processes ending: about 0.2 s of wall time) overlaps the build's remaining stages instead of following them. {@link #close()} waits
 * for that shutdown and throws what it threw. The wrapped renderer is used by one thread at a
 * time, as it requires: the closing thread starts only after the last call on it returned.
 */
public final class OneBatchRenderer implements Renderer {

    private final Renderer renderer;
    private CompletableFuture<Void> closing;

    public OneBatchRenderer(Renderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public Map<String, RenderResult> renderAll(List<RenderRequest> requests) {
        return renderAll(requests, RenderListener.NONE);
    }

    /**
     * Renders the batch, then starts closing the wrapped renderer.
     *
     * @throws IllegalStateException on a second call: the renderer is closing by then
     */
    @Override
    public Map<String, RenderResult> renderAll(List<RenderRequest> requests, RenderListener listener) {
        if (closing != null) {
            throw new IllegalStateException("a one-batch renderer was asked for a second batch");
        }
        Map<String, RenderResult> results = renderer.renderAll(requests, listener);
        closing = CompletableFuture.runAsync(renderer::close);
        return results;
    }

    @Override
    public void close() {
        if (closing == null) {
            renderer.close();
            return;
        }
        try {
            closing.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
    }
}
