#!/usr/bin/env python3
"""Writes the scikit-learn reference for reglab.core.data.Digits (DigitsTest).

Run with Debian's system Python and its scikit-learn (apt-get install -y python3-sklearn):

    /usr/bin/python3 regularization-core/src/test/python/make_digits_fixtures.py

Reads load_digits() directly (not the asset make_digits_asset.py writes), so the test compares the
Java decoder's output with scikit-learn's arrays. One line per quantity, "key,v1,v2,...":
the shape, the count of each label, SHA-256 over every pixel (one byte each, image-major) followed
by every label (one byte each), and a few whole rows.
"""
import hashlib
import os

import numpy as np
import sklearn
from sklearn.datasets import load_digits

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "fixtures", "digits",
                   "digits.expected.csv")
ROWS = [0, 1, 2, 100, 1000, 1796]


def main():
    d = load_digits()
    pixels = d.data.astype(np.uint8)
    labels = d.target.astype(np.uint8)
    assert np.array_equal(pixels, d.data) and np.array_equal(labels, d.target)
    digest = hashlib.sha256(pixels.tobytes(order="C") + labels.tobytes()).hexdigest()
    with open(OUT, "w") as f:
        f.write("# scikit-learn %s, numpy %s: sklearn.datasets.load_digits()\n"
                % (sklearn.__version__, np.__version__))
        f.write("shape,%d,%d,%d\n" % (pixels.shape[0], d.images.shape[1], d.images.shape[2]))
        f.write("class_counts,%s\n" % ",".join(str(int(c)) for c in np.bincount(labels, minlength=10)))
        f.write("pixel_sum,%d\n" % int(pixels.astype(np.int64).sum()))
        f.write("sha256,%s\n" % digest)
        for r in ROWS:
            f.write("row_%d,%d,%s\n" % (r, labels[r], ",".join(str(int(v)) for v in pixels[r])))
    print("wrote " + os.path.normpath(OUT))


if __name__ == "__main__":
    main()
