package reglab.core.nn.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import reglab.core.nn.Numeric;
import reglab.core.nn.activation.Activations;
import reglab.core.nn.parameter.Parameter;
import reglab.core.nn.penalty.L1L2;
import reglab.core.random.Rng;

/**
 * Each layer's backward against central differences of the objective
 * {@code Σ c ⊙ forward(x) + activity penalty}, with respect to the input and every trainable
 * parameter. Layers with randomness get a freshly seeded generator per forward, so the dropout mask
 * is the same in every evaluation.
 */
class LayerGradientTest {

    private static final int ROWS = 5;

    private static void check(String what, Layer layer, int inputWidth, boolean training) {
        layer.build(inputWidth, new Rng(3));
        layer.reserve(ROWS);
        for (Parameter p : layer.parameters()) {
            if (p.trainable()) {
                double[] noise = Numeric.randomArray(p.size(), 40 + p.size());
                for (int i = 0; i < p.size(); i++) {
                    p.value()[i] += 0.3 * noise[i]; // move gamma/beta/bias off their neutral values
                }
            }
        }
        double[] x = Numeric.randomArray(ROWS * inputWidth, 31);
        double[] c = Numeric.randomArray(ROWS * layer.outputWidth(), 32);
        Numeric.Objective f = () -> {
            double[] out = layer.forward(x, ROWS, training, new Rng(99));
            double s = layer.activityPenalty();
            for (int i = 0; i < c.length; i++) {
                s += c[i] * out[i];
            }
            return s;
        };
        f.value();
        for (Parameter p : layer.parameters()) {
            Arrays.fill(p.grad(), 0.0);
        }
        double[] xBefore = x.clone();
        double[] gradIn = layer.backward(c, ROWS, true).clone();
        assertArrayEquals(xBefore, x, what + ": input modified");
        Numeric.assertGradient(what + " input", x, x.length, gradIn, f, 1e-6);
        for (Parameter p : layer.parameters()) {
            if (p.trainable()) {
                double[] analytic = p.grad().clone();
                Numeric.assertGradient(what + " " + p.name(), p.value(), p.size(), analytic, f, 1e-6);
            }
        }
    }

    @Test
    void denseWithEveryActivation() {
        for (String name : Activations.names()) {
            check("Dense " + name, new Dense(3, Activations.byName(name)), 4, true);
        }
    }

    @Test
    void denseWithActivityRegularizer() {
        check("Dense activity", new Dense(3, Activations.TANH).activityRegularizer(new L1L2(0.05, 0.2)),
                4, true);
    }

    @Test
    void dropoutInTrainingAndInference() {
        check("Dropout train", new Dropout(0.4), 6, true);
        check("Dropout inference", new Dropout(0.4), 6, false);
    }

    @Test
    void batchNormalizationInTrainingAndInference() {
        check("BatchNorm train", new BatchNormalization(), 3, true);
        check("BatchNorm inference", new BatchNormalization(), 3, false);
    }
}
