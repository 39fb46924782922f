#!/usr/bin/env python3
"""Writes the references for reglab.core.tuning.bayes (GaussianProcessTest, ExpectedImprovementTest).

Run with Debian's system Python, scikit-learn and mpmath (apt-get install -y python3-sklearn
python3-mpmath):

    /usr/bin/python3 regularization-core/src/test/python/make_bayes_fixtures.py

gp.expected.csv: GaussianProcessRegressor(kernel, alpha, optimizer=None, normalize_y) on fixed data:
predictive mean and standard deviation at test points and log_marginal_likelihood_value_; and, for
the hyperparameter grid, scikit-learn's own maximum of the log marginal likelihood (L-BFGS-B with
restarts) over the same bounds, for each noise ratio of LikelihoodGrid.noiseRatios().
normal.expected.csv: Phi(x) and expected improvement from mpmath at 50 digits, the closed form of
Jones et al. (1998) evaluated without rounding.
"""
import os
import warnings

import mpmath
import numpy as np
import sklearn
from sklearn.gaussian_process import GaussianProcessRegressor
from sklearn.gaussian_process.kernels import RBF, ConstantKernel, Matern, WhiteKernel

DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "fixtures", "bayes")
NOISE_RATIOS = [1e-6, 1e-4, 1e-2, 1e-1]   # LikelihoodGrid.noiseRatios()
LENGTH_BOUNDS = (0.04, 2.5)               # the ends of LikelihoodGrid.lengthScales()


def fmt(values):
    return ",".join(repr(float(v)) for v in np.asarray(values, dtype=float).ravel())


def gp_case(lines, name, kernel_name, variance, lengths, alpha, normalize, X, y, Xs):
    base = Matern(length_scale=lengths, nu=2.5, length_scale_bounds="fixed") if kernel_name == "matern52" \
        else RBF(length_scale=lengths, length_scale_bounds="fixed")
    kernel = ConstantKernel(variance, constant_value_bounds="fixed") * base
    gp = GaussianProcessRegressor(kernel=kernel, alpha=alpha, optimizer=None, normalize_y=normalize).fit(X, y)
    mean, std = gp.predict(Xs, return_std=True)
    n, d = X.shape
    lines.append("%s_setup,%s,%r,%r,%d,%d,%d,%d,%s" % (name, {"matern52": 0, "rbf": 1}[kernel_name], variance,
                                                     alpha, int(normalize), n, d, len(Xs),
                                                     fmt(np.atleast_1d(lengths))))
    lines.append("%s_x,%s" % (name, fmt(X)))
    lines.append("%s_y,%s" % (name, fmt(y)))
    lines.append("%s_xs,%s" % (name, fmt(Xs)))
    lines.append("%s_mean,%s" % (name, fmt(mean)))
    lines.append("%s_std,%s" % (name, fmt(std)))
    lines.append("%s_lml,%r" % (name, float(gp.log_marginal_likelihood_value_)))


def max_likelihood(lines, name, X, y):
    """scikit-learn's best log marginal likelihood of C * (Matern52(l_1..l_d) + White(g)), per g."""
    best = []
    for g in NOISE_RATIOS:
        kernel = ConstantKernel(1.0, (1e-6, 1e6)) * (
            Matern(length_scale=[0.5] * X.shape[1], length_scale_bounds=LENGTH_BOUNDS, nu=2.5)
            + WhiteKernel(g, noise_level_bounds="fixed"))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            gp = GaussianProcessRegressor(kernel=kernel, alpha=0.0, normalize_y=True, n_restarts_optimizer=20,
                                          random_state=0).fit(X, y)
        best.append(gp.log_marginal_likelihood_value_)
    lines.append("%s_x,%s" % (name, fmt(X)))
    lines.append("%s_y,%s" % (name, fmt(y)))
    lines.append("%s_shape,%d,%d" % (name, X.shape[0], X.shape[1]))
    lines.append("%s_best_lml,%s" % (name, fmt(best)))


def main():
    rng = np.random.default_rng(7)
    lines = ["# scikit-learn %s, numpy %s" % (sklearn.__version__, np.__version__)]
    X = rng.random((12, 2))
    y = np.sin(6 * X[:, 0]) + X[:, 1] ** 2 + 0.05 * rng.standard_normal(12)
    Xs = np.vstack([rng.random((14, 2)), X[:1]])   # the last test point is a training point
    gp_case(lines, "matern_ard_norm", "matern52", 1.7, [0.3, 0.6], 1e-4, True, X, y, Xs)
    gp_case(lines, "matern_iso_raw", "matern52", 0.9, 0.4, 1e-10, False, X, 3 * y - 1, Xs)
    X3 = rng.random((9, 3))
    y3 = X3 @ np.array([1.0, -2.0, 0.5]) + np.cos(4 * X3[:, 2])
    gp_case(lines, "rbf_iso_raw", "rbf", 0.8, 0.25, 1e-6, False, X3, y3, rng.random((10, 3)))
    gp_case(lines, "rbf_ard_norm", "rbf", 2.5, [0.5, 1.5, 0.2], 1e-3, True, X3, 10 * y3, rng.random((10, 3)))
    Xl = rng.random((20, 2))
    yl = (Xl[:, 0] - 0.3) ** 2 * 4 + np.sin(9 * Xl[:, 1]) * 0.5 + 0.05 * rng.standard_normal(20)
    max_likelihood(lines, "ml", Xl, yl)
    with open(os.path.join(DIR, "gp.expected.csv"), "w") as f:
        f.write("\n".join(lines) + "\n")

    mpmath.mp.dps = 50
    xs = [-40, -30, -12.5, -8, -5, -3, -2.6, -2.5, -2.4999, -2, -1, -0.3, 0, 1e-3, 0.7, 1.5, 2.4999, 2.5, 3.1,
          5, 8.25, 9]
    lines = ["# mpmath %s at %d digits" % (mpmath.__version__, mpmath.mp.dps),
             "cdf_x,%s" % fmt(xs),
             "cdf,%s" % ",".join(repr(float(mpmath.ncdf(mpmath.mpf(x)))) for x in xs)]
    cases = []
    for mean, std, best, xi in [(0.2, 0.5, 0.1, 0.01), (0.0, 1.0, 0.0, 0.0), (-1.0, 0.3, 0.5, 0.01),
                                (3.0, 0.2, 0.0, 0.0), (3.0, 0.1, 0.0, 0.0), (2.0, 0.05, 0.0, 0.01),
                                (1.0, 0.04, 0.0, 0.0), (0.1, 0.4, 0.2, 0.05), (5.0, 2.0, 4.9, 0.0),
                                (0.51, 0.2, 0.0, 0.0), (0.49, 0.2, 0.0, 0.0)]:
        u = (mpmath.mpf(best) - mean - xi) / std
        ei = std * (u * mpmath.ncdf(u) + mpmath.npdf(u))
        cases.append((mean, std, best, xi, float(ei)))
    lines.append("ei_cases,%d" % len(cases))
    for i, c in enumerate(cases):
        lines.append("ei_%d,%s" % (i, fmt(c)))
    with open(os.path.join(DIR, "normal.expected.csv"), "w") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote " + os.path.normpath(DIR))


if __name__ == "__main__":
    main()
