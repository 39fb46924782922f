package reglab.core.nn.layer;

import reglab.core.nn.Checks;
import reglab.core.nn.Parameter;
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
    private int width = -1;
    private int capacity;
    private double[] out;
    private double[] gradIn;
    private boolean[] keep;
    private int maskRows;
    private boolean lastTraining;

    /** @param rate fraction of values dropped in training, in {@code [0, 1)} */
    public Dropout(double rate) {
        this.rate = Checks.halfOpen("Dropout rate", rate, 0.0, 1.0);
        this.scale = 1.0 / (1.0 - rate);
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
        boolean[] grown = new boolean[maxRows * width];
        if (keep != null) {
            System.arraycopy(keep, 0, grown, 0, keep.length);
        }
        keep = grown;
    }

    @Override
    public double[] forward(double[] in, int rows, boolean training, Rng rng) {
        lastTraining = training;
        if (!training) {
            return in;
        }
        int n = rows * width;
        maskRows = rows;
        double p = rate;
        double s = scale;
        boolean[] mask = keep;
        double[] o = out;
        for (int i = 0; i < n; i++) {
            boolean k = p == 0.0 || rng.nextDouble() >= p;
            mask[i] = k;
            o[i] = k ? in[i] * s : 0.0;
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
        boolean[] mask = keep;
        double[] g = gradIn;
        for (int i = 0; i < n; i++) {
            g[i] = mask[i] ? gradOut[i] * s : 0.0;
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
        return !keep[row * width + unit];
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
        return "Dropout(" + rate + ")";
    }
}
