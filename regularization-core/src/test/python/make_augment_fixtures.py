#!/usr/bin/env python3
"""Writes the SciPy reference for reglab.core.augment.ImageWarp (ImageWarpTest).

Run with Debian's system Python and its SciPy (apt-get install -y python3-scipy):

    /usr/bin/python3 regularization-core/src/test/python/make_augment_fixtures.py

Every transform is computed by scipy.ndimage with order=1 (bilinear) and mode='grid-constant',
cval=0 (neighbours outside the image count as 0): rotations by ndimage.rotate(reshape=False),
shifts by ndimage.shift, and the general and combined maps by ndimage.affine_transform with a
matrix derived here independently (the inverse of the forward homogeneous matrix, by
numpy.linalg.inv). One line per quantity, "key,v1,v2,...":

    image_<k>,<h>,<w>,<pixels row-major>
    <case>,<image k>,<parameters...>,<output pixels row-major>
"""
import os

import numpy as np
import scipy
from scipy import ndimage
from sklearn.datasets import load_digits

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "fixtures", "augment",
                   "warp.expected.csv")
KW = dict(order=1, mode="grid-constant", cval=0.0)


def fmt(values):
    return ",".join(repr(float(v)) for v in np.asarray(values, dtype=float).ravel())


def forward_matrix(h, w, degrees, scale, dy, dx):
    """Homogeneous (row, col) map of: turn counter-clockwise as drawn, scale, then shift."""
    c = np.array([(h - 1) / 2.0, (w - 1) / 2.0])
    t = np.radians(degrees)
    # Rows grow downward, so counter-clockwise on screen is this matrix in (row, col).
    rot = np.array([[np.cos(t), -np.sin(t)], [np.sin(t), np.cos(t)]])
    lin = scale * rot
    m = np.eye(3)
    m[:2, :2] = lin
    m[:2, 2] = c + np.array([dy, dx]) - lin @ c
    return m


def main():
    digits = load_digits()
    rng = np.random.default_rng(20240611)
    images = [digits.images[0] / 16.0, digits.images[100] / 16.0, rng.random((5, 7))]
    lines = ["# scipy %s, numpy %s" % (scipy.__version__, np.__version__)]
    for k, im in enumerate(images):
        lines.append("image_%d,%d,%d,%s" % (k, im.shape[0], im.shape[1], fmt(im)))

    for k in range(3):
        for deg in (17.0, -90.0, 135.0):
            out = ndimage.rotate(images[k], deg, reshape=False, **KW)
            lines.append("rotate_%d_%d,%d,%r,%s" % (k, int(deg), k, deg, fmt(out)))
        for dy, dx in ((1.3, -0.6), (-2.0, 3.0)):
            out = ndimage.shift(images[k], (dy, dx), **KW)
            lines.append("shift_%d_%s_%s,%d,%r,%r,%s" % (k, dy, dx, k, dy, dx, fmt(out)))
        for deg, s, dy, dx in ((12.0, 1.15, 0.4, -0.7), (-25.0, 0.8, -1.1, 0.9)):
            h, w = images[k].shape
            inv = np.linalg.inv(forward_matrix(h, w, deg, s, dy, dx))
            out = ndimage.affine_transform(images[k], inv[:2, :2], offset=inv[:2, 2], **KW)
            lines.append("combined_%d_%s,%d,%r,%r,%r,%r,%s" % (k, deg, k, deg, s, dy, dx, fmt(out)))
    # A general matrix, sample points well outside the image included.
    mat = np.array([[0.9, 0.35], [-0.2, 1.25]])
    off = np.array([-1.7, 0.45])
    for k in range(3):
        out = ndimage.affine_transform(images[k], mat, offset=off, **KW)
        lines.append("affine_%d,%d,%s,%s" % (k, k, fmt(np.concatenate([mat.ravel(), off])), fmt(out)))
    with open(OUT, "w") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote " + os.path.normpath(OUT))


if __name__ == "__main__":
    main()
