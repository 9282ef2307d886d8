"""Slow (centre) manifold of a linear lattice DAE, order by order in γ (seed 000 §3).

The manifold is ``v_{j,i} = Σ_p γ^p Σ_k c[p][i][k] U_{j+k}`` and the evolution
``dU_j/dt = Σ_p γ^p Σ_k g[p][k] U_{j+k}``, every coefficient a ring element at offsets from
element ``j``.  As in Roberts' codes the loop is: evaluate the residual of every row, apply the
precomputed bordered inverse, repeat.  The residual at order ``p`` depends only on lower
orders, so one pass per order suffices.

For an order-``P`` model the evolution is found to ``γ^P`` and the manifold to ``γ^{P-1}`` (the
seed pairs eq 6 with eq 8 this way).  :func:`verify_residual` then re-evaluates the rows
themselves on the result — an independent formula, with no propagators — and asserts that
every row's residual is exactly zero through ``γ^{P-1}`` and orthogonal to the slow mode at
``γ^P``, which is what fixes the evolution at ``γ^P``.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from functools import lru_cache

from tqdm import tqdm

from ..errors import DerivationError, InputError
from .operator import RingOperator, element_operator, in_ring
from .spec import LatticeDAE


@dataclass
class SlowManifold:
    """A derived slow manifold: ``evolution[p][k]`` (p ≤ order), ``manifold[p][i][k]`` (p < order)."""

    spec: LatticeDAE
    order: int
    op: RingOperator
    evolution: list[dict[int, object]]
    manifold: list[list[dict[int, object]]]
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def ring(self):
        return self.op.ring

    @property
    def residual_statement(self) -> str:
        P = self.order
        return (f"every row's residual is exactly zero through O(gamma^{P - 1}); at O(gamma^{P}) it is "
                f"orthogonal to the slow mode, which fixes dU/dt through O(gamma^{P}); dU/dt errs by O(gamma^{P + 1})")

    def term_counts(self) -> dict[int, int]:
        """Number of ring terms of the evolution at each order."""
        return {p: sum(len(c) for c in g.values()) for p, g in enumerate(self.evolution)}


@lru_cache(maxsize=8)
def _element_operator(spec: LatticeDAE):
    return element_operator(spec)


def _add(acc: dict, k: int, value) -> None:
    acc[k] = acc[k] + value if k in acc else value


class _Shifts:
    """Memoised lattice shifts of coefficients (the same g is shifted many times)."""

    def __init__(self, ring):
        self.ring, self.memo = ring, {}

    def __call__(self, key, p, elements):
        if elements == 0:
            return p
        full = (key, elements)
        if full not in self.memo:
            self.memo[full] = self.ring.shift(p, elements)
        return self.memo[full]


def _convolution(op: RingOperator, shift, c, g, r: int, p: int, first: int, acc: dict) -> None:
    """Subtract ``Σ_{a=first}^{p} c[a]_r ∘ g[p-a]`` (the dv_r/dt part of order p) from ``acc``."""
    for a in range(first, min(p, len(c) - 1) + 1):
        if p - a >= len(g):
            continue
        for k, crk in c[a][r].items():
            for l, gl in g[p - a].items():
                _add(acc, k + l, -(crk * shift(("g", p - a, l), gl, k)))


def _row_numerator(op: RingOperator, shift, c, r: int, p: int, qmin: int, acc: dict) -> None:
    """Add ``s_r × (row r applied to the manifold)`` at order ``p``, from terms with ``q ≥ qmin``."""
    for q, e, i, coef in op.scaled_terms[r]:
        if qmin <= q <= p and p - q < len(c):
            for k, x in c[p - q][i].items():
                _add(acc, k + e, coef * shift(("c", p - q, i, k), x, e))


class _Iteration:
    """State of the order-by-order iteration: manifold c and evolution g."""

    def __init__(self, op: RingOperator):
        self.op, self.ring = op, op.ring
        n = len(op.dynamic)
        self.c = [[{0: op.kernel[i]} if not op.kernel[i].is_zero() else {} for i in range(n)]]
        self.g = [{}]
        self.shift = _Shifts(op.ring)

    def residual(self, p: int):
        """Order-``p`` residual with the unknown ``c[p]``, ``g[p]`` set to zero.

        Returned as ``(N, V)``: row ``r``'s residual is ``N[r]/s_r + V[r]``, ``V`` the
        −dv/dt part (polynomial) and ``N`` the scaled-row numerator.
        """
        ring, op = self.ring, self.op
        N, V = [], []
        for r in range(len(op.dynamic)):
            num: dict[int, object] = {}
            _row_numerator(op, self.shift, self.c, r, p, 1, num)
            N.append({k: y for k, x in num.items() if not (y := ring.nf(x)).is_zero()})
            conv: dict[int, object] = {}
            if op.dynamic[r]:
                _convolution(op, self.shift, self.c, self.g, r, p, 1, conv)
            V.append({k: y for k, x in conv.items() if not (y := ring.nf(x)).is_zero()})
        return N, V

    def correct(self, p: int, N, V, targets) -> dict[int, dict[int, object]]:
        """``-B⁻¹ [R; 0]`` for rows ``targets`` of the inverse (row n is the evolution)."""
        ring, op = self.ring, self.op
        keys = sorted({k for row in N + V for k in row})
        out = {t: {} for t in targets}
        for t in targets:
            w, W = op.weighted[t]
            for k in keys:
                num = ring.zero()
                for r, row in enumerate(N):
                    if k in row and W[r] is not None:
                        num -= W[r] * row[k]
                value = ring.divide(num, w)
                if value is None:
                    raise DerivationError(
                        f"the O(gamma^{p}) correction of component {t} at U_(j{k:+d}) is not a polynomial in the ring; "
                        "the spec's parameters do not cancel as the engine requires"
                    )
                for r, row in enumerate(V):
                    if k in row and op.inverse[t][r] is not None:
                        value -= op.inverse[t][r] * row[k]
                value = ring.nf(value)
                if not value.is_zero():
                    out[t][k] = value
        return out


def verify_residual(m: SlowManifold) -> None:
    """Assert, from the rows themselves, that the residual vanishes as ``residual_statement`` says.

    Row ``r`` is multiplied by its lcm denominator ``s_r`` (non-zero), so this is exact ring
    arithmetic on ``c`` and ``g`` with no propagator or inverse involved — except the slow-mode
    projection at the top order, ``Σ_r (B⁻¹)_{n r} (s/s_r) s_r R_r = 0``.
    """
    op, ring = m.op, m.ring
    n, P = len(op.dynamic), m.order
    shift = _Shifts(ring)
    for p in range(1, P + 1):
        rows = {}
        for r in range(n):
            acc: dict[int, object] = {}
            _row_numerator(op, shift, m.manifold, r, p, 0, acc)
            if op.dynamic[r]:
                conv: dict[int, object] = {}
                _convolution(op, shift, m.manifold, m.evolution, r, p, 0, conv)
                for k, x in conv.items():
                    _add(acc, k, op.row_scale[r] * x)
            rows[r] = acc
        keys = sorted({k for row in rows.values() for k in row})
        if p < P:
            for r, row in rows.items():
                for k, x in row.items():
                    if not ring.nf(x).is_zero():
                        raise DerivationError(f"row {r} residual at O(gamma^{p}), U_(j{k:+d}) is not zero")
        else:
            for k in keys:
                proj = ring.zero()
                for r, row in rows.items():
                    if k in row and op.inverse[n][r] is not None:
                        proj += op.inverse[n][r] * op.row_cofactor[r] * row[k]
                if not ring.nf(proj).is_zero():
                    raise DerivationError(f"residual at O(gamma^{p}), U_(j{k:+d}) is not orthogonal to the slow mode")


_STATES: dict[str, _Iteration] = {}  # spec digest → the highest-order iteration computed in this process


def _state_for(spec: LatticeDAE, order: int) -> _Iteration:
    """The cached iteration of ``spec``, in a ring wide enough for ``order`` (projected if needed)."""
    it = _STATES.get(spec.digest())
    if it is not None and it.op.ring.span >= order + 2:
        return it
    op = in_ring(_element_operator(spec), span=order + 2)
    fresh = _Iteration(op)
    if it is not None:  # reuse every order already derived: relabel into the wider ring
        ctx = op.ring.ctx
        fresh.c = [[{k: x.project_to_context(ctx) for k, x in comp.items()} for comp in level] for level in it.c]
        fresh.g = [{k: x.project_to_context(ctx) for k, x in level.items()} for level in it.g]
    _STATES.clear()  # keep one spec's state: high orders take gigabytes
    _STATES[spec.digest()] = fresh
    return fresh


def clear_cache() -> None:
    """Forget the iterations kept for reuse by later, higher-order derivations."""
    _STATES.clear()


def derive_slow_manifold(spec: LatticeDAE, order: int, progress: bool = False, verify: bool = True) -> SlowManifold:
    """Evolution to O(γ^order) and manifold to O(γ^(order-1)) of the lattice DAE ``spec``.

    Orders already derived in this process for the same spec are reused (an order-P model
    extends a cached order P−1 by one manifold and one evolution order, or truncates a
    higher one).
    """
    if not isinstance(order, int) or isinstance(order, bool) or order < 1:
        raise InputError(f"order must be an integer ≥ 1, got {order!r}")
    t0 = time.perf_counter()
    it = _state_for(spec, order)
    n = len(it.op.dynamic)
    seconds = {"setup": time.perf_counter() - t0}
    bar = tqdm(range(1, order + 1), desc=f"{spec.name}: gamma^p", unit="order", disable=not progress, leave=False)
    for p in bar:
        need_manifold = p < order
        if len(it.g) > p and (len(it.c) > p or not need_manifold):
            continue  # reused from the cache
        t0 = time.perf_counter()
        N, V = it.residual(p)
        sol = it.correct(p, N, V, range(n + 1) if need_manifold else (n,))
        if len(it.g) > p:
            if any(it.ring.to_str(it.g[p].get(k, it.ring.zero())) != it.ring.to_str(x) for k, x in sol[n].items()) \
                    or set(it.g[p]) != set(sol[n]):
                raise DerivationError(f"recomputed O(gamma^{p}) evolution differs from the cached one")
        else:
            it.g.append(sol[n])
        if need_manifold:
            it.c.append([sol[i] for i in range(n)])
        seconds[f"order{p}"] = time.perf_counter() - t0
        bar.set_postfix(terms=sum(len(x) for x in sol[n].values()))
    m = SlowManifold(spec, order, it.op, it.g[: order + 1], it.c[:order], seconds)
    if verify:
        t0 = time.perf_counter()
        verify_residual(m)
        seconds["verify"] = time.perf_counter() - t0
    return m
