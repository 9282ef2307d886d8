"""Baseline: the same order-by-order slow-manifold iteration on plain SymPy ``Expr`` in κ.

Coefficients are rational functions of κ kept reduced with ``cancel`` after every operation
(gcd per operation) — the straightforward implementation the flint ring replaces.  Used only
by ``bench_engine.py`` to measure the speed-up; it does not know about the quotient ring.
"""
from __future__ import annotations

import sys
import time

import sympy as sp
from sympy.polys.matrices import DomainMatrix

from symms.manifold.spec import parse_v
from symms.models.diffusion import diffusion_spec
from symms.naming import offset_name, parse_offset_name


def _shift(expr, e):
    if e == 0:
        return expr
    subs = {s: sp.Symbol(offset_name("kappa", parse_offset_name(s.name)[1] + 2 * e)) for s in expr.free_symbols}
    return expr.xreplace(subs)


def derive(order: int, report=print):
    spec = diffusion_spec()
    n = spec.n
    terms = []  # row -> [(q, e, i, coef)]
    for row in spec.rows:
        expr = sp.expand(row)
        out = []
        for sym in expr.free_symbols:
            if parse_v(sym):
                e, i = parse_v(sym)
                for (q,), c in sp.Poly(expr.coeff(sym), spec.gamma).terms():
                    out.append((q, e, i, c))
        terms.append(out)
    L0 = sp.zeros(n, n)
    for r in range(n):
        for q, e, i, c in terms[r]:
            if q == 0:
                L0[r, i] += c
    B = sp.zeros(n + 1, n + 1)
    B[:n, :n] = L0
    for r in range(n):
        B[r, n] = -int(spec.dynamic[r])
    B[n, :n] = sp.Matrix([list(spec.amplitude)])
    # Matrix.inv() alone takes minutes here; the baseline gets the exact inverse the fast way
    Binv = DomainMatrix.from_Matrix(B).to_field().inv().to_Matrix().applyfunc(sp.cancel)
    c = [[{0: sp.Integer(1)} for _ in range(n)]]
    g = [{}]
    for p in range(1, order + 1):
        t0 = time.perf_counter()
        R = []
        for r in range(n):
            acc = {}
            for q, e, i, coef in terms[r]:
                if 1 <= q <= p:
                    for k, x in c[p - q][i].items():
                        acc[k + e] = acc.get(k + e, 0) + coef * _shift(x, e)
            if spec.dynamic[r]:
                for a in range(1, p):
                    for k, x in c[a][r].items():
                        for l, y in g[p - a].items():
                            acc[k + l] = acc.get(k + l, 0) - x * _shift(y, k)
            R.append({k: sp.cancel(v) for k, v in acc.items()})
        keys = sorted({k for row in R for k in row})
        sol = [{} for _ in range(n + 1)]
        for t in (range(n, n + 1) if p == order else range(n + 1)):
            for k in keys:
                value = sp.cancel(-sum(Binv[t, r] * R[r].get(k, 0) for r in range(n)))
                if value != 0:
                    sol[t][k] = value
        g.append(sol[n])
        if p < order:
            c.append(sol[:n])
        report(f"order {p}: {time.perf_counter() - t0:.2f} s")
    return g


if __name__ == "__main__":
    derive(int(sys.argv[1]))
