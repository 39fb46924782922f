package reglab.core.nn.layer;

import reglab.core.check.Checks;
import reglab.core.math.Branchless;
import reglab.core.math.ShortestDecimal;
import reglab.core.nn.parameter.Parameter;
import reglab.core.random.Rng;

/**
 * Inverted dropout (Srivastava et al., JMLR 2014, in the form Keras' {@code Dropout} uses): in
 * training each value is kept with probability {@code 1 − rate} and survivors are scaled by
 * {@code 1 / (1 − rate)}, so the expected output equals the input; at inference it is the identity.
 *
 * <p>The mask of the last training forward stays readable through {@link #dropped} until the next
 * training forward, so the lab can show which units were dropped; inference calls leave it alone.
 */
public final class Dropout implements Layer {

    private static final Parameter[] NO_PARAMETERS = new Parameter[0];

    private final double rate;
    private final double scale;
    /**
     * {@code nextDouble() >= rate} exactly when {@code nextLong() >>> 11 >= threshold}: nextDouble
     * is that 53-bit integer times 2⁻⁵³, and scaling by a power of two is exact, so comparing the
     * integer with {@code ⌈rate·2⁵³⌉} keeps the same units with no floating point or branch.
     */
    private final long threshold;
    private int width = -1;
    private int capacity;
    private double[] out;
    private double[] gradIn;
    /** Per value of the last training forward: all ones if kept, zero if dropped. */
    private long[] keep;
    /** Scratch: the random draws of one training forward. */
    private long[] draws;
    private int maskRows;
    private boolean lastTraining;

    /** @param rate fraction of values dropped in training, in {@code [0, 1)} */
    public Dropout(double rate) {
        this.rate = Checks.halfOpen("Dropout rate", rate, 0.0, 1.0);
        this.scale = 1.0 / (1.0 - rate);
        this.threshold = (long) Math.ceil(rate * 0x1.0p53);
    }

    public double rate() {
        return rate;
    }

    @Override
    public void build(int inputWidth, Rng rng) {
        width = Checks.atLeast("Dropout input width", inputWidth, 1);
    }

    @Override
    public int inputWidth() {
        return width;
    }

    @Override
    public int outputWidth() {
        return width;
    }

    @Override
    public void reserve(int maxRows) {
        if (maxRows <= capacity) {
            return;
        }
        capacity = maxRows;
        out = new double[maxRows * width];
        gradIn = new double[maxRows * width];
        long[] grown = new long[maxRows * width];
        if (keep != null) {
            System.arraycopy(keep, 0, grown, 0, keep.length);
        }
        keep = grown;
        draws = new long[maxRows * width];
    }

    @Override
    public double[] forward(double[] in, int rows, boolean training, Rng rng) {
        lastTraining = training;
        if (!training) {
            return in;
        }
        int n = rows * width;
        maskRows = rows;
        double s = scale;
        long[] mask = keep;
        double[] o = out;
        if (rate == 0.0) {
            // Keras draws nothing at rate 0; neither do we, so the model's stream is unchanged.
            for (int i = 0; i < n; i++) {
                mask[i] = -1L;
                o[i] = in[i] * s;
            }
            return o;
        }
        long t = threshold;
        long[] u = draws;
        rng.fill(u, n);
        for (int i = 0; i < n; i++) {
            // (u - t) >> 63 is -1 when u < t (dropped); its complement is the keep mask.
            long k = ~(((u[i] >>> 11) - t) >> 63);
            mask[i] = k;
            o[i] = Branchless.select(in[i] * s, k);
        }
        return o;
    }

    @Override
    public double[] backward(double[] gradOut, int rows, boolean needInputGradient) {
        if (!needInputGradient) {
            return null;
        }
        int n = rows * width;
        if (!lastTraining) {
            System.arraycopy(gradOut, 0, gradIn, 0, n);
            return gradIn;
        }
        double s = scale;
        long[] mask = keep;
        double[] g = gradIn;
        for (int i = 0; i < n; i++) {
            g[i] = Branchless.select(gradOut[i] * s, mask[i]);
        }
        return g;
    }

    /** Rows in the mask of the last training forward (0 before any). */
    public int maskRows() {
        return maskRows;
    }

    /** Whether the last training forward dropped unit {@code unit} of row {@code row}. */
    public boolean dropped(int row, int unit) {
        if (row < 0 || row >= maskRows || unit < 0 || unit >= width) {
            throw new IndexOutOfBoundsException("dropout mask is [" + maskRows + " x " + width
                    + "], asked for (" + row + ", " + unit + ")");
        }
        return keep[row * width + unit] == 0L;
    }

    @Override
    public Parameter[] parameters() {
        return NO_PARAMETERS;
    }

    @Override
    public double activityPenalty() {
        return 0;
    }

    @Override
    public String describe() {
        return "Dropout(" + ShortestDecimal.text(rate) + ")";
    }
}
