package reglab.site.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class OneBatchRendererTest {

    /** Renders every request as its source; records how and on which thread it was closed. */
    private static final class Recording implements Renderer {
        final CountDownLatch closeStarted = new CountDownLatch(1);
        final CountDownLatch mayFinishClosing = new CountDownLatch(1);
        volatile int closes;
        volatile Thread closedOn;
        volatile boolean closed;
        RuntimeException failOnClose;

        @Override
        public Map<String, RenderResult> renderAll(List<RenderRequest> requests) {
            assertFalse(closed, "rendered after close");
            return Map.of(requests.get(0).key(), RenderResult.ok(requests.get(0).source()));
        }

        @Override
        public void close() {
            closes++;
            closedOn = Thread.currentThread();
            closeStarted.countDown();
            try {
                mayFinishClosing.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            closed = true;
            if (failOnClose != null) {
                throw failOnClose;
            }
        }
    }

    private static final RenderRequest FORMULA = new RenderRequest(RenderKind.MATH_INLINE, "x^2", "", new SourceLocation(Path.of("a.md"), 1));

    @Test
    void theWrappedRendererClosesInTheBackgroundOnceTheBatchIsRenderedAndCloseWaitsForIt() throws Exception {
        Recording inner = new Recording();
        OneBatchRenderer renderer = new OneBatchRenderer(inner);
        Map<String, RenderResult> results = renderer.renderAll(List.of(FORMULA));
        assertEquals("x^2", results.get(FORMULA.key()).html());
        assertTrue(inner.closeStarted.await(10, TimeUnit.SECONDS), "closing did not start after the batch");
        assertNotEquals(Thread.currentThread(), inner.closedOn);
        assertFalse(inner.closed);
        Thread closer = new Thread(renderer::close);
        closer.start();
        closer.join(200);
        assertTrue(closer.isAlive(), "close() returned before the wrapped renderer had closed");
        inner.mayFinishClosing.countDown();
        closer.join(10_000);
        assertFalse(closer.isAlive());
        assertTrue(inner.closed);
        assertEquals(1, inner.closes);
    }

    @Test
    void aSecondBatchIsRefused() {
        Recording inner = new Recording();
        inner.mayFinishClosing.countDown();
        try (OneBatchRenderer renderer = new OneBatchRenderer(inner)) {
            renderer.renderAll(List.of(FORMULA));
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> renderer.renderAll(List.of(FORMULA)));
            assertTrue(e.getMessage().contains("second batch"), e.getMessage());
        }
        assertEquals(1, inner.closes);
    }

    @Test
    void withoutABatchCloseClosesTheWrappedRendererAtOnce() {
        Recording inner = new Recording();
        inner.mayFinishClosing.countDown();
        new OneBatchRenderer(inner).close();
        assertSame(Thread.currentThread(), inner.closedOn);
        assertEquals(1, inner.closes);
    }

    @Test
    void whatClosingThrewIsThrownByClose() {
        Recording inner = new Recording();
        inner.mayFinishClosing.countDown();
        inner.failOnClose = new IllegalStateException("the browser would not close");
        OneBatchRenderer renderer = new OneBatchRenderer(inner);
        renderer.renderAll(List.of(FORMULA));
        IllegalStateException e = assertThrows(IllegalStateException.class, renderer::close);
        assertEquals("the browser would not close", e.getMessage());
    }
}
