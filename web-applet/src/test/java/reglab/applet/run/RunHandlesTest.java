package reglab.applet.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reglab.applet.catalogue.Catalogue;
import reglab.applet.catalogue.SpecText;
import reglab.applet.settings.Config;

/** Handles name open runs; only views' runs made of parts are announced to the pool, once each way. */
class RunHandlesTest {

    private final List<String> events = new ArrayList<>();
    private final List<Integer> handles = new ArrayList<>();

    @AfterEach
    void closeAll() {
        for (int h : handles) {
            RunHandles.close(h);
        }
        RunHandles.watchShared(null, null);
    }

    private int open(String spec, boolean share) {
        Config config = SpecText.parseQuery(spec);
        int h = RunHandles.open(Catalogue.run(config), config, share);
        handles.add(h);
        return h;
    }

    @Test
    void sharedPartedRunsAreAnnouncedOpenAndClosed() {
        RunHandles.watchShared(h -> events.add("open " + h), h -> events.add("close " + h));
        int console = open("experiment=batchnorm", false);
        int single = open("experiment=sparsity", true);
        int view = open("experiment=dropout", true);
        assertEquals(List.of("open " + view), events, "only the view's run with parts");
        assertTrue(RunHandles.held(view), "a shared run opens held, until its view lets it go");
        assertFalse(RunHandles.held(console));
        assertEquals("batchnorm", RunHandles.config(console).schema().name());
        RunHandles.close(view);
        RunHandles.close(view);
        RunHandles.close(single);
        assertEquals(List.of("open " + view, "close " + view), events);
        assertNull(RunHandles.run(view));
        assertNull(RunHandles.config(view));
    }

    @Test
    void handlesAreReusedAndTheTableGrows() {
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            open.add(open("experiment=geometry", false));
        }
        assertEquals(9, open.stream().distinct().count());
        RunHandles.close(open.get(3));
        int again = open("experiment=sparsity", false);
        assertEquals(open.get(3), again, "a closed handle is the first free one");
        assertSame(RunHandles.run(again), RunHandles.run(again));
        assertNull(RunHandles.run(-1));
        assertNull(RunHandles.run(10_000));
    }

    @Test
    void aHeldRunIsHeldUntilLetGoOrClosed() {
        int h = open("experiment=batchnorm", true);
        assertFalse(RunHandles.held(h));
        RunHandles.hold(h, true);
        assertTrue(RunHandles.held(h));
        RunHandles.hold(h, false);
        assertFalse(RunHandles.held(h));
        RunHandles.hold(h, true);
        RunHandles.close(h);
        assertFalse(RunHandles.held(h), "a closed handle holds nothing");
    }
}
