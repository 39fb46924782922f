package reglab.applet.experiment.augmentation;

import reglab.applet.run.LabDivergence;
import reglab.applet.run.PartedRun;
import reglab.applet.run.ResultJson;
import reglab.core.math.ShortestDecimal;
import reglab.applet.settings.Config;
import reglab.core.augment.Augmentation;
import reglab.core.augment.Compose;
import reglab.core.augment.GaussianNoise;
import reglab.core.augment.RandomAffine;
import reglab.core.augment.RandomFlip;
import reglab.core.data.Dataset;
import reglab.core.data.Digits;
import reglab.core.data.StratifiedSplit;
import reglab.core.nn.Sequential;
import reglab.core.nn.activation.Activations;
import reglab.core.nn.layer.Dense;
import reglab.core.nn.loss.Losses;
import reglab.core.nn.metric.Accuracy;
import reglab.core.nn.optimizer.Optimizers;
import reglab.core.nn.train.Trainer;
import reglab.core.random.Rng;

/**
 * Data augmentation on the UCI handwritten digits ({@link Digits}): {@code perClass} digits of
 * each kind train a softmax classifier {@code 64 → Dense(units, ReLU) → Dense(10, softmax)}, and
 * {@link #VALIDATION_PER_CLASS} other digits of each kind, never trained on, validate it
 * ({@link StratifiedSplit}). Two models, the run's two independent parts: {@link #PLAIN} sees the
 * training digits as they are, {@link #AUGMENTED} a fresh random variant of each digit in every
 * batch — {@link RandomAffine} (rotation, scaling, shift in one resampling), then
 * {@link GaussianNoise}, then, if chosen, {@link RandomFlip}, the core's augmentations, applied by
 * the {@link Trainer} to its copy of the batch. Both start from the same weights and see the same
 * batches in the same order (same seeds); the only difference is the augmentation. Each trainer
 * records evaluated curves (before training and after every epoch) and stops on the lab's
 * {@link LabDivergence} rule.
 *
 * <p>Each part is a pure function of the settings and its index, so the parts may train here one
 * after the other or in two workers at once, with the same numbers.
 */
public final class AugmentationRun extends PartedRun {

    /** Part index of the model trained on the digits as they are. */
    public static final int PLAIN = 0;
    /** Part index of the model trained on augmented digits. */
    public static final int AUGMENTED = 1;
    /** Held-out digits of each kind: 500 validate every run. */
    public static final int VALIDATION_PER_CLASS = 50;
    /** Rows per evaluation slice (one unit of a trainer's work). */
    static final int EVALUATION_ROWS = 128;
    /** Training digits drawn in the grid of samples, and augmented variants drawn of each. */
    public static final int SAMPLE_DIGITS = 8;
    public static final int SAMPLE_VARIANTS = 3;

    private final Config config;
    private final Digits digits;
    private final Dataset train;
    private final Dataset validation;
    private final int[] trainImages;
    private final DigitCurves[] curves = new DigitCurves[2];

    public AugmentationRun(Config config) {
        this(config, DigitsSource.digits());
    }

    AugmentationRun(Config config, Digits digits) {
        super(2);
        this.config = config;
        this.digits = digits;
        // Built now, so a malformed pipeline fails before any training.
        augmentation(config);
        StratifiedSplit split = StratifiedSplit.of(digits.labels(), Digits.CLASSES,
                config.integer("perClass"), VALIDATION_PER_CLASS, new Rng(config.integer("seed")));
        trainImages = split.trainRows();
        train = digits.dataset(trainImages);
        validation = digits.dataset(split.validationRows());
    }

    /**
     * The augmentation the settings describe, or null when every transform is off: an affine map
     * if any of rotation, scaling or shift is on, then noise if on, then the flip if chosen.
     */
    static Augmentation augmentation(Config config) {
        Augmentation[] steps = new Augmentation[3];
        int n = 0;
        double degrees = config.integer("rotation");
        double scale = config.integer("scale") / 100.0;
        double shift = config.number("shift");
        if (degrees > 0 || scale > 0 || shift > 0) {
            steps[n++] = new RandomAffine(8, 8, degrees, 1 - scale, 1 + scale, shift);
        }
        double noise = config.number("noise");
        if (noise > 0) {
            steps[n++] = new GaussianNoise(noise);
        }
        String flip = config.get("flip");
        if (!flip.equals(AugmentationExperiment.NO_FLIP)) {
            boolean horizontal = !flip.equals(AugmentationExperiment.VERTICAL);
            boolean vertical = !flip.equals(AugmentationExperiment.HORIZONTAL);
            steps[n++] = new RandomFlip(8, 8, horizontal, vertical);
        }
        if (n <= 1) {
            return steps[0];
        }
        // No List.toArray(T[]): under TeaVM it brings in reflective array creation.
        Augmentation[] used = new Augmentation[n];
        System.arraycopy(steps, 0, used, 0, n);
        return new Compose(used);
    }

    @Override
    public Part newPart(int index, double[] input) {
        if (index != PLAIN && index != AUGMENTED) {
            throw new IllegalArgumentException("the augmentation run has parts 0 and 1, not " + index);
        }
        return new DigitModel(trainer(index == AUGMENTED));
    }

    private Trainer trainer(boolean augmented) {
        int seed = config.integer("seed");
        Sequential model = new Sequential(digits.size(), seed + 1L);
        model.add(new Dense(config.integer("units"), Activations.RELU));
        model.add(new Dense(Digits.CLASSES, Activations.SOFTMAX));
        model.compile(Optimizers.byName(config.get("optimizer"), config.number("rate")),
                Losses.CATEGORICAL_CROSSENTROPY, new Accuracy());
        return new Trainer(model, train, validation, config.integer("batch"), config.integer("epochs"))
                .evaluateEachEpoch(EVALUATION_ROWS)
                .divergence(LabDivergence.RULE)
                .shuffleWith(new Rng(seed + 7L))
                .augmentation(augmented ? augmentation(config) : null);
    }

    @Override
    protected void accept(int index, double[] result) {
        curves[index] = DigitCurves.unpack(result);
    }

    /**
     * Part {@code index}'s curves: final once delivered, else those of the part this thread is
     * training, else null.
     */
    DigitCurves curves(int index) {
        if (curves[index] != null) {
            return curves[index];
        }
        Part local = localPart();
        return local != null && localIndex() == index ? ((DigitModel) local).curves() : null;
    }

    Config config() {
        return config;
    }

    Digits digits() {
        return digits;
    }

    Dataset train() {
        return train;
    }

    /** Number of training digits. */
    int trainRows() {
        return train.rows();
    }

    int validationRows() {
        return validation.rows();
    }

    /**
     * The grid of samples: the first training digit of each kind 0 to {@link #SAMPLE_DIGITS} − 1 and
     * {@link #SAMPLE_VARIANTS} augmented variants of each, drawn with the run's own generator
     * (seed + 11) so the picture does not change what the models train on. Row-major
     * {@code [(1 + variants) × digits]} images of 64 pixels in [0, 1]: row 0 the originals.
     */
    double[] sampleImages() {
        int size = digits.size();
        int count = sampleColumns();
        int[] rows = new int[count];
        for (int k = 0; k < count; k++) {
            int r = 0;
            while (digits.label(trainImages[r]) != k) {
                r++; // every class has perClass >= 2 training digits
            }
            rows[k] = r;
        }
        double[] out = new double[(1 + SAMPLE_VARIANTS) * count * size];
        for (int v = 0; v <= SAMPLE_VARIANTS; v++) {
            for (int k = 0; k < count; k++) {
                System.arraycopy(train.x(), rows[k] * size, out, (v * count + k) * size, size);
            }
        }
        Augmentation a = augmentation(config);
        if (a != null) {
            double[] y = new double[(1 + SAMPLE_VARIANTS) * count * Digits.CLASSES];
            a.reserve(SAMPLE_VARIANTS * count, size, Digits.CLASSES);
            double[] batch = new double[SAMPLE_VARIANTS * count * size];
            System.arraycopy(out, count * size, batch, 0, batch.length);
            a.apply(batch, y, SAMPLE_VARIANTS * count, size, Digits.CLASSES, new Rng(config.integer("seed") + 11L));
            System.arraycopy(batch, 0, out, count * size, batch.length);
        }
        return out;
    }

    /** Digits in each row of {@link #sampleImages()}. */
    int sampleColumns() {
        return SAMPLE_DIGITS;
    }

    /**
     * The augmentation in words, e.g. "rotation ±10°, scaling ±5%, shift ±0.5 px, flip
     * horizontal", or "none". Numbers are written by {@link ShortestDecimal}, as in the rest of the
     * result, so the text is the same on the JVM and in the page.
     */
    String describeAugmentation() {
        StringBuilder sb = new StringBuilder();
        append(sb, "rotation ±", config.integer("rotation"), "°");
        append(sb, "scaling ±", config.integer("scale"), "%");
        append(sb, "shift ±", config.number("shift"), " px");
        append(sb, "noise σ ", config.number("noise"), "");
        String flip = config.get("flip");
        if (!flip.equals(AugmentationExperiment.NO_FLIP)) {
            sb.append(sb.length() == 0 ? "" : ", ").append("flip ").append(flip);
        }
        return sb.length() == 0 ? "none" : sb.toString();
    }

    private static void append(StringBuilder sb, String name, double value, String unit) {
        if (value > 0) {
            sb.append(sb.length() == 0 ? "" : ", ").append(name).append(ShortestDecimal.of(value)).append(unit);
        }
    }

    /** Epochs the given model has completed so far (0 before its part starts). */
    int epochs(int index) {
        DigitCurves c = curves(index);
        return c == null ? 0 : Math.max(0, c.entries - 1);
    }

    @Override
    public String resultJson() {
        ResultJson json = ResultJson.of(AugmentationExperiment.NAME);
        json.put("train_digits", trainRows());
        json.put("validation_digits", validationRows());
        json.put("augmentation", describeAugmentation());
        writeModel(json.key("plain").begin(), curves(PLAIN));
        writeModel(json.key("augmented").begin(), curves(AUGMENTED));
        return json.end().toString();
    }

    private static void writeModel(ResultJson json, DigitCurves c) {
        if (c != null) {
            json.put("epochs", Math.max(0, c.entries - 1));
            json.put("diverged", c.diverged);
            json.put("loss", c.loss, c.entries);
            json.put("accuracy", c.accuracy, c.entries);
            json.put("val_loss", c.valLoss, c.entries);
            json.put("val_accuracy", c.valAccuracy, c.entries);
            json.put("final_val_accuracy", c.finalValAccuracy());
            json.put("best_val_accuracy", c.bestValAccuracy());
        }
        json.end();
    }
}
