package reglab.core.tuning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import reglab.core.data.Dataset;
import reglab.core.data.SparseRegression;
import reglab.core.random.Rng;

class SearchTest {

    private static Dataset rows(int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
        }
        return new Dataset(x, x, n, 1, 1);
    }

    @Test
    void everyRowIsValidatedExactlyOnceAndFoldSizesDifferByAtMostOne() {
        KFold f = new KFold(rows(23), 5, new Rng(1));
        int[] seen = new int[23];
        for (int i = 0; i < 5; i++) {
            int v = f.validationRows(i).length;
            assertTrue(v == 4 || v == 5);
            assertEquals(23 - v, f.trainingRows(i).length);
            for (int r : f.validationRows(i)) {
                seen[r]++;
            }
            int[] both = new int[23];
            System.arraycopy(f.trainingRows(i), 0, both, 0, 23 - v);
            System.arraycopy(f.validationRows(i), 0, both, 23 - v, v);
            Arrays.sort(both);
            for (int r = 0; r < 23; r++) {
                assertEquals(r, both[r]);
            }
        }
        int[] ones = new int[23];
        Arrays.fill(ones, 1);
        assertArrayEquals(ones, seen);
        assertThrows(IllegalArgumentException.class, () -> new KFold(rows(3), 4, new Rng(1)));
    }

    /** scikit-learn: {@code [list(t) for _, t in KFold(5).split(range(23))]} — blocks of 5, 5, 5, 4, 4. */
    @Test
    void unshuffledFoldsAreScikitLearnsConsecutiveBlocks() {
        KFold f = new KFold(rows(23), 5);
        int[][] validation = {{0, 1, 2, 3, 4}, {5, 6, 7, 8, 9}, {10, 11, 12, 13, 14}, {15, 16, 17, 18}, {19, 20, 21, 22}};
        for (int i = 0; i < 5; i++) {
            assertArrayEquals(validation[i], f.validationRows(i));
            assertEquals(validation[i].length, f.validationSize(i));
            assertEquals(23 - validation[i].length, f.trainingRows(i).length);
        }
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 19, 20, 21, 22}, f.trainingRows(3));
        assertArrayEquals(new double[] {15, 16, 17, 18}, f.validation(3).x(), 0.0);
        String m = assertThrows(IllegalArgumentException.class, () -> f.validationRows(5)).getMessage();
        assertTrue(m.contains("[0, 5)") && m.contains("got 5"), m);
    }

    /** A scorer with a known minimum at λ = 0.01, independent of the folds. */
    private static final Scorer BOWL = (train, validation, lambda) -> {
        double d = Math.log10(lambda) + 2;
        return d * d + validation.rows() * 1e-3;
    };

    @Test
    void gridSearchFindsTheKnownMinimum() {
        KFold f = new KFold(rows(20), 4, new Rng(2));
        double[] grid = GridSearch.logSpace(1e-4, 1, 5);
        assertEquals(1e-4, grid[0], 0.0);
        assertEquals(1e-3, grid[1], 1e-18);
        assertEquals(1.0, grid[4], 0.0);
        SearchResult r = GridSearch.run(f, grid, BOWL);
        assertEquals(5, r.size());
        assertEquals(1e-2, r.bestLambda(), 1e-15);
        assertEquals(0.005, r.meanScore(r.bestIndex()), 1e-12);
        assertEquals(0.0, r.stdScore(r.bestIndex()), 1e-15);
    }

    @Test
    void randomSearchDrawsLogUniformly() {
        Rng rng = new Rng(3);
        int below = 0;
        int n = 20000;
        for (int i = 0; i < n; i++) {
            double l = RandomSearch.logUniform(1e-6, 1, rng);
            assertTrue(l >= 1e-6 && l <= 1);
            if (l < 1e-3) {
                below++; // the geometric midpoint: half of the mass on a log scale
            }
        }
        assertEquals(0.5, (double) below / n, 0.015);
        KFold f = new KFold(rows(20), 4, new Rng(2));
        SearchResult r = RandomSearch.run(f, 1e-4, 1, 30, BOWL, rng);
        assertEquals(-2, Math.log10(r.bestLambda()), 0.3);
    }

    @Test
    void crossValidatedOneFeatureRidgeRejectsHugeLambda() {
        // A tiny end-to-end use: the scorer fits a ridge model in closed form on one feature.
        SparseRegression s = SparseRegression.generate(40, 1, 1, 3.0, new Rng(4));
        Scorer ridge = (train, val, lambda) -> {
            double sxy = 0;
            double sxx = 0;
            for (int r = 0; r < train.rows(); r++) {
                sxy += train.x(r, 0) * train.y(r, 0);
                sxx += train.x(r, 0) * train.x(r, 0);
            }
            double w = sxy / (sxx + lambda);
            double err = 0;
            for (int r = 0; r < val.rows(); r++) {
                double e = val.y(r, 0) - w * val.x(r, 0);
                err += e * e;
            }
            return err / val.rows();
        };
        SearchResult r = GridSearch.run(new KFold(s.data(), 5, new Rng(5)),
                new double[] {0, 1, 1e6}, ridge);
        assertTrue(r.meanScore(2) > r.meanScore(0), "huge lambda under-fits");
        assertTrue(r.bestIndex() < 2);
    }

    @Test
    void badRangesAreRejected() {
        KFold f = new KFold(rows(10), 2, new Rng(1));
        assertThrows(IllegalArgumentException.class, () -> RandomSearch.run(f, 0, 1, 3, BOWL, new Rng(1)));
        assertThrows(IllegalArgumentException.class, () -> RandomSearch.run(f, 1, 0.1, 3, BOWL, new Rng(1)));
        assertEquals("grid lambda must be a finite number >= 0, got -1",
                assertThrows(IllegalArgumentException.class,
                        () -> GridSearch.run(f, new double[] {-1}, BOWL)).getMessage());
    }
}
