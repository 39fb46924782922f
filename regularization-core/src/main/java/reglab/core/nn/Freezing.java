package reglab.core.nn;

import reglab.core.check.Checks;
import reglab.core.nn.parameter.Parameter;
import reglab.core.nn.layer.Layer;

/**
 * Keras' {@code layer.trainable = False} for transfer learning's "frozen features": a frozen
 * layer's weights are left alone by the optimizer ({@link Parameter#setFrozen}), and a frozen
 * {@link reglab.core.nn.layer.BatchNormalization} runs in inference mode, normalising with its
 * moving statistics without updating them (Keras' behaviour since TensorFlow 2.0). Penalties on
 * frozen weights still count in the reported loss, as in Keras, but no longer change anything.
 * Unlike Keras, which applies a change at the next {@code compile()}, freezing and thawing take
 * effect at the next training step, and the optimizer keeps its state for the thawed weights.
 */
public final class Freezing {

    private Freezing() {
    }

    /** Freezes ({@code false}) or thaws ({@code true}) every weight tensor of {@code layer}. */
    public static void setTrainable(Layer layer, boolean trainable) {
        Checks.notNull("layer", layer);
        for (Parameter p : layer.parameters()) {
            p.setFrozen(!trainable);
        }
    }

    /**
     * False when {@code layer} has a trainable weight tensor and every such tensor is frozen;
     * layers without trained weights (dropout) count as trainable, as in Keras.
     */
    public static boolean isTrainable(Layer layer) {
        Checks.notNull("layer", layer);
        boolean any = false;
        for (Parameter p : layer.parameters()) {
            if (p.trainable()) {
                any = true;
                if (!p.frozen()) {
                    return true;
                }
            }
        }
        return !any;
    }

    /**
     * Freezes the first {@code count} layers of {@code model} and thaws the rest: Keras'
     * {@code for layer in model.layers[:count]: layer.trainable = False}.
     *
     * @param count in {@code [0, model.layerCount()]}
     */
    public static void freezeFirst(Sequential model, int count) {
        Checks.notNull("model", model);
        if (count < 0 || count > model.layerCount()) {
            throw new IllegalArgumentException("layers to freeze must be in [0, " + model.layerCount()
                    + "] for this model, got " + count);
        }
        for (int k = 0; k < model.layerCount(); k++) {
            setTrainable(model.layer(k), k >= count);
        }
    }
}
