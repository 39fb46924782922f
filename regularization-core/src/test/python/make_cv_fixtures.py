#!/usr/bin/env python3
"""Writes the cross-validation reference fixtures for reglab.core.tuning.ElasticNetCV.

Run with Debian's system Python, scikit-learn and R glmnet
(apt-get install -y python3-sklearn r-cran-glmnet):

    /usr/bin/python3 regularization-core/src/test/python/make_cv_fixtures.py

scikit-learn cases (cv_<model>_<data>.expected.csv): LassoCV / ElasticNetCV with cv=KFold(K)
(no shuffling), once run to the optimum (tol=1e-12) and once with the default tol=1e-4; the
keys are the estimator's attributes: alphas_, alpha_, mse_path_ (one line per alpha,
"mse_path_<a>", one value per fold), coef_, intercept_ (refitted on all data at alpha_).

glmnet case (cv_glmnet_lasso_diabetes.expected.csv): cv.glmnet on the same data with the same
folds (foldid = KFold's consecutive blocks) and the same lambda grid (scikit-learn's alphas_),
standardize=FALSE, intercept=TRUE, thresh=1e-14, via cv_glmnet.R next to this script. Its keys
are cv.glmnet's: lambda, cvm, cvsd, lambda.min, lambda.1se and their 0-based indices. Only the
lasso is compared with glmnet: glmnet scales each fit's y to unit variance before solving, which
leaves the lasso's solution unchanged (the penalty is scaled with y) but not the elastic net's
(its ridge part is not), and inside cv.glmnet every fold is scaled by its own variance.

Data sets are written as in make_linear_fixtures.py (<name>.csv, target column last); diabetes.csv
comes from that script and is reused.
"""
import os
import subprocess
import tempfile

import numpy as np
import sklearn
from sklearn.datasets import load_diabetes, make_regression
from sklearn.linear_model import ElasticNetCV, LassoCV
from sklearn.model_selection import KFold

from make_linear_fixtures import OUT, write_data, write_expected

HERE = os.path.dirname(os.path.abspath(__file__))
TIGHT = dict(tol=1e-12, max_iter=1_000_000)


def cv_values(model):
    values = {"alphas": model.alphas_, "alpha": model.alpha_, "coef": model.coef_, "intercept": model.intercept_}
    for a in range(len(model.alphas_)):
        values["mse_path_%d" % a] = model.mse_path_[a]
    return values


def cv_case(data, X, y, l1_ratio, folds, n_alphas=100, eps=1e-3):
    """One data set and model, at the optimum and at scikit-learn's default tolerance."""
    def make(**solver):
        if l1_ratio == 1:
            return LassoCV(cv=KFold(folds), n_alphas=n_alphas, eps=eps, **solver)
        return ElasticNetCV(l1_ratio=l1_ratio, cv=KFold(folds), n_alphas=n_alphas, eps=eps, **solver)

    tight = make(**TIGHT).fit(X, y)
    default = make().fit(X, y)
    values = cv_values(tight)
    for key, v in cv_values(default).items():
        if key != "alphas":
            values["default_" + key] = v
    case = "cv_%s_%s" % ("lasso" if l1_ratio == 1 else "enet", data)
    write_expected(case, data, {"l1_ratio": l1_ratio, "folds": folds, "n_alphas": n_alphas, "eps": eps}, values)
    sizes = [len(test) for _, test in KFold(folds).split(X)]
    print("%s: fold sizes %s, alpha_ %.6g (default tol %.6g)" % (case, sizes, tight.alpha_, default.alpha_))
    return tight


def glmnet_case(data, X, y, folds, alphas):
    foldid = np.concatenate([np.full(len(test), k + 1) for k, (_, test) in enumerate(KFold(folds).split(X))])
    with tempfile.TemporaryDirectory() as tmp:
        np.savetxt(os.path.join(tmp, "x.txt"), X, fmt="%r")
        np.savetxt(os.path.join(tmp, "y.txt"), y, fmt="%r")
        np.savetxt(os.path.join(tmp, "foldid.txt"), foldid, fmt="%d")
        np.savetxt(os.path.join(tmp, "lambda.txt"), alphas, fmt="%r")
        out = os.path.join(tmp, "out.txt")
        version = subprocess.run(["Rscript", os.path.join(HERE, "cv_glmnet.R"), tmp, out],
                                 check=True, capture_output=True, text=True).stdout.strip()
        values = {}
        with open(out) as f:
            for line in f:
                key, *rest = line.split()
                values[key] = np.array([float(v) for v in rest])
    case = "cv_glmnet_lasso_%s" % data
    with open(os.path.join(OUT, case + ".expected.csv"), "w") as f:
        f.write("# %s via cv_glmnet.R; folds = KFold(%d) blocks; lambda = scikit-learn %s alphas_; data %s.csv\n"
                % (version, folds, sklearn.__version__, data))
        f.write("data,%s\n" % data)
        f.write("folds,%r\n" % float(folds))
        for key, v in values.items():
            f.write(key + "," + ",".join(repr(float(a)) for a in v) + "\n")
    print("%s: lambda.min #%d, lambda.1se #%d" % (case, values["index_min"][0], values["index_1se"][0]))


def main():
    diabetes = load_diabetes()
    X, y = diabetes.data, diabetes.target
    # 442 rows: 5 folds of 89, 89, 88, 88, 88 rows, 10 folds of 45 (twice) and 44.
    lasso = cv_case("diabetes", X, y, 1.0, 5)
    cv_case("diabetes", X, y, 0.5, 10)
    glmnet_case("diabetes", X, y, 10, lasso.alphas_)

    # More columns than rows, a few informative: 60 rows in 4 equal folds, 100 columns.
    Xs, ys = make_regression(n_samples=60, n_features=100, n_informative=5, noise=5.0, random_state=3)
    write_data("sparse_wide", Xs, ys, ["x%d" % j for j in range(100)])
    cv_case("sparse_wide", Xs, ys, 1.0, 4, n_alphas=40, eps=1e-2)
    cv_case("sparse_wide", Xs, ys, 0.7, 3, n_alphas=40, eps=1e-2)


if __name__ == "__main__":
    main()
