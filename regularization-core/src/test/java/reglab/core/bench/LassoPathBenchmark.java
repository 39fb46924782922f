package reglab.core.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import reglab.core.linear.ElasticNetPath;
import reglab.core.random.Rng;

/**
 * Times a 100-value lasso path ({@link ElasticNetPath} with scikit-learn's defaults) on a dense
 * data set, for {@code bench/lasso-path-vs-glmnet.sh}, which times R's glmnet on the same file.
 * Prints elapsed and CPU time of this thread (CPU time is the steadier figure on a shared
 * machine); it is not a test.
 *
 * <pre>
 *   generate FILE N P   write N rows × P Gaussian features and y = X·β + noise (20 non-zero β)
 *   run FILE [REPEATS]  read FILE (untimed), then time the path REPEATS times (default 3)
 *   csv FILE OUT.csv    write FILE's data as CSV for the command line (bench/cv-vs-glmnet.sh):
 *                       header x1..xP,y, values by Double.toString (which round-trips exactly)
 * </pre>
 *
 * File layout: int32 n, int32 p (little-endian), then X row-major as n·p little-endian float64,
 * then y as n float64.
 */
public final class LassoPathBenchmark {

    private LassoPathBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length >= 4 && args[0].equals("generate")) {
            generate(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
        } else if (args.length >= 3 && args[0].equals("csv")) {
            csv(Path.of(args[1]), Path.of(args[2]));
        } else if (args.length >= 2 && args[0].equals("run")) {
            run(Path.of(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 3);
        } else {
            System.err.println("usage: LassoPathBenchmark generate FILE N P | run FILE [REPEATS] | csv FILE OUT.csv");
            System.exit(2);
        }
    }

    private static void generate(Path file, int n, int p) throws IOException {
        Rng rng = new Rng(20240601);
        double[] beta = new double[p];
        for (int k = 0; k < Math.min(20, p); k++) {
            beta[rng.nextInt(p)] = rng.uniform(-2, 2);
        }
        ByteBuffer buf = ByteBuffer.allocate(8 + 8 * (n * (p + 1))).order(ByteOrder.LITTLE_ENDIAN);
        buf.putInt(n).putInt(p);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < p; j++) {
                double v = rng.nextGaussian();
                buf.putDouble(v);
                s += v * beta[j];
            }
            y[i] = s + rng.nextGaussian();
        }
        for (double v : y) {
            buf.putDouble(v);
        }
        buf.flip();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
        }
        System.out.println("wrote " + file + ": " + n + " x " + p);
    }

    /** The file's data set: {@code x} row-major n-by-p. */
    private static final class Data {
        final int n;
        final int p;
        final double[] x;
        final double[] y;

        Data(int n, int p, double[] x, double[] y) {
            this.n = n;
            this.p = p;
            this.x = x;
            this.y = y;
        }
    }

    private static Data read(Path file) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        int n = buf.getInt();
        int p = buf.getInt();
        double[] x = new double[n * p];
        double[] y = new double[n];
        buf.asDoubleBuffer().get(x).get(y);
        return new Data(n, p, x, y);
    }

    private static void csv(Path file, Path out) throws IOException {
        Data d = read(file);
        int n = d.n;
        int p = d.p;
        double[] x = d.x;
        double[] y = d.y;
        try (java.io.Writer w = Files.newBufferedWriter(out)) {
            for (int j = 0; j < p; j++) {
                w.write("x" + (j + 1) + ",");
            }
            w.write("y\n");
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < n; i++) {
                line.setLength(0);
                for (int j = 0; j < p; j++) {
                    line.append(x[i * p + j]).append(',');
                }
                w.write(line.append(y[i]).append('\n').toString());
            }
        }
        System.out.println("wrote " + out + ": " + n + " rows, " + p + " features and y");
    }

    private static void run(Path file, int repeats) throws IOException {
        Data d = read(file);
        int n = d.n;
        int p = d.p;
        double[] x = d.x;
        double[] y = d.y;
        ElasticNetPath path = new ElasticNetPath(1.0);
        ThreadMXBean cpuClock = ManagementFactory.getThreadMXBean();
        double best = Double.POSITIVE_INFINITY;
        double bestCpu = Double.POSITIVE_INFINITY;
        ElasticNetPath.Result r = null;
        for (int k = 0; k < repeats; k++) {
            long c0 = cpuClock.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            r = path.fit(x, n, p, y);
            double s = (System.nanoTime() - t0) / 1e9;
            double cpu = (cpuClock.getCurrentThreadCpuTime() - c0) / 1e9;
            best = Math.min(best, s);
            bestCpu = Math.min(bestCpu, cpu);
            System.out.printf("reglab run %d: %.3f s elapsed, %.3f s cpu%n", k + 1, s, cpu);
        }
        int last = r.size() - 1;
        int nonzero = 0;
        int passes = 0;
        for (int k = 0; k < r.size(); k++) {
            passes += r.fit(k).iterations();
        }
        for (double w : r.fit(last).coef()) {
            nonzero += w != 0 ? 1 : 0;
        }
        System.out.printf("reglab best: %.3f s elapsed, %.3f s cpu  (%d x %d, %d alphas, alpha %.6g .. %.6g, %d passes, %d non-zero at the end)%n",
                best, bestCpu, n, p, r.size(), r.alphas()[0], r.alphas()[last], passes, nonzero);
        // Every alpha's coefficients, for the script's accuracy check and cross-check against glmnet.
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < r.size(); k++) {
            sb.append("coef ").append(k + 1).append(' ').append(r.alphas()[k]);
            for (double w : r.fit(k).coef()) {
                sb.append(' ').append(w);
            }
            sb.append('\n');
        }
        Files.writeString(Path.of(file + ".reglab-coefs.txt"), sb.toString());
    }
}
