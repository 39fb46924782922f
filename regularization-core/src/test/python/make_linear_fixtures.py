#!/usr/bin/env python3
"""Writes the scikit-learn reference fixtures for reglab.core.linear.

Run with Debian's system Python and its scikit-learn (apt-get install -y python3-sklearn):

    /usr/bin/python3 regularization-core/src/test/python/make_linear_fixtures.py

Data sets come from the scikit-learn package itself (diabetes, breast_cancer) plus small
degenerate variants (a constant column, a duplicated column, more columns than rows). Each data
set is written as <name>.csv (header row, target column last, shortest round-trip decimals) and
each reference fit as <case>.expected.csv: one line per quantity, "key,v1,v2,...".

Reference fits use very tight tolerances so they sit at the exact optimum; the script checks the
optimality (KKT) conditions of every logistic fit and refuses to write one that is not tight.
"""
import os
import sys

import numpy as np
import sklearn
from sklearn.datasets import load_breast_cancer, load_diabetes
from sklearn.linear_model import ElasticNet, Lasso, LogisticRegression, Ridge, enet_path

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "fixtures", "linear")
TIGHT = dict(tol=1e-12, max_iter=1_000_000)


def write_data(name, X, y, columns):
    with open(os.path.join(OUT, name + ".csv"), "w") as f:
        f.write(",".join(list(columns) + ["target"]) + "\n")
        for row, t in zip(X, y):
            f.write(",".join(repr(float(v)) for v in row) + "," + repr(float(t)) + "\n")


def write_expected(case, data, params, values):
    with open(os.path.join(OUT, case + ".expected.csv"), "w") as f:
        f.write("# scikit-learn %s, numpy %s; data %s.csv\n" % (sklearn.__version__, np.__version__, data))
        f.write("data,%s\n" % data)
        for k, v in params.items():
            f.write("%s,%s\n" % (k, repr(float(v))))
        for k, v in values.items():
            arr = np.atleast_1d(np.asarray(v, dtype=float)).ravel()
            f.write(k + "," + ",".join(repr(float(a)) for a in arr) + "\n")


def linear_cases(data, X, y, ridge_alpha, lasso_alpha, enet_alpha, enet_ratio):
    m = Ridge(alpha=ridge_alpha).fit(X, y)
    write_expected("ridge_" + data, data, {"alpha": ridge_alpha}, {"coef": m.coef_, "intercept": m.intercept_})
    m = Lasso(alpha=lasso_alpha, **TIGHT).fit(X, y)
    d = Lasso(alpha=lasso_alpha).fit(X, y)
    write_expected("lasso_" + data, data, {"alpha": lasso_alpha},
                   {"coef": m.coef_, "intercept": m.intercept_,
                    "default_coef": d.coef_, "default_n_iter": d.n_iter_})
    m = ElasticNet(alpha=enet_alpha, l1_ratio=enet_ratio, **TIGHT).fit(X, y)
    d = ElasticNet(alpha=enet_alpha, l1_ratio=enet_ratio).fit(X, y)
    write_expected("enet_" + data, data, {"alpha": enet_alpha, "l1_ratio": enet_ratio},
                   {"coef": m.coef_, "intercept": m.intercept_,
                    "default_coef": d.coef_, "default_n_iter": d.n_iter_})


def path_case(data, X, y, l1_ratio, n_alphas=100, eps=1e-3):
    # enet_path fits no intercept: center first, as ElasticNetCV does.
    Xc = X - X.mean(axis=0)
    yc = y - y.mean()
    alphas, coefs, _ = enet_path(Xc, yc, l1_ratio=l1_ratio, n_alphas=n_alphas, eps=eps,
                                 tol=1e-12, max_iter=1_000_000)
    values = {"alphas": alphas}
    for k in range(len(alphas)):
        values["coefs_%d" % k] = coefs[:, k]
    write_expected("path_%s_%s" % ("lasso" if l1_ratio == 1 else "enet", data), data,
                   {"l1_ratio": l1_ratio, "n_alphas": n_alphas, "eps": eps}, values)


def kkt_violation(X, y, coef, intercept, C, penalty):
    p = 1 / (1 + np.exp(-(X @ coef + intercept)))
    g = C * X.T @ (p - y)
    gb = C * np.sum(p - y)
    if penalty == "l2":
        return max(np.max(np.abs(g + coef)), abs(gb))
    viol = np.where(coef != 0, np.abs(g + np.sign(coef)), np.maximum(np.abs(g) - 1, 0))
    return max(np.max(viol), abs(gb))


def logistic_case(data, X, y, penalty, C):
    if penalty == "l2":
        m = LogisticRegression(penalty="l2", C=C, solver="newton-cholesky", tol=1e-14, max_iter=1000).fit(X, y)
    else:
        m = LogisticRegression(penalty="l1", C=C, solver="saga", tol=1e-14, max_iter=2_000_000).fit(X, y)
    viol = kkt_violation(X, y, m.coef_[0], m.intercept_[0], C, penalty)
    print("logistic_%s_%s: KKT violation %.3g, n_iter %d" % (penalty, data, viol, m.n_iter_[0]))
    if viol > 1e-9:
        sys.exit("reference fit logistic_%s_%s is not tight enough (KKT violation %g)" % (penalty, data, viol))
    write_expected("logistic_%s_%s" % (penalty, data), data, {"C": C},
                   {"coef": m.coef_[0], "intercept": m.intercept_[0]})


def main():
    os.makedirs(OUT, exist_ok=True)
    diabetes = load_diabetes()
    X, y = diabetes.data, diabetes.target
    names = diabetes.feature_names
    write_data("diabetes", X, y, names)
    linear_cases("diabetes", X, y, 1.0, 0.1, 0.01, 0.5)
    path_case("diabetes", X, y, 1.0)
    path_case("diabetes", X, y, 0.5)

    # Degenerate variants: a constant column, a duplicated column, more columns than rows.
    Xs, ys = X[:60, :5], y[:60]
    Xk = np.column_stack([Xs, np.full(60, 3.0)])
    write_data("constant", Xk, ys, list(names[:5]) + ["const"])
    linear_cases("constant", Xk, ys, 0.5, 0.05, 0.02, 0.7)
    Xd = np.column_stack([Xs, Xs[:, 0]])
    write_data("duplicate", Xd, ys, list(names[:5]) + ["age_copy"])
    linear_cases("duplicate", Xd, ys, 0.5, 0.05, 0.02, 0.7)
    Xw, yw = X[:8], y[:8]
    write_data("wide", Xw, yw, names)
    linear_cases("wide", Xw, yw, 0.1, 0.5, 0.1, 0.6)
    path_case("wide", Xw, yw, 1.0, n_alphas=30, eps=1e-2)

    cancer = load_breast_cancer()
    Xb = cancer.data[:, :10]
    Xb = (Xb - Xb.mean(axis=0)) / Xb.std(axis=0)
    yb = cancer.target.astype(float)
    cnames = [n.replace(" ", "_") for n in cancer.feature_names[:10]]
    write_data("cancer", Xb, yb, cnames)
    logistic_case("cancer", Xb, yb, "l2", 1.0)
    logistic_case("cancer", Xb, yb, "l1", 0.1)
    Xe = np.column_stack([Xb[:80, :4], np.full(80, 2.0), Xb[:80, 0]])
    write_data("cancer_degenerate", Xe, yb[:80], cnames[:4] + ["const", "radius_copy"])
    logistic_case("cancer_degenerate", Xe, yb[:80], "l2", 0.5)
    Xv = cancer.data[::30]
    Xv = (Xv - Xv.mean(axis=0)) / Xv.std(axis=0)
    write_data("cancer_wide", Xv, cancer.target[::30].astype(float), [n.replace(" ", "_") for n in cancer.feature_names])
    logistic_case("cancer_wide", Xv, cancer.target[::30].astype(float), "l2", 0.3)
    logistic_case("cancer_wide", Xv, cancer.target[::30].astype(float), "l1", 1.0)


if __name__ == "__main__":
    main()
