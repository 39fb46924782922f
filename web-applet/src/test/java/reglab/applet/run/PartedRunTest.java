package reglab.applet.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Parts run here or elsewhere, in any order, give the same result. */
class PartedRunTest {

    /** Part i sums i·k for k below steps, one term per unit; part 3 waits for part 0 and adds its sum. */
    static final class Sums extends PartedRun {
        final double[] results = new double[4];

        Sums() {
            this(1);
        }

        Sums(int together) {
            super(4, together);
        }

        @Override
        public Part newPart(int index, double[] input) {
            return new Part() {
                int k;
                double sum = input.length == 0 ? 0 : input[0];

                @Override
                public boolean advance() {
                    if (k < 5) {
                        sum += index * k++;
                    }
                    return k < 5;
                }

                @Override
                public boolean finished() {
                    return k >= 5;
                }

                @Override
                public long samples() {
                    return k;
                }

                @Override
                public String resultJson() {
                    return "";
                }

                @Override
                public double[] result() {
                    return new double[] {sum};
                }
            };
        }

        @Override
        protected boolean ready(int index) {
            return index != 3 || delivered(0);
        }

        @Override
        public double[] input(int index) {
            return index == 3 ? new double[] {results[0] + 100} : super.input(index);
        }

        @Override
        protected void accept(int index, double[] result) {
            results[index] = result[0];
        }

        @Override
        public String resultJson() {
            return Arrays.toString(results);
        }
    }

    @Test
    void onTheCallingThread() {
        Sums run = new Sums();
        while (run.advance()) {
            // all parts here
        }
        assertTrue(run.finished());
        assertArrayEquals(new double[] {0, 10, 20, 130}, run.results);
        assertEquals(20, run.samples());
    }

    @Test
    void partsSideBySideTakeTurnsAndGiveTheSameResult() {
        Sums run = new Sums(2);
        run.advance();
        run.advance();
        assertEquals(2, run.samples(), "parts 0 and 1 each did one unit");
        while (run.advance()) {
            // two parts at a time here
        }
        assertArrayEquals(new double[] {0, 10, 20, 130}, run.results);
        assertEquals(20, run.samples());
    }

    @Test
    void withAWorkerTakingPartsOutOfOrder() {
        Sums run = new Sums();
        assertEquals(0, run.nextReady());
        run.claim(2);
        run.claim(1);
        assertEquals(0, run.nextReady());
        run.advance(); // takes part 0 here
        double[] two = PartedRun.runPart(new Sums().newPart(2, run.input(2)));
        run.deliver(2, two, 5);
        assertFalse(run.finished());
        run.release(1); // its worker failed: runs here
        while (run.advance()) {
            // parts 0, 1 and 3 here
        }
        assertArrayEquals(new double[] {0, 10, 20, 130}, run.results);
    }

    @Test
    void theSlicerGivesTimeBackWhenWorkersHoldTheRest() {
        Sums run = new Sums();
        for (int i = 0; i < 4; i++) {
            run.claim(i);
        }
        assertFalse(Slicer.slice(run, () -> 0, 10)); // a clock that never moves: must not spin
        assertFalse(run.hasLocalWork());
    }
}
