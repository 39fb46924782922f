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
        assertTrue(history.loss(19) > history.valLoss(19) - 1.0, "loss includes the L2 penalties");
    }
}
