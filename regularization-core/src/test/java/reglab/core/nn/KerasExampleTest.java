package reglab.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import reglab.core.data.Split;
import reglab.core.data.SubspaceClassification;
import reglab.core.nn.activation.Activations;
import reglab.core.nn.layer.Dense;
import reglab.core.nn.layer.Dropout;
import reglab.core.nn.loss.Losses;
import reglab.core.nn.metric.Accuracy;
import reglab.core.nn.optimizer.Adam;
import reglab.core.nn.penalty.L2;
import reglab.core.nn.train.History;
import reglab.core.nn.train.Trainer;
import reglab.core.random.Rng;

/** The document's Keras model, as written in regularization-core/README.md, on the 100-feature set. */
class KerasExampleTest {

    @Test
    void reachesClearlyAboveChanceValidationAccuracy() {
        Rng rng = new Rng(2024);
        Split data = Split.of(SubspaceClassification.generate(3000, rng), 0.3, rng);

        Sequential model = new Sequential(100, 42);
        model.add(new Dense(64, Activations.RELU, new L2(0.001)));
        model.add(new Dropout(0.5));
        model.add(new Dense(64, Activations.RELU, new L2(0.001)));
        model.add(new Dropout(0.5));
        model.add(new Dense(10, Activations.SOFTMAX));
        model.compile(new Adam(), Losses.CATEGORICAL_CROSSENTROPY, new Accuracy());

        History history = new Trainer(model, data.train(), data.validation(), 32, 20).run();

        assertEquals(20, history.size());
        double accuracy = history.valMetric(19);
        // Ten balanced classes: chance is 0.1.
        assertTrue(accuracy > 0.5, "validation accuracy " + accuracy);

        // Keras reports val_loss = mean cross-entropy + the L2 penalties; recompute both by hand.
        int rows = data.validation().rows();
        double[] p = new double[rows * 10];
        model.predict(data.validation().x(), rows, p);
        double crossEntropy = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < 10; c++) {
                if (data.validation().y(r, c) == 1) {
                    crossEntropy -= Math.log(Math.max(p[r * 10 + c], 1e-7));
                }
            }
        }
        double penalty = 0;
        for (int layer : new int[] {0, 2}) {
            for (double w : ((Dense) model.layer(layer)).kernel().value()) {
                penalty += 0.001 * w * w;
            }
        }
        assertTrue(penalty > 0.01);
        assertEquals(crossEntropy / rows + penalty, history.valLoss(19), 1e-9);
    }
}
