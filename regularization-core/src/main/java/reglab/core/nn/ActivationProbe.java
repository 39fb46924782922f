package reglab.core.nn;

import reglab.core.check.Checks;
import reglab.core.nn.layer.Layer;

/**
 * Reads what one layer of a model outputs for a batch, in inference mode (dropout off, batch
 * normalization on its moving statistics): Keras'
 * {@code keras.Model(model.inputs, model.layers[k].output).predict(x)}. For looking at a hidden
 * layer's activations, e.g. how an L1 activity regularizer makes them sparse
 * ({@link ActivationStatistics}).
 *
 * <p>Runs layers 0..k as {@link Sequential#predict} runs them all, so it has the same side effects:
 * those layers' cached forward values are overwritten (the next training step recomputes them),
 * dropout masks and moving statistics are left alone. Allocation-free after the first call for a
 * given batch size.
 */
public final class ActivationProbe {

    /** Rows per forward pass: bounds the buffers for large inputs. */
    private static final int SLICE = 256;

    private final Sequential model;
    private final int layer;
    private double[] stage = new double[0];

    /** @param layer index in {@code [0, model.layerCount())} */
    public ActivationProbe(Sequential model, int layer) {
        this.model = Checks.notNull("model", model);
        if (layer < 0 || layer >= model.layerCount()) {
            throw new IllegalArgumentException("layer index must be in [0, " + model.layerCount()
                    + ") for this model, got " + layer);
        }
        this.layer = layer;
    }

    /** The probed layer's index. */
    public int layer() {
        return layer;
    }

    /** Values per row of the probed layer's output. */
    public int width() {
        return model.layer(layer).outputWidth();
    }

    /**
     * Writes the probed layer's inference-mode output for the first {@code rows} rows of {@code x}
     * ({@code [rows × inputs]}, not modified) into {@code out} ({@code [rows × width()]}).
     */
    public void read(double[] x, int rows, double[] out) {
        Checks.atLeast("probe rows", rows, 1);
        int in = model.inputs();
        int w = width();
        Checks.holds("probe x", x, rows, in);
        Checks.holds("probe out", out, rows, w);
        int slice = Math.min(rows, SLICE);
        model.reserve(slice);
        if (stage.length < slice * in) {
            stage = new double[slice * in];
        }
        for (int start = 0; start < rows; start += slice) {
            int n = Math.min(slice, rows - start);
            System.arraycopy(x, start * in, stage, 0, n * in);
            double[] a = stage;
            for (int k = 0; k <= layer; k++) {
                Layer l = model.layer(k);
                a = l.forward(a, n, false, model.rng());
            }
            System.arraycopy(a, 0, out, start * w, n * w);
        }
    }
}
