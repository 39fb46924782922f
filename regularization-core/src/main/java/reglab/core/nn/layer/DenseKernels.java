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
     * ascending order, and returns how many there are. {@code index} must hold {@code count} ints
     * (slots past the returned count may be overwritten).
     */
    static int nonZeros(double[] coef, int offset, int stride, int count, int[] index) {
        // Branch-free: always write k, advance only past a non-zero (the zero pattern after ReLU
        // and dropout is random, so a branch here is mispredicted half the time; TeaVM compiles
        // "c ? 1 : 0" to the comparison's own 0/1 in both its outputs). n <= k, so the write stays
        // inside the first count slots.
        int n = 0;
        for (int k = 0; k < count; k++) {
            index[n] = k;
            n += coef[offset + k * stride] != 0.0 ? 1 : 0;
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
     * Two dense rows through the transposed kernel: for {@code j < units},
     * {@code out[toA + j] = bias[j] + Σᵢ x[xA + i] · wt[j·inputs + i]} over ascending
     * {@code i < inputs}, and the same for B. {@code wt} is the kernel transposed
     * ({@code [units × inputs]}), so each sum streams two contiguous runs and lives in a register
     * until it is stored once; two rows by four units share every load (six loads per eight
     * multiply-adds, no stores in the inner loop), which matters most where every array access is
     * bounds-checked (WebAssembly). The terms arrive in the naive loop's order, so the bits are
     * the same.
     */
    static void biasPlusProductPair(double[] out, int toA, int toB, double[] bias, double[] x,
            int xA, int xB, double[] wt, int inputs, int units) {
        int j = 0;
        for (; j + 3 < units; j += 4) {
            int o0 = j * inputs;
            int o1 = o0 + inputs;
            int o2 = o1 + inputs;
            int o3 = o2 + inputs;
            double a0 = bias[j];
            double a1 = bias[j + 1];
            double a2 = bias[j + 2];
            double a3 = bias[j + 3];
            double b0 = a0;
            double b1 = a1;
            double b2 = a2;
            double b3 = a3;
            for (int i = 0; i < inputs; i++) {
                double xa = x[xA + i];
                double xb = x[xB + i];
                double w0 = wt[o0 + i];
                double w1 = wt[o1 + i];
                double w2 = wt[o2 + i];
                double w3 = wt[o3 + i];
                a0 += xa * w0;
                a1 += xa * w1;
                a2 += xa * w2;
                a3 += xa * w3;
                b0 += xb * w0;
                b1 += xb * w1;
                b2 += xb * w2;
                b3 += xb * w3;
            }
            out[toA + j] = a0;
            out[toA + j + 1] = a1;
            out[toA + j + 2] = a2;
            out[toA + j + 3] = a3;
            out[toB + j] = b0;
            out[toB + j + 1] = b1;
            out[toB + j + 2] = b2;
            out[toB + j + 3] = b3;
        }
        for (; j < units; j++) {
            int o = j * inputs;
            double a = bias[j];
            double b = a;
            for (int i = 0; i < inputs; i++) {
                double w = wt[o + i];
                a += x[xA + i] * w;
                b += x[xB + i] * w;
            }
            out[toA + j] = a;
            out[toB + j] = b;
        }
    }

    /** {@code t[j·rows + i] = m[i·cols + j]}: the {@code [cols × rows]} transpose of m. */
    static void transpose(double[] m, int rows, int cols, double[] t) {
        for (int i = 0; i < rows; i++) {
            int o = i * cols;
            for (int j = 0; j < cols; j++) {
                t[j * rows + i] = m[o + j];
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
