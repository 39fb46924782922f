package reglab.applet.experiment.tuning;

import reglab.applet.run.PartedRun;
import reglab.core.data.Dataset;
import reglab.core.tuning.ElasticNetCV;

/**
 * One fold of cross-validation along the path, in one unit: {@link ElasticNetCV#foldErrors}, the
 * path fitted on the other folds' rows and scored on this fold's (a column of scikit-learn's
 * {@code mse_path_}). The schema's limits (400 rows × 50 features × 60 values) keep that unit
 * short.
 */
final class FoldPart implements PartedRun.Part {

    private final ElasticNetCV cv;
    private final Dataset data;
    private final double[] alphas;
    private final int fold;
    private double[] errors;
    private long samples;

    FoldPart(ElasticNetCV cv, Dataset data, double[] alphas, int fold) {
        this.cv = cv;
        this.data = data;
        this.alphas = alphas;
        this.fold = fold;
    }

    @Override
    public boolean advance() {
        if (errors == null) {
            errors = cv.foldErrors(data, alphas, fold);
            samples = (long) (data.rows() - cv.split(data).validationSize(fold)) * alphas.length;
        }
        return false;
    }

    @Override
    public boolean finished() {
        return errors != null;
    }

    @Override
    public long samples() {
        return samples;
    }

    @Override
    public double[] result() {
        return errors;
    }

    @Override
    public String resultJson() {
        return "{}";
    }
}
