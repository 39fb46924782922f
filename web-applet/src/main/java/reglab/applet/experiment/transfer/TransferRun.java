package reglab.applet.experiment.transfer;

import reglab.applet.run.PartedRun;
import reglab.applet.run.ResultJson;
import reglab.applet.settings.Config;
import reglab.core.data.Dataset;
import reglab.core.nn.Sequential;
import reglab.core.nn.parameter.Parameter;
import reglab.core.nn.train.History;

/**
 * Transfer learning as independent parts: part 0 pre-trains the source network
 * ({@link PreTraining}); every other part fine-tunes one {@link Variant} on one target set
 * ({@link FineTuning}), ready once the pre-training is delivered and given its feature weights as
 * input, so workers can run them side by side and in any order. Part {@code 1 + (s·R + r)·V + v}
 * is size s, repeat r (of R) and variant v (of V), so the smallest sizes fill first.
 *
 * <p>What the view and the result read is only what parts delivered: accuracy per variant and
 * size averaged over the repeats, the validation curves of the chosen size, the fine-tuned weights
 * of each variant's first repeat (for its decision map) and the pre-trained network.
 */
public final class TransferRun extends PartedRun {

    private final TransferSetup setup;
    private final int[] sizes;
    private final int repeats;
    private final int epochs;
    private double[] pre;
    private final double[][] fine;

    public TransferRun(Config config) {
        this(new TransferSetup(config));
    }

    private TransferRun(TransferSetup setup) {
        super(1 + setup.sizes.length * setup.repeats * Variant.ALL.length);
        this.setup = setup;
        this.sizes = setup.sizes;
        this.repeats = setup.repeats;
        this.epochs = setup.config.integer("preEpochs");
        this.fine = new double[parts()][];
    }

    /** The part of size index {@code s}, repeat {@code r} and variant {@code v}. */
    static int partOf(int s, int r, Variant v, int repeats) {
        return 1 + (s * repeats + r) * Variant.ALL.length + v.ordinal();
    }

    @Override
    public Part newPart(int index, double[] input) {
        if (index == 0) {
            return new PreTraining(setup);
        }
        int j = index - 1;
        Variant v = Variant.ALL[j % Variant.ALL.length];
        int rest = j / Variant.ALL.length;
        return new FineTuning(setup, v, sizes[rest / repeats], rest % repeats, input,
                setup.config.number("l2"), setup.config.number("l2sp"));
    }

    @Override
    protected boolean ready(int index) {
        return index == 0 || delivered(0);
    }

    /** The pre-trained feature layers' weights, for every fine-tuning part. */
    @Override
    public double[] input(int index) {
        if (index == 0 || pre == null) {
            return super.input(index);
        }
        double[] features = new double[setup.featureValues()];
        System.arraycopy(pre, PreTraining.weightsAt(epochs), features, 0, features.length);
        return features;
    }

    @Override
    protected void accept(int index, double[] result) {
        if (index == 0) {
            pre = result;
        } else {
            fine[index] = result;
        }
    }

    public int[] sizes() {
        return sizes;
    }

    public int repeats() {
        return repeats;
    }

    public int sectors() {
        return setup.sectors;
    }

    /** Index into {@link #sizes()} of the size whose curves and maps are drawn. */
    public int chosen() {
        return Math.min(setup.config.integer("shown"), sizes.length) - 1;
    }

    /** Whether the pre-training has been delivered. */
    public boolean pretrained() {
        return pre != null;
    }

    /** Final source validation accuracy of the pre-training, NaN until delivered. */
    public double sourceAccuracy() {
        return pre == null ? Double.NaN : pre[PreTraining.ACCURACY];
    }

    public boolean sourceDiverged() {
        return pre != null && pre[PreTraining.DIVERGED] == 1;
    }

    /** The epoch the pre-training running on this thread has reached, or −1 if none runs here. */
    public int pretrainingEpoch() {
        return localPart() instanceof PreTraining ? ((PreTraining) localPart()).history().size() - 1 : -1;
    }

    /**
     * A copy of the network the pre-training on this thread has trained so far, or null if the
     * pre-training runs elsewhere or is over: the view draws the source map from it while the
     * pre-training runs, so the first frames show training. A copy, so drawing never touches the
     * network being trained.
     */
    public Sequential pretrainingNetwork() {
        if (!(localPart() instanceof PreTraining)) {
            return null;
        }
        Parameter[] from = ((PreTraining) localPart()).model().parameters();
        Sequential copy = setup.sourceNetwork();
        Parameter[] to = copy.parameters();
        for (int k = 0; k < from.length; k++) {
            System.arraycopy(from[k].value(), 0, to[k].value(), 0, from[k].size());
        }
        return copy;
    }

    /** The source validation accuracy of the pre-training on this thread after its last epoch, or NaN. */
    public double pretrainingAccuracy() {
        if (!(localPart() instanceof PreTraining)) {
            return Double.NaN;
        }
        History h = ((PreTraining) localPart()).history();
        return h.size() == 0 ? Double.NaN : h.valMetric(h.size() - 1);
    }

    /** Mean of result entry {@code at} over the delivered repeats of (size s, variant v); NaN if none. */
    public double mean(int s, Variant v, int at) {
        double sum = 0;
        int n = 0;
        for (int r = 0; r < repeats; r++) {
            double[] f = fine[partOf(s, r, v, repeats)];
            if (f != null) {
                sum += f[at];
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    public double accuracy(int s, Variant v) {
        return mean(s, v, FineTuning.ACCURACY);
    }

    /** Readings per curve (checkpoints and the reading before training). */
    public int curveLength() {
        return Math.min(FineTuning.CHECKPOINTS, setup.config.integer("steps")) + 1;
    }

    /** The optimizer step of each curve reading. */
    public double[] curveSteps() {
        int c = curveLength() - 1;
        int steps = setup.config.integer("steps");
        double[] x = new double[c + 1];
        for (int j = 0; j <= c; j++) {
            x[j] = (int) ((long) j * steps / c);
        }
        return x;
    }

    /** Validation accuracy at each reading for (size s, variant v), averaged over delivered repeats. */
    public double[] curve(int s, Variant v) {
        double[] out = new double[curveLength()];
        for (int j = 0; j < out.length; j++) {
            out[j] = mean(s, v, FineTuning.CURVE + j);
        }
        return out;
    }

    /** Parts of (size s, variant v) delivered. */
    public int deliveredRepeats(int s, Variant v) {
        int n = 0;
        for (int r = 0; r < repeats; r++) {
            n += fine[partOf(s, r, v, repeats)] == null ? 0 : 1;
        }
        return n;
    }

    /**
     * The fine-tuned network of (size s, variant v, repeat 0), rebuilt from its delivered weights
     * for drawing, or null if not delivered.
     */
    public Sequential fineTuned(int s, Variant v) {
        double[] f = fine[partOf(s, 0, v, repeats)];
        if (f == null) {
            return null;
        }
        Sequential model = setup.targetNetwork(0);
        setWeights(model, f, FineTuning.CURVE + curveLength());
        return model;
    }

    /** The pre-trained source network, rebuilt from its delivered weights, or null. */
    public Sequential sourceNetwork() {
        if (pre == null) {
            return null;
        }
        Sequential model = setup.sourceNetwork();
        setWeights(model, pre, PreTraining.weightsAt(epochs));
        return model;
    }

    private static void setWeights(Sequential model, double[] from, int k) {
        for (Parameter p : model.parameters()) {
            System.arraycopy(from, k, p.value(), 0, p.size());
            k += p.size();
        }
    }

    /** Repeat 0's target training set of size {@code s} (the points drawn on the maps). */
    public Dataset targetTrain(int s) {
        return setup.targetTrain(sizes[s], 0);
    }

    public Dataset source() {
        return setup.source;
    }

    /** Fine-tuning parts that diverged (or had no pre-trained features to start from). */
    public int divergedParts() {
        int n = 0;
        for (int i = 1; i < fine.length; i++) {
            n += fine[i] != null && fine[i][FineTuning.DIVERGED] == 1 ? 1 : 0;
        }
        return n;
    }

    @Override
    public String resultJson() {
        ResultJson json = ResultJson.of(TransferExperiment.NAME);
        double[] n = new double[sizes.length];
        for (int s = 0; s < sizes.length; s++) {
            n[s] = sizes[s];
        }
        json.put("samples", n, n.length);
        json.put("repeats", repeats);
        json.key("source").begin();
        json.put("accuracy", sourceAccuracy());
        json.put("loss", pre == null ? Double.NaN : pre[PreTraining.LOSS]);
        json.put("diverged", sourceDiverged());
        if (pre != null) {
            json.put("curve", java.util.Arrays.copyOfRange(pre, PreTraining.CURVE, PreTraining.CURVE + epochs + 1),
                    epochs + 1);
        }
        json.end();
        perSize(json, "accuracy", FineTuning.ACCURACY);
        json.key("accuracy_runs").begin();
        for (Variant v : Variant.ALL) {
            // size by size, the repeats of each size in order: [size 0 repeat 0, size 0 repeat 1, ...]
            json.beginArray(v.key);
            for (int s = 0; s < sizes.length; s++) {
                for (int r = 0; r < repeats; r++) {
                    double[] f = fine[partOf(s, r, v, repeats)];
                    json.value(f == null ? Double.NaN : f[FineTuning.ACCURACY]);
                }
            }
            json.endArray();
        }
        json.end();
        perSize(json, "validation_loss", FineTuning.LOSS);
        perSize(json, "train_accuracy", FineTuning.TRAIN_ACCURACY);
        perSize(json, "drift", FineTuning.DRIFT);
        json.put("diverged_parts", divergedParts());
        int c = chosen();
        json.key("chosen").begin();
        json.put("samples", sizes[c]);
        double[] steps = curveSteps();
        json.put("steps", steps, steps.length);
        json.key("curves").begin();
        for (Variant v : Variant.ALL) {
            json.put(v.key, curve(c, v), curveLength());
        }
        json.end();
        json.end();
        json.put("parts", parts());
        json.put("parts_done", deliveredCount());
        return json.end().toString();
    }

    private void perSize(ResultJson json, String key, int at) {
        json.key(key).begin();
        for (Variant v : Variant.ALL) {
            double[] m = new double[sizes.length];
            for (int s = 0; s < sizes.length; s++) {
                m[s] = mean(s, v, at);
            }
            json.put(v.key, m, m.length);
        }
        json.end();
    }
}
