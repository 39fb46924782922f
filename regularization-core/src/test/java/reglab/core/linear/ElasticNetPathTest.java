package reglab.core.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link ElasticNetPath} against scikit-learn's {@code enet_path} on centered data. */
class ElasticNetPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"path_lasso_diabetes", "path_enet_diabetes", "path_lasso_wide"})
    void matchesScikitLearn(String name) {
        Fixture f = Fixture.load(name);
        int nAlphas = (int) f.scalar("n_alphas");
        double[] x0 = f.x.clone();
        ElasticNetPath path = new ElasticNetPath(f.scalar("l1_ratio"), nAlphas, f.scalar("eps"), 1_000_000, 1e-12);
        ElasticNetPath.Result r = path.fit(f.x, f.n, f.p, f.y);
        Fixture.assertClose(f.get("alphas"), r.alphas(), 1e-12, 0, name + " alphas");
        // Near α_max the coefficients are tiny; compare them on the scale of the whole path.
        double scale = 1e-4 * norm(f.get("coefs_" + (nAlphas - 1)));
        for (int k = 0; k < nAlphas; k++) {
            Fixture.assertClose(f.get("coefs_" + k), r.fit(k).coef(), 1e-8, scale, name + " coefs at alpha #" + k);
        }
        assertArrayEquals(x0, f.x, 0.0, "X must not be modified");
        ElasticNetPath.Result again = path.fit(f.x, f.n, f.p, f.y);
        assertArrayEquals(r.fit(nAlphas - 1).coef(), again.fit(nAlphas - 1).coef(), 0.0, "repeatable");
    }

    private static double norm(double[] v) {
        double s = 0;
        for (double a : v) {
            s += a * a;
        }
        return Math.sqrt(s);
    }

    @Test
    void aGivenGridIsFittedAsTheOwnGridIs() {
        Fixture f = Fixture.load("path_enet_diabetes");
        ElasticNetPath path = new ElasticNetPath(0.5);
        ElasticNetPath.Result own = path.fit(f.x, f.n, f.p, f.y);
        double[] grid = path.alphaGrid(f.x, f.n, f.p, f.y);
        assertArrayEquals(own.alphas(), grid, 0.0, "alphaGrid is the grid fit uses, bit for bit");
        ElasticNetPath.Result given = path.fit(f.x, f.n, f.p, f.y, grid);
        for (int k = 0; k < grid.length; k++) {
            assertArrayEquals(own.fit(k).coef(), given.fit(k).coef(), 0.0);
        }
        // A grid from other data (here the first 100 rows' fold of a CV) starts below that data's α_max.
        ElasticNetPath.Result part = path.fit(java.util.Arrays.copyOf(f.x, 100 * f.p), 100, f.p, java.util.Arrays.copyOf(f.y, 100),
                grid);
        assertArrayEquals(grid, part.alphas(), 0.0);
        // The same rows named instead of copied: the same numbers, bit for bit.
        int[] rows = new int[100];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = i;
        }
        ElasticNetPath.Result named = path.fit(f.x, f.n, f.p, f.y, grid, rows);
        for (int k = 0; k < grid.length; k++) {
            assertArrayEquals(part.fit(k).coef(), named.fit(k).coef(), 0.0);
            assertEquals(part.fit(k).intercept(), named.fit(k).intercept(), 0.0);
        }
        String m = assertThrows(IllegalArgumentException.class, () -> path.fit(f.x, f.n, f.p, f.y, grid, new int[] {0, 442}))
                .getMessage();
        assertTrue(m.contains("row index 442 out of range [0, 442)"), m);
        m = assertThrows(IllegalArgumentException.class, () -> path.fit(f.x, f.n, f.p, f.y, new double[] {0.1, 0.2}))
                .getMessage();
        assertTrue(m.contains("non-increasing") && m.contains("0.2"), m);
        m = assertThrows(IllegalArgumentException.class, () -> path.fit(f.x, f.n, f.p, f.y, new double[] {0.1, 0})).getMessage();
        assertTrue(m.contains("alphas[1]") && m.contains("> 0"), m);
    }

    @Test
    void firstAlphaGivesZeroCoefficients() {
        Fixture f = Fixture.load("path_lasso_diabetes");
        ElasticNetPath.Result r = new ElasticNetPath(1.0).fit(f.x, f.n, f.p, f.y);
        assertArrayEquals(new double[f.p], r.fit(0).coef(), 0.0);
    }

    @Test
    void constantTargetGivesZeroCoefficientsAndTheMeanAsIntercept() {
        double[] x = {1, 2, 3, 4, 5, 7};
        double[] y = {2.5, 2.5, 2.5};
        ElasticNetPath.Result r = new ElasticNetPath(0.5).fit(x, 3, 2, y);
        for (int k = 0; k < r.size(); k++) {
            assertArrayEquals(new double[2], r.fit(k).coef(), 0.0);
            assertTrue(r.fit(k).intercept() == 2.5 && Double.isFinite(r.alphas()[k]));
        }
    }

    @Test
    void rejectsZeroL1RatioAndBadGrid() {
        String m = assertThrows(IllegalArgumentException.class, () -> new ElasticNetPath(0.0)).getMessage();
        assertTrue(m.contains("l1_ratio") && m.contains("(0, 1]"), m);
        m = assertThrows(IllegalArgumentException.class, () -> new ElasticNetPath(1, 100, 0, 1000, 1e-4)).getMessage();
        assertTrue(m.contains("eps") && m.contains("got 0"), m);
        m = assertThrows(IllegalArgumentException.class, () -> new ElasticNetPath(1, 0, 1e-3, 1000, 1e-4)).getMessage();
        assertTrue(m.contains("n_alphas"), m);
    }
}
