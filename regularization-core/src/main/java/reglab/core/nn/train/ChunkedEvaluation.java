package reglab.core.nn.train;

import reglab.core.data.Dataset;
import reglab.core.nn.Sequential;

/**
 * One inference-mode evaluation of a data set spread over several pieces of work, a chunk of rows
 * each, so a trainer driven by a page's time slices never evaluates a large set in one go. The
 * result is bit for bit {@code model.evaluate(x, y, rows, chunk, result)}: the same slices, the
 * same sums, divided once at the end. Allocates only when made.
 */
final class ChunkedEvaluation {

    private final Sequential model;
    private final int chunk;
    private final double[] sums = new double[3];
    private final double[] result = new double[2];
    private Dataset data;
    private int position;

    ChunkedEvaluation(Sequential model, int chunk) {
        this.model = model;
        this.chunk = chunk;
    }

    /** Starts evaluating {@code d} (read, never modified). */
    void start(Dataset d) {
        data = d;
        position = 0;
        sums[0] = 0;
        sums[1] = 0;
        sums[2] = 0;
    }

    /** Evaluates the next chunk; true once the whole set is done and {@link #loss} is ready. */
    boolean step() {
        int rows = Math.min(chunk, data.rows() - position);
        model.evaluateSlice(data.x(), data.y(), position, rows, sums);
        position += rows;
        if (position < data.rows()) {
            return false;
        }
        model.finishEvaluation(sums, data.rows(), result);
        return true;
    }

    /** Mean loss with penalties, as Keras reports it. */
    double loss() {
        return result[0];
    }

    /** Mean metric, NaN without one. */
    double metric() {
        return result[1];
    }
}
