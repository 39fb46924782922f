package reglab.core.nn.layer;

/**
 * The inner loops of {@link Dense} on flat row-major arrays, written for speed in both HotSpot and
 * TeaVM's WebAssembly GC output: static methods over local arrays and plain counted loops (no
 * field reads or virtual calls inside), the innermost loop streaming contiguously along a row, and
 * four source rows combined per pass so each target value is loaded and stored once per four terms
 * instead of once per term.
 *
 * <p>Bit-compatibility: every target value still receives its terms one at a time in ascending index
 * order, {@code ((t + c₀r₀) + c₁r₁) + …}, exactly as the naive loop does; Java evaluates
 * {@code a + b + c} left to right and never fuses a multiply-add, so the results are identical to
 * the one-term-per-pass loop. Terms whose coefficient is exactly zero are skipped (after ReLU and
 * dropout most are), as the naive loop did.
 *
 * <p>Who mutates what: each method writes only its {@code target}/{@code out} (or {@code index})
 * argument and reads the others.
 */
final class DenseKernels {

    private DenseKernels() {
    }

    /**
     * Writes into {@code index} the {@code k < count} with {@code coef[offset + k·stride] != 0}, in
     * ascending order, and returns how many there are. {@code index} must hold {@code count} ints.
     */
    static int nonZeros(double[] coef, int offset, int stride, int count, int[] index) {
        int n = 0;
        for (int k = 0; k < count; k++) {
            if (coef[offset + k * stride] != 0.0) {
                index[n++] = k;
            }
        }
        return n;
    }

    /** Whether {@code x[offset + k] != 0} for every {@code k < count}. */
    static boolean noZeros(double[] x, int offset, int count) {
        for (int k = 0; k < count; k++) {
            if (x[offset + k] == 0.0) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code target[to + j] += Σₖ c(k) · rows[index[k]·width + j]} for {@code j < width}, terms in
     * ascending {@code k < count}, where {@code c(k) = coef[coefOffset + index[k]·coefStride]}.
     * Forward uses it with x's row as coefficients and W's rows; the kernel gradient with a column
     * of x as coefficients and the rows of dLoss/dz.
     */
    static void addCombination(double[] target, int to, int width, double[] coef, int coefOffset,
            int coefStride, int[] index, int count, double[] rows) {
        int k = 0;
        for (; k + 3 < count; k += 4) {
            int i0 = index[k];
            int i1 = index[k + 1];
            int i2 = index[k + 2];
            int i3 = index[k + 3];
            double c0 = coef[coefOffset + i0 * coefStride];
            double c1 = coef[coefOffset + i1 * coefStride];
            double c2 = coef[coefOffset + i2 * coefStride];
            double c3 = coef[coefOffset + i3 * coefStride];
            int o0 = i0 * width;
            int o1 = i1 * width;
            int o2 = i2 * width;
            int o3 = i3 * width;
            for (int j = 0; j < width; j++) {
                target[to + j] = target[to + j] + c0 * rows[o0 + j] + c1 * rows[o1 + j]
                        + c2 * rows[o2 + j] + c3 * rows[o3 + j];
            }
        }
        for (; k < count; k++) {
            int i = index[k];
            double c = coef[coefOffset + i * coefStride];
            int o = i * width;
            for (int j = 0; j < width; j++) {
                target[to + j] += c * rows[o + j];
            }
        }
    }

    /**
     * {@link #addCombination} for two target rows whose coefficient rows have no zero at all (the
     * input layer on dense data): {@code target[toA + j] += Σᵢ coef[coefA + i] · rows[i·width + j]}
     * for {@code i < count}, ascending, and the same for B. Each loaded {@code rows} value serves
     * both targets, which halves the loads per multiply-add.
     */
    static void addProductPair(double[] target, int toA, int toB, int width, double[] coef,
            int coefA, int coefB, int count, double[] rows) {
        int i = 0;
        for (; i + 3 < count; i += 4) {
            double a0 = coef[coefA + i];
            double a1 = coef[coefA + i + 1];
            double a2 = coef[coefA + i + 2];
            double a3 = coef[coefA + i + 3];
            double b0 = coef[coefB + i];
            double b1 = coef[coefB + i + 1];
            double b2 = coef[coefB + i + 2];
            double b3 = coef[coefB + i + 3];
            int o0 = i * width;
            int o1 = o0 + width;
            int o2 = o1 + width;
            int o3 = o2 + width;
            for (int j = 0; j < width; j++) {
                double w0 = rows[o0 + j];
                double w1 = rows[o1 + j];
                double w2 = rows[o2 + j];
                double w3 = rows[o3 + j];
                target[toA + j] = target[toA + j] + a0 * w0 + a1 * w1 + a2 * w2 + a3 * w3;
                target[toB + j] = target[toB + j] + b0 * w0 + b1 * w1 + b2 * w2 + b3 * w3;
            }
        }
        for (; i < count; i++) {
            double a = coef[coefA + i];
            double b = coef[coefB + i];
            int o = i * width;
            for (int j = 0; j < width; j++) {
                double w = rows[o + j];
                target[toA + j] += a * w;
                target[toB + j] += b * w;
            }
        }
    }

    /**
     * {@code out[outOffset + i] = Σⱼ v[vOffset + j] · m[i·width + j]} for {@code i < count}: the row
     * vector v times the transpose of the {@code [count × width]} matrix m (dx = dz·Wᵀ for one row).
     * Each sum runs over ascending j from 0.
     */
    static void timesTranspose(double[] v, int vOffset, double[] m, int width, int count,
            double[] out, int outOffset) {
        int i = 0;
        for (; i + 3 < count; i += 4) {
            int o0 = i * width;
            int o1 = o0 + width;
            int o2 = o1 + width;
            int o3 = o2 + width;
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            for (int j = 0; j < width; j++) {
                double vj = v[vOffset + j];
                s0 += vj * m[o0 + j];
                s1 += vj * m[o1 + j];
                s2 += vj * m[o2 + j];
                s3 += vj * m[o3 + j];
            }
            out[outOffset + i] = s0;
            out[outOffset + i + 1] = s1;
            out[outOffset + i + 2] = s2;
            out[outOffset + i + 3] = s3;
        }
        for (; i < count; i++) {
            int o = i * width;
            double s = 0;
            for (int j = 0; j < width; j++) {
                s += v[vOffset + j] * m[o + j];
            }
            out[outOffset + i] = s;
        }
    }

    /**
     * Rank-one update on a sparsity pattern: for each {@code i = rowIndex[a]} ({@code a < rowCount})
     * and each {@code j = colIndex[k]} ({@code k < colCount}),
     * {@code target[i·width + j] += u[uOffset + i] · v[vOffset + j]}. The kernel gradient of one
     * batch row is {@code xᵀ·dz} restricted to the non-zero x and dz values; each target value
     * receives one term per call, so calling it row after row keeps the naive summation order.
     */
    static void addOuter(double[] target, int width, double[] u, int uOffset, int[] rowIndex,
            int rowCount, double[] v, int vOffset, int[] colIndex, int colCount) {
        int a = 0;
        for (; a + 3 < rowCount; a += 4) {
            int i0 = rowIndex[a];
            int i1 = rowIndex[a + 1];
            int i2 = rowIndex[a + 2];
            int i3 = rowIndex[a + 3];
            double c0 = u[uOffset + i0];
            double c1 = u[uOffset + i1];
            double c2 = u[uOffset + i2];
            double c3 = u[uOffset + i3];
            int o0 = i0 * width;
            int o1 = i1 * width;
            int o2 = i2 * width;
            int o3 = i3 * width;
            for (int k = 0; k < colCount; k++) {
                int j = colIndex[k];
                double vj = v[vOffset + j];
                target[o0 + j] += c0 * vj;
                target[o1 + j] += c1 * vj;
                target[o2 + j] += c2 * vj;
                target[o3 + j] += c3 * vj;
            }
        }
        for (; a < rowCount; a++) {
            int i = rowIndex[a];
            double c = u[uOffset + i];
            int o = i * width;
            for (int k = 0; k < colCount; k++) {
                int j = colIndex[k];
                target[o + j] += c * v[vOffset + j];
            }
        }
    }

    /**
     * Like {@link #timesTranspose} with v's zeros skipped: {@code out[outOffset + i] =
     * Σₖ v[vOffset + j] · m[i·width + j]} over {@code j = index[k]}, ascending, for {@code i < count}.
     * Skipped terms are ±0, which never change a sum that starts at +0 (IEEE 754 round to nearest),
     * so the result equals the dense one.
     */
    static void timesTransposeAt(double[] v, int vOffset, int[] index, int nonZeros, double[] m,
            int width, int count, double[] out, int outOffset) {
        int i = 0;
        for (; i + 3 < count; i += 4) {
            int o0 = i * width;
            int o1 = o0 + width;
            int o2 = o1 + width;
            int o3 = o2 + width;
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            for (int k = 0; k < nonZeros; k++) {
                int j = index[k];
                double vj = v[vOffset + j];
                s0 += vj * m[o0 + j];
                s1 += vj * m[o1 + j];
                s2 += vj * m[o2 + j];
                s3 += vj * m[o3 + j];
            }
            out[outOffset + i] = s0;
            out[outOffset + i + 1] = s1;
            out[outOffset + i + 2] = s2;
            out[outOffset + i + 3] = s3;
        }
        for (; i < count; i++) {
            int o = i * width;
            double s = 0;
            for (int k = 0; k < nonZeros; k++) {
                int j = index[k];
                s += v[vOffset + j] * m[o + j];
            }
            out[outOffset + i] = s;
        }
    }
}
