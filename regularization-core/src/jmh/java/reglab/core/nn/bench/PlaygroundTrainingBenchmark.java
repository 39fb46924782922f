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
import org.openjdk.jmh.infra.Blackhole;
import reglab.core.data.Dataset;
import reglab.core.data.PlaygroundData;
import reglab.core.nn.Sequential;
import reglab.core.nn.activation.Activations;
import reglab.core.nn.layer.Dense;
import reglab.core.nn.loss.Losses;
import reglab.core.nn.optimizer.Sgd;
import reglab.core.random.Rng;

/**
 * Training throughput of a TensorFlow Playground-size network: 2-8-8-1, tanh everywhere, squared
 * error, SGD, batch 10 (the playground's defaults), on the circle set. One invocation is one
 * optimizer step on 10 samples, so JMH's ops/s are samples per second. The heat-map benchmark
 * predicts a 100 × 100 grid, one op per grid point.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PlaygroundTrainingBenchmark {

    private static final int BATCH = 10;
    private static final int GRID = 100;

    private Sequential model;
    private double[] x;
    private double[] y;
    private int batches;
    private int next;
    private double[] batchX;
    private double[] batchY;
    private double[] grid;
    private double[] gridOut;

    @Setup
    public void setUp() {
        Dataset d = PlaygroundData.circle(500, 0.1, new Rng(1));
        x = d.x();
        y = d.y();
        batches = d.rows() / BATCH;
        batchX = new double[BATCH * 2];
        batchY = new double[BATCH];
        model = new Sequential(2, 7);
        model.add(new Dense(8, Activations.TANH));
        model.add(new Dense(8, Activations.TANH));
        model.add(new Dense(1, Activations.TANH));
        model.compile(new Sgd(0.03), Losses.MEAN_SQUARED_ERROR);
        model.reserve(BATCH);
        grid = new double[GRID * GRID * 2];
        for (int i = 0; i < GRID; i++) {
            for (int j = 0; j < GRID; j++) {
                grid[2 * (i * GRID + j)] = -6 + 12.0 * j / (GRID - 1);
                grid[2 * (i * GRID + j) + 1] = -6 + 12.0 * i / (GRID - 1);
            }
        }
        gridOut = new double[GRID * GRID];
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public double trainBatch() {
        int b = next;
        next = next + 1 == batches ? 0 : next + 1;
        System.arraycopy(x, b * BATCH * 2, batchX, 0, BATCH * 2);
        System.arraycopy(y, b * BATCH, batchY, 0, BATCH);
        return model.trainBatch(batchX, batchY, BATCH);
    }

    @Benchmark
    @OperationsPerInvocation(GRID * GRID)
    public void predictHeatMap(Blackhole bh) {
        model.predict(grid, GRID * GRID, gridOut);
        bh.consume(gridOut);
    }
}
