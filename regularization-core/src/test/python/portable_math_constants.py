"""Prints the constants reglab.core.math.PortableMath holds, from 60-80-digit arithmetic.

    python3 src/test/python/portable_math_constants.py

- 2^(j/16), j = 0..15, as a double (hi) and the double nearest the rest (lo), for exp;
- the [4/4] Pade approximant of tanh(x)/x in z = x^2 (mpmath.pade of its Taylor series),
  numerator and denominator coefficients from z^1 up, for tanh below 0.7;
- its relative truncation error on [0, 1), and the Taylor coefficients 1/k! and 2/(2k+1).
PortableMathTest checks the 2^(j/16) pairs independently (BigDecimal square roots).
"""
from decimal import Decimal, getcontext
import math

import mpmath as mp

getcontext().prec = 80
ln2 = Decimal(2).ln()
for j in range(16):
    t = (ln2 * j / 16).exp()
    hi = float(t)
    print(f"2^({j}/16): hi = {hi!r}, lo = {float(t - Decimal(hi))!r}")

mp.mp.dps = 60
taylor = mp.taylor(lambda x: mp.tanh(x) / x if x != 0 else mp.mpf(1), 0, 60)
in_z = [taylor[2 * i] for i in range(30)]
p, q = mp.pade(in_z, 4, 4)
print("tanh Pade numerator z^1..z^4:", [repr(float(c)) for c in p[1:]])
print("tanh Pade denominator z^1..z^4:", [repr(float(c)) for c in q[1:]])
worst = max(abs(x * mp.polyval(p[::-1], x * x) / mp.polyval(q[::-1], x * x) / mp.tanh(x) - 1)
            for x in (mp.mpf(i) / 4000 for i in range(1, 4001)))
print("tanh Pade truncation on (0, 1]:", mp.nstr(worst, 3))
print("1/k!, k = 2..13:", [repr(1 / math.factorial(k)) for k in range(2, 14)])
print("2/(2k+1), k = 1..11:", [repr(2 / (2 * k + 1)) for k in range(1, 12)])
