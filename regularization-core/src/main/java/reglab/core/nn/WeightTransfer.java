package reglab.core.nn;

import reglab.core.check.Checks;
import reglab.core.nn.parameter.Parameter;
import reglab.core.nn.layer.Layer;

/**
 * Copies the weights of a pre-trained model's first layers into a new model, for fine-tuning on
 * another task with a new output layer: Keras'
 * {@code new.layers[k].set_weights(old.layers[k].get_weights())} for k below {@code count}. Every
 * tensor is copied, batch normalization's moving statistics included; penalties, frozen flags and
 * optimizer state of the target are left as they are. To regularize towards the copied weights,
 * attach an {@link reglab.core.nn.penalty.L2SP} built from them (Li, Grandvalet &amp; Davoine,
 * ICML 2018).
 */
public final class WeightTransfer {

    private WeightTransfer() {
    }

    /**
     * @param count layers to copy, in {@code [1, min(source, target layer count)]}; layer k of both
     *     models must be of the same kind with the same input and output widths (which fixes the
     *     shapes of its tensors)
     * @throws IllegalArgumentException naming the first layer that does not match; nothing is
     *     copied then
     */
    public static void copyLayers(Sequential source, Sequential target, int count) {
        Checks.notNull("source model", source);
        Checks.notNull("target model", target);
        int most = Math.min(source.layerCount(), target.layerCount());
        if (count < 1 || count > most) {
            throw new IllegalArgumentException("layers to copy must be in [1, " + most
                    + "] (the shorter model's layer count), got " + count);
        }
        for (int k = 0; k < count; k++) {
            check(k, source.layer(k), target.layer(k));
        }
        for (int k = 0; k < count; k++) {
            Parameter[] from = source.layer(k).parameters();
            Parameter[] to = target.layer(k).parameters();
            for (int t = 0; t < from.length; t++) {
                System.arraycopy(from[t].value(), 0, to[t].value(), 0, from[t].size());
            }
        }
    }

    private static void check(int k, Layer from, Layer to) {
        if (from.getClass() != to.getClass() || from.inputWidth() != to.inputWidth()
                || from.outputWidth() != to.outputWidth()) {
            throw new IllegalArgumentException("layer " + k + " differs: the source has " + from.describe()
                    + " on " + from.inputWidth() + " inputs, the target " + to.describe() + " on "
                    + to.inputWidth() + " inputs");
        }
    }
}
