package reglab.core.nn.optimizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import reglab.core.nn.parameter.Parameter;

/**
 * Single steps against numbers worked out by hand (shown in the comments), for one weight w = 1
 * with gradient 0.5 at step 1 and −0.2 at step 2, learning rate 0.1.
 */
class OptimizerStepTest {

    private static final double[] GRADS = {0.5, -0.2};

    private static double[] run(Optimizer opt) {
        Parameter p = new Parameter("w", 1, 1, true);
        Parameter frozen = new Parameter("moving", 1, 1, false);
        p.value()[0] = 1;
        frozen.value()[0] = 7;
        frozen.grad()[0] = 100;
        opt.attach(new Parameter[] {p, frozen});
        double[] w = new double[GRADS.length];
        for (int t = 0; t < GRADS.length; t++) {
            p.grad()[0] = GRADS[t];
            opt.step();
            w[t] = p.value()[0];
        }
        assertEquals(7.0, frozen.value()[0], "non-trainable parameters are never updated");
        return w;
    }

    @Test
    void sgdWithPyTorchWeightDecay() {
        // w − lr(g + λw): 1 − 0.1(0.5 + 0.01) = 0.949; 0.949 − 0.1(−0.2 + 0.00949) = 0.968051
        double[] w = run(new Sgd(0.1, 0.01));
        assertEquals(0.949, w[0], 1e-15);
        assertEquals(0.968051, w[1], 1e-15);
    }

    @Test
    void momentumKerasForm() {
        // v = −0.1(0.5 + 0.01) = −0.051, w = 0.949;
        // v = 0.9(−0.051) − 0.1(−0.2 + 0.00949) = −0.0459 + 0.019051 = −0.026849, w = 0.922151
        double[] w = run(new Momentum(0.1, 0.9, 0.01));
        assertEquals(0.949, w[0], 1e-15);
        assertEquals(0.922151, w[1], 1e-15);
    }

    @Test
    void adamFirstTwoSteps() {
        // t=1: m = 0.05, v = 0.00025, α = 0.1·√0.001/0.1 = 0.0316227766,
        //      w = 1 − α·0.05/(0.0158113883 + 1e-7) = 0.9000006324515…
        // t=2: m = 0.045 − 0.02 = 0.025, v = 0.00024975 + 0.00004·0.001 = 0.00028975,
        //      α = 0.1·√0.001999/0.19 = 0.0235317…, step = α·0.025/(0.0170220…+1e-7) = 0.0345603…
        double[] w = run(new Adam(0.1));
        assertEquals(0.9000006324515321, w[0], 1e-13);
        assertEquals(0.8654402506933558, w[1], 1e-13);
    }

    @Test
    void adamWDecaysBeforeTheAdamStep() {
        // t=1: w = 1 − 0.1·0.5·1 = 0.95, then the same Adam step as above: 0.8500006324515…
        // t=2: w = 0.85·(1 − 0.05) = 0.8075…, minus 0.0345603… = 0.7729402190707…
        double[] w = run(new AdamW(0.1, 0.5));
        assertEquals(0.850000632451532, w[0], 1e-13);
        assertEquals(0.7729402190707791, w[1], 1e-13);
    }

    @Test
    void kerasDefaults() {
        Adam adam = new Adam();
        assertEquals(0.001, adam.learningRate());
        assertEquals(1e-7, Adam.DEFAULT_EPSILON);
        assertEquals(0.004, new AdamW().weightDecay());
    }

    @Test
    void badLearningRatesAreRejectedNamingTheValue() {
        assertEquals("learning rate must be a finite number > 0, got -0.1",
                assertThrows(IllegalArgumentException.class, () -> new Sgd(-0.1)).getMessage());
        assertEquals("learning rate must be a finite number > 0, got NaN",
                assertThrows(IllegalArgumentException.class, () -> new Adam(Double.NaN)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Adam(0.1, 1.0, 0.999, 1e-7));
        assertThrows(IllegalArgumentException.class, () -> new Momentum(0.1, -0.5, 0));
        assertThrows(IllegalArgumentException.class, () -> new AdamW(0.1, -1));
    }

    @Test
    void adamsBiasCorrectionPowerIsAsAccurateAsItsDocumentSays() {
        for (double beta : new double[] {0.9, 0.999, 0.5}) {
            for (int t = 0; t <= 200_000; t += t < 100 ? 1 : 997) {
                double exact = StrictMath.pow(beta, t);
                double bound = (2 * Math.abs(t * Math.log(beta)) + 3) * Math.ulp(exact);
                assertEquals(exact, Adam.power(beta, t), bound, beta + "^" + t);
            }
        }
    }

    @Test
    void theRegistryMakesEachOptimizerByNameAtTheGivenRate() {
        assertEquals("sgd, momentum, adam, adamw", String.join(", ", Optimizers.names()));
        Class<?>[] kinds = {Sgd.class, Momentum.class, Adam.class, AdamW.class};
        for (int i = 0; i < kinds.length; i++) {
            Optimizer o = Optimizers.byName(Optimizers.names()[i], 0.25);
            assertEquals(kinds[i], o.getClass());
            assertEquals(0.25, o.learningRate());
        }
        assertEquals(0.9, ((Momentum) Optimizers.byName("momentum", 0.1)).momentum());
        assertEquals("unknown optimizer 'rmsprop', expected one of sgd, momentum, adam, adamw",
                assertThrows(IllegalArgumentException.class,
                        () -> Optimizers.byName("rmsprop", 0.1)).getMessage());
    }
}
