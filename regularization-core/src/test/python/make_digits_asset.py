#!/usr/bin/env python3
"""Writes the handwritten-digits asset that reglab.core.data.Digits decodes.

Run with Debian's system Python and its scikit-learn (apt-get install -y python3-sklearn):

    /usr/bin/python3 regularization-core/src/test/python/make_digits_asset.py

The source is scikit-learn's copy of the UCI "Optical Recognition of Handwritten Digits" test set
(sklearn/datasets/data/digits.csv.gz, returned by load_digits): 1,797 images of 8x8 integer pixels
in 0..16 and their labels 0..9. The asset is one JavaScript file, so a page opened from file:// can
load it with a <script> tag (it defines globalThis.reglabDigits, a string), while the JVM reads the
same file as a classpath resource. The string is the payload Digits.decode reads:

    line 1:  "reglab-digits 1 <height> <width> <count>"
    then one line per image: height*width pixel characters, row-major, each pixel 0..16 written as
    one base-17 digit ("0".."9", "a".."g"), followed by the label digit.

Only [0-9a-g\\n ] and the header's letters occur, so the JavaScript template literal needs no escapes.
The row order is scikit-learn's.
"""
import os

import numpy as np
import sklearn
from sklearn.datasets import load_digits

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "main", "resources",
                   "reglab", "core", "data", "digits", "reglab-digits.js")
SYMBOLS = "0123456789abcdefg"

HEADER_COMMENT = """\
// Handwritten digits for the reglab lab: 1,797 images of 8x8 pixels (values 0..16) with labels 0..9.
// Source: E. Alpaydin and C. Kaynak, "Optical Recognition of Handwritten Digits", UCI Machine
// Learning Repository, 1998, https://doi.org/10.24432/C50P49, licensed under CC BY 4.0
// (https://creativecommons.org/licenses/by/4.0/). This is the UCI test set (optdigits.tes) as
// scikit-learn %s ships it for load_digits (sklearn/datasets/data/digits.csv.gz), same values in
// the same order; changed only in encoding (one base-17 character per pixel, then the label), by
// regularization-core/src/test/python/make_digits_asset.py. See NOTICE.txt next to this file.
// Decoded by reglab.core.data.Digits.decode(globalThis.reglabDigits).
"""


def main():
    digits = load_digits()
    pixels = digits.data.astype(np.int64)
    labels = digits.target.astype(np.int64)
    n, size = pixels.shape
    h, w = digits.images.shape[1:]
    assert (n, size, h * w) == (1797, 64, 64), (n, size, h, w)
    assert pixels.min() >= 0 and pixels.max() <= 16 and np.array_equal(pixels, digits.data)
    assert labels.min() >= 0 and labels.max() <= 9
    lines = ["reglab-digits 1 %d %d %d" % (h, w, n)]
    for row, label in zip(pixels, labels):
        lines.append("".join(SYMBOLS[v] for v in row) + SYMBOLS[label])
    with open(OUT, "w", newline="\n") as f:
        f.write(HEADER_COMMENT % sklearn.__version__)
        f.write("globalThis.reglabDigits = `")
        f.write("\n".join(lines))
        f.write("\n`;\n")
    print("wrote %s (%d bytes)" % (os.path.normpath(OUT), os.path.getsize(OUT)))


if __name__ == "__main__":
    main()
