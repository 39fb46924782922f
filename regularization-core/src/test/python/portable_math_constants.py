"""Prints the tanh constants reglab.core.math.PortableMath holds, from 60-digit arithmetic.

    python3 src/test/python/portable_math_constants.py

- the [4/4] Pade approximant of tanh(x)/x in z = x^2 (mpmath.pade of its Taylor series),
  numerator and denominator coefficients from z^1 up, for tanh below 0.7;
- its relative truncation error on (0, 1].
exp's P1..P5 and log's Lg1..Lg7 are fdlibm's (e_exp.c, e_log.c), not computed here;
PortableMathTest checks every function against StrictMath (fdlibm) on millions of arguments.
"""
import mpmath as mp

mp.mp.dps = 60
taylor = mp.taylor(lambda x: mp.tanh(x) / x if x != 0 else mp.mpf(1), 0, 60)
in_z = [taylor[2 * i] for i in range(30)]
p, q = mp.pade(in_z, 4, 4)
print("tanh Pade numerator z^1..z^4:", [repr(float(c)) for c in p[1:]])
print("tanh Pade denominator z^1..z^4:", [repr(float(c)) for c in q[1:]])
worst = max(abs(x * mp.polyval(p[::-1], x * x) / mp.polyval(q[::-1], x * x) / mp.tanh(x) - 1)
            for x in (mp.mpf(i) / 4000 for i in range(1, 4001)))
print("tanh Pade truncation on (0, 1]:", mp.nstr(worst, 3))
