package reglab.core.nn;

import reglab.core.nn.parameter.Parameter;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import reglab.core.nn.activation.Activations;
import reglab.core.nn.layer.BatchNormalization;
import reglab.core.nn.layer.Dense;
import reglab.core.nn.loss.Losses;
import reglab.core.nn.optimizer.Adam;

class WeightTransferTest {

    private static Sequential pretrained() {
        Sequential m = new Sequential(4, 1);
        m.add(new Dense(6, Activations.RELU));
        m.add(new BatchNormalization());
        m.add(new Dense(3, Activations.SOFTMAX));
        m.compile(new Adam(0.01), Losses.CATEGORICAL_CROSSENTROPY);
        double[] x = Numeric.randomArray(40, 2);
        double[] y = new double[30];
        for (int r = 0; r < 10; r++) {
            y[r * 3 + r % 3] = 1;
        }
        for (int i = 0; i < 5; i++) {
            m.trainBatch(x, y, 10);
        }
        return m;
    }

    private static Sequential target(int outputs) {
        Sequential m = new Sequential(4, 2);
        m.add(new Dense(6, Activations.RELU));
        m.add(new BatchNormalization());
        m.add(new Dense(outputs, Activations.SOFTMAX));
        return m;
    }

    @Test
    void copiesTheBaseIntoAModelWithAnotherHeadAndLeavesTheHead() {
        Sequential source = pretrained();
        Sequential t = target(2);
        double[] head = ((Dense) t.layer(2)).kernel().value().clone();
        WeightTransfer.copyLayers(source, t, 2);
        Parameter[] from = source.parameters();
        Parameter[] to = t.parameters();
        for (int k = 0; k < 6; k++) { // Dense kernel, bias; BN gamma, beta, moving mean, variance
            assertArrayEquals(from[k].value(), to[k].value(), to[k].name());
        }
        assertFalse(Arrays.equals(new double[6], ((BatchNormalization) t.layer(1)).movingMean().value()),
                "trained moving statistics came along");
        assertArrayEquals(head, ((Dense) t.layer(2)).kernel().value(), "the new head keeps its own initialisation");
        // Same base, same inference outputs of the base.
        double[] x = Numeric.randomArray(12, 3);
        double[] a = new double[18];
        double[] b = new double[18];
        new ActivationProbe(source, 1).read(x, 3, a);
        new ActivationProbe(t, 1).read(x, 3, b);
        assertArrayEquals(a, b);
    }

    @Test
    void mismatchedLayersAreRejectedAndNothingIsCopied() {
        Sequential source = pretrained();
        Sequential t = target(2);
        double[] before = ((Dense) t.layer(0)).kernel().value().clone();
        assertEquals("layer 2 differs: the source has Dense(3, softmax) on 6 inputs, the target Dense(2, softmax) on 6 inputs",
                assertThrows(IllegalArgumentException.class, () -> WeightTransfer.copyLayers(source, t, 3)).getMessage());
        assertArrayEquals(before, ((Dense) t.layer(0)).kernel().value());
        Sequential other = new Sequential(4, 3);
        other.add(new BatchNormalization());
        assertEquals("layer 0 differs: the source has Dense(6, relu) on 4 inputs, the target "
                + "BatchNormalization(momentum 0.99, epsilon 0.001) on 4 inputs",
                assertThrows(IllegalArgumentException.class, () -> WeightTransfer.copyLayers(source, other, 1)).getMessage());
        assertEquals("layers to copy must be in [1, 3] (the shorter model's layer count), got 0",
                assertThrows(IllegalArgumentException.class, () -> WeightTransfer.copyLayers(source, t, 0)).getMessage());
    }
}
