package reglab.core.nn.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import reglab.core.data.Dataset;
import reglab.core.data.SubspaceClassification;
import reglab.core.nn.Sequential;
import reglab.core.nn.activation.Activations;
import reglab.core.nn.layer.Dense;
import reglab.core.nn.layer.Dropout;
import reglab.core.nn.loss.Losses;
import reglab.core.nn.metric.Accuracy;
import reglab.core.nn.optimizer.Adam;
import reglab.core.nn.penalty.L2;
import reglab.core.random.Rng;

/**
 * Training throughput of the document's Keras model (100-64-64-10, relu, l2(0.001), dropout 0.5,
 * softmax, Adam, categorical cross-entropy, accuracy) at batch 32 on the 100-feature set. One
 * invocation is one optimizer step on 32 samples, so JMH's ops/s are samples per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class KerasTrainingBenchmark {

    private static final int BATCH = 32;

    private Sequential model;
    private double[] x;
    private double[] y;
    private int batches;
    private int next;
    private double[] batchX;
    private double[] batchY;

    @Setup
    public void setUp() {
        Dataset d = SubspaceClassification.generate(3200, new Rng(1));
        x = d.x();
        y = d.y();
        batches = d.rows() / BATCH;
        batchX = new double[BATCH * 100];
        batchY = new double[BATCH * 10];
        model = new Sequential(100, 42);
        model.add(new Dense(64, Activations.RELU, new L2(0.001)));
        model.add(new Dropout(0.5));
        model.add(new Dense(64, Activations.RELU, new L2(0.001)));
        model.add(new Dropout(0.5));
        model.add(new Dense(10, Activations.SOFTMAX));
        model.compile(new Adam(), Losses.CATEGORICAL_CROSSENTROPY, new Accuracy());
        model.reserve(BATCH);
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public double trainBatch() {
        int b = next;
        next = next + 1 == batches ? 0 : next + 1;
        System.arraycopy(x, b * BATCH * 100, batchX, 0, BATCH * 100);
        System.arraycopy(y, b * BATCH * 10, batchY, 0, BATCH * 10);
        return model.trainBatch(batchX, batchY, BATCH);
    }
}
