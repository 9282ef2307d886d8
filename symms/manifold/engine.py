"""Slow (centre) manifold of a linear lattice DAE, order by order in γ (seed 000 §3).

The manifold is ``v_{j,i} = Σ_p γ^p Σ_k c[p][i][k] U_{j+k}`` and the evolution
``dU_j/dt = Σ_p γ^p Σ_k g[p][k] U_{j+k}``, every coefficient a ring element at offsets from
element ``j``.  As in Roberts' codes the loop is: evaluate the residual of every row, apply the
precomputed bordered inverse, repeat.  The residual at order ``p`` depends only on lower
orders, so one pass per order suffices.

For an order-``P`` model the evolution is found to ``γ^P`` and the manifold to ``γ^{P-1}`` (the
seed pairs eq 6 with eq 8 this way); at ``γ^P`` only the evolution is wanted, so the rows are
combined with the slow-mode weights before they meet the manifold.  As each order is derived
the rows themselves are evaluated on the result — an independent formula, with no
propagators — asserting that every row's residual is exactly zero through ``γ^{P-1}`` and
orthogonal to the slow mode at ``γ^P``, which is what fixes the evolution at ``γ^P``.  The check
adds the rows on the new coefficients to the residual the derivation evaluated on the lower
orders (at the top order, to the rows as combined for the evolution), so it tests exactly the
step that inverts (propagator, exact division, normal forms); :func:`verify_residual`
re-evaluates everything from scratch.
Lattice shifts, the costliest ring operation, are memoised for both and freed once their order
is done.
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
    seconds: dict[str, float] = field(default_factory=dict)  # CPU seconds: setup, each order, verify

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


def _silent(stage: str) -> None:
    """The default ``tick``: progress within one order goes nowhere."""


def _add(acc: dict, k: int, value) -> None:
    acc[k] = acc[k] + value if k in acc else value


class _Shifts:
    """Memoised lattice shifts (the same coefficient is shifted by several rows and orders).

    Keys are ``("c", order, combination, k)`` for linear combinations of manifold coefficients
    and ``("g", order, k)`` for evolution coefficients (with the shift); :meth:`forget` drops an order's
    shifted manifold copies once no later order uses them.
    """

    def __init__(self, ring):
        self.ring, self.memo = ring, {}

    def __call__(self, key, make, elements):
        """``make()`` shifted by ``elements`` (``make`` is only called on a miss)."""
        if elements == 0:
            return make()
        full = (key, elements)
        got = self.memo.get(full)
        if got is None:
            got = self.memo[full] = self.ring.shift(make(), elements)
        return got

    def forget(self, kind: str, order: int) -> None:
        for key in [key for key in self.memo if key[0][0] == kind and key[0][1] == order]:
            del self.memo[key]


def _grouped(ring, terms: dict):
    """Row terms ``{(q, e, i): coef}`` grouped as ``(q, e, coef, ((i, λ_i), ...))``: terms with the
    same ``(q, e)`` and coefficients equal up to a rational factor ``λ_i`` share one shift of
    ``Σ_i λ_i c_i`` (e.g. ``r_0 (v_{j-1,4} − v_{j-1,3})`` in seed 000's row 0)."""
    groups: dict[tuple, list] = {}
    for (q, e, i), coef in sorted(terms.items()):
        coef = ring.nf(coef)
        if coef.is_zero():
            continue
        lead = coef.leading_coefficient()
        monic = coef / lead
        groups.setdefault((q, e, ring.to_str(monic)), [monic, []])[1].append((i, lead))
    out = []
    for (q, e, _), (monic, combo) in sorted(groups.items()):
        first = combo[0][1]
        out.append((q, e, monic * first, tuple((i, lam / first) for i, lam in combo)))
    return tuple(out)


class _Rows:
    """The rows as grouped terms, one by one and projected onto the slow mode.

    ``rows[r]`` are row ``r``'s scaled terms (``s_r ×`` row ``r``).  A projection with weights
    ``ω_r`` is ``Σ_r ω_r s_r R_r``: its terms are combined across rows *before* anything is
    applied to the manifold, so terms that cancel between rows (rows 3 and 4 of seed 000 share
    every γ-term with opposite signs) cost nothing.
    """

    def __init__(self, op: RingOperator):
        ring, n = op.ring, len(op.dynamic)
        self.rows = [_grouped(ring, {(q, e, i): c for q, e, i, c in op.scaled_terms[r]}) for r in range(n)]
        self.qmax = max([q for row in op.scaled_terms for q, *_ in row] + [0])
        # the evolution's correction: −(Σ_r W_nr N_r)/w_n − Σ_r (B⁻¹)_nr V_r
        self.evolution = self.projection(op, op.weighted[n][1], op.inverse[n])
        # the slow-mode check: Σ_r (B⁻¹)_nr (s/s_r) s_r R_r = 0
        inv = op.inverse[n]
        num_weights = [None if inv[r] is None else inv[r] * op.row_cofactor[r] for r in range(n)]
        conv_weights = [None if w is None else ring.nf(w * op.row_scale[r]) for r, w in enumerate(num_weights)]
        self.slow_mode = self.projection(op, num_weights, conv_weights)

    @staticmethod
    def projection(op: RingOperator, num_weights, conv_weights):
        """``(numerator groups, convolution weights)`` of ``Σ_r ω_r (s_r R_r)``."""
        terms: dict[tuple, object] = {}
        for r, w in enumerate(num_weights):
            if w is not None:
                for q, e, i, c in op.scaled_terms[r]:
                    _add(terms, (q, e, i), w * c)
        conv = tuple((r, w) for r, w in enumerate(conv_weights) if w is not None and op.dynamic[r])
        return _grouped(op.ring, terms), conv


def _combination(level, combo, k, ring):
    """``Σ_i λ_i level[i][k]``."""
    out = ring.zero()
    for i, lam in combo:
        if k in level[i]:
            out += lam * level[i][k] if lam != 1 else level[i][k]
    return out


def _numerator(ring, shift, c, groups, p: int, qmin: int, acc: dict, tick=_silent, qmax: int | None = None) -> None:
    """Add the order-``p`` part of ``groups`` applied to the manifold, from terms with
    ``qmin ≤ q ≤ qmax`` (``qmax`` ``p`` by default)."""
    for q, e, coef, combo in groups:
        if not (qmin <= q <= (p if qmax is None else qmax) and p - q < len(c)):
            continue
        level = c[p - q]
        for k in sorted(set().union(*(level[i] for i, _ in combo))):
            x = shift(("c", p - q, combo, k), lambda: _combination(level, combo, k, ring), e)
            if not x.is_zero():
                _add(acc, k + e, coef * x)
            tick("rows on the manifold")


def _convolution(ring, shift, c, g, weights, p: int, first: int, acc: dict, tick=_silent, last: int | None = None) -> None:
    """Subtract ``Σ_r ω_r Σ_{a=first}^{last} c[a]_r ∘ g[p-a]`` (the dv/dt part of order p; ``last``
    ``p`` by default) from ``acc``; ``weights`` are ``((r, ω_r), ...)`` (``ω_r = None`` for weight one)."""
    for a in range(first, min(p if last is None else last, len(c) - 1) + 1):
        b = p - a
        if b >= len(g) or not g[b]:
            continue
        combined: dict[int, object] = {}
        for r, w in weights:
            for k, crk in c[a][r].items():
                _add(combined, k, crk if w is None else w * crk)
        for k, x in sorted(combined.items()):
            for l, gl in g[b].items():
                _add(acc, k + l, -(x * shift(("g", b, l), lambda: gl, k)))
            tick("dv/dt convolution")


def _nf_dict(ring, acc: dict) -> dict:
    return {k: y for k, x in sorted(acc.items()) if not (y := ring.nf(x)).is_zero()}


class _Iteration:
    """State of the order-by-order iteration: manifold c, evolution g and which orders are verified."""

    def __init__(self, op: RingOperator):
        self.op, self.ring = op, op.ring
        n = len(op.dynamic)
        self.c = [[{0: op.kernel[i]} if not op.kernel[i].is_zero() else {} for i in range(n)]]
        self.g = [{}]
        self.rows = _Rows(op)
        self.shift = _Shifts(op.ring)
        self.verified: dict[int, str] = {}  # order → "rows" (every row zero) or "slow mode" (projection zero)

    def residual(self, p: int, tick=_silent):
        """Order-``p`` residual with the unknown ``c[p]``, ``g[p]`` set to zero.

        Returned as ``(N, V)``: row ``r``'s residual is ``N[r]/s_r + V[r]``, ``V`` the
        −dv/dt part (polynomial) and ``N`` the scaled-row numerator.  ``tick(stage)`` hears of
        each row done.
        """
        ring, op = self.ring, self.op
        N, V = [], []
        for r in range(len(op.dynamic)):
            num: dict[int, object] = {}
            _numerator(ring, self.shift, self.c, self.rows.rows[r], p, 1, num)
            N.append(_nf_dict(ring, num))
            conv: dict[int, object] = {}
            if op.dynamic[r]:
                _convolution(ring, self.shift, self.c, self.g, ((r, None),), p, 1, conv)
            V.append(_nf_dict(ring, conv))
            tick(f"residual row {r}")
        return N, V

    def correct(self, p: int, N, V, targets, tick=_silent) -> dict[int, dict[int, object]]:
        """``-B⁻¹ [R; 0]`` for rows ``targets`` of the inverse (row n is the evolution); ``tick(stage)``
        hears of each target done."""
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
                dv = ring.zero()
                for r, row in enumerate(V):
                    if k in row and op.inverse[t][r] is not None:
                        dv += op.inverse[t][r] * row[k]
                # the quotient is in normal form already: only the dv/dt part needs reducing
                value = self._divide(num, w, p, t, k) - ring.nf(dv)
                if not value.is_zero():
                    out[t][k] = value
            tick(f"correction {t}")
        return out

    def evolution(self, p: int, tick=_silent):
        """``g[p]`` alone (the top order, where no manifold order ``p`` is wanted): the evolution row
        of ``-B⁻¹ [R; 0]`` with the rows combined by its weights before they are applied;
        ``tick(stage)`` hears of each row group and each convolution order done.

        Returned as ``(g[p], (N, V))``: ``N = Σ_r W_nr N_r`` and ``V = Σ_r (B⁻¹)_nr V_r`` are the
        combined rows on the lower orders, so that ``g[p] = −N/w_n − V``."""
        ring, op = self.ring, self.op
        groups, conv_weights = self.rows.evolution
        num: dict[int, object] = {}
        _numerator(ring, self.shift, self.c, groups, p, 1, num, tick)
        conv: dict[int, object] = {}
        _convolution(ring, self.shift, self.c, self.g, conv_weights, p, 1, conv, tick)
        out = {}
        for k in sorted(set(num) | set(conv)):
            value = self._divide(-num[k], op.weighted[len(op.dynamic)][0], p, len(op.dynamic), k) if k in num else ring.zero()
            if k in conv:
                value -= conv[k]
            value = ring.nf(value)
            if not value.is_zero():
                out[k] = value
        return out, (num, conv)

    def _divide(self, num, w, p, t, k):
        value = self.ring.divide(num, w)
        if value is None:
            raise DerivationError(
                f"the O(gamma^{p}) correction of component {t} at U_(j{k:+d}) is not a polynomial in the ring; "
                "the spec's parameters do not cancel as the engine requires"
            )
        return value


def _check_order(op: RingOperator, rows: _Rows, shift, c, g, p: int, top: bool, tick=_silent, residual=None) -> None:
    """Assert, from the rows themselves, that order ``p`` of the residual vanishes: every row
    (``top`` false) or its slow-mode projection (``top`` true).  ``c`` and ``g`` are the
    manifold and evolution as truncated for the model being checked; ``tick(stage)`` hears of
    the steps done.

    ``residual`` = ``(N, V)``, the rows on the lower orders which the derivation evaluated already,
    leaves only the terms on the new order to evaluate:

    - below the top, ``(N, V)`` of :meth:`_Iteration.residual`; the check of row ``r`` is
      ``N_r + (rows on c[p]) + s_r (V_r − c[0]_r ∘ g[p])`` (the ``q = 0`` terms), with no
      propagator or inverse;
    - at the top, the combined rows of :meth:`_Iteration.evolution`; the slow-mode projection is
      ``s/w_n`` times ``N + w_n (V − Σ_r (B⁻¹)_nr c[0]_r ∘ g[p])``, because its weights are
      ``(s/w_n) W_nr`` on the numerators and ``s (B⁻¹)_nr`` on the dv/dt part.  This tests the
      division by ``w_n``, the normal forms and ``Σ_r (B⁻¹)_nr c[0]_r = −1``.  The combined rows
      are those of the per-row route (a test holds them equal); this order is checked row by row
      once a higher order is derived, and ``residual=None`` evaluates the projection from scratch.

    ``residual`` is consumed: its dicts are emptied as the check goes, to free their memory."""
    ring, n = op.ring, len(op.dynamic)
    if top and residual is not None:
        acc, conv = residual
        _convolution(ring, shift, c, g, rows.evolution[1], p, 0, conv, tick, last=0)
        w = ring.monomial(op.weighted[n][0])
        for k in sorted(conv):
            _add(acc, k, w * conv.pop(k))
        _assert_zero(ring, acc, lambda k: f"residual at O(gamma^{p}), U_(j{k:+d}) is not orthogonal to the slow mode")
        tick("check slow mode")
        return
    if top:
        groups, conv_weights = rows.slow_mode
        acc: dict[int, object] = {}
        _numerator(ring, shift, c, groups, p, 0, acc, tick)
        _convolution(ring, shift, c, g, conv_weights, p, 0, acc, tick)
        _assert_zero(ring, acc, lambda k: f"residual at O(gamma^{p}), U_(j{k:+d}) is not orthogonal to the slow mode")
        return
    N, V = residual if residual is not None else (None, None)
    newest = 0 if residual is not None else None  # the lower orders are in N, V
    # with N, V the a = p term c[p] ∘ g[0] is left out: g[0] is empty (the slow mode does not move at γ⁰)
    assert not g[0], "g[0] must be empty"
    for r in range(n):
        acc = N[r] if N is not None else {}
        _numerator(ring, shift, c, rows.rows[r], p, 0, acc, qmax=newest)
        if op.dynamic[r]:
            conv = V[r] if V is not None else {}
            _convolution(ring, shift, c, g, ((r, None),), p, 0, conv, last=newest)
            for k in sorted(conv):
                _add(acc, k, op.row_scale[r] * conv.pop(k))
        _assert_zero(ring, acc, lambda k: f"row {r} residual at O(gamma^{p}), U_(j{k:+d}) is not zero")
        tick(f"check row {r}")


def _assert_zero(ring, acc: dict, message) -> None:
    """Assert that every ``acc[k]`` is zero in the ring (``message(k)`` if not), emptying ``acc``
    as it goes: the sums are the largest polynomials of an order."""
    for k in sorted(acc):
        if not ring.nf(acc.pop(k)).is_zero():
            raise DerivationError(message(k))


def verify_residual(m: SlowManifold) -> None:
    """Assert, from the rows themselves, that the residual vanishes as ``residual_statement`` says.

    Row ``r`` is multiplied by its lcm denominator ``s_r`` (non-zero), so this is exact ring
    arithmetic on ``c`` and ``g`` with no propagator or inverse involved — except the slow-mode
    projection at the top order, ``Σ_r (B⁻¹)_{n r} (s/s_r) s_r R_r = 0``.
    (:func:`derive_slow_manifold` runs the same check order by order as it derives.)
    """
    rows, shift = _Rows(m.op), _Shifts(m.ring)
    for p in range(1, m.order + 1):
        _check_order(m.op, rows, shift, m.manifold, m.evolution, p, top=p == m.order)
        shift.forget("c", p - rows.qmax)  # shifted copies of c[b] serve orders b+1 … b+qmax


INNER_PROGRESS_ORDER = 5  # from this order on (seconds or more each) a second bar shows the steps within an order
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
        fresh.verified = dict(it.verified)
    _STATES.clear()  # keep one spec's state: high orders take gigabytes
    _STATES[spec.digest()] = fresh
    return fresh


def clear_cache() -> None:
    """Forget the iterations kept for reuse by later, higher-order derivations."""
    _STATES.clear()


def derive_slow_manifold(spec: LatticeDAE, order: int, progress: bool = False, verify: bool = True) -> SlowManifold:
    """Evolution to O(γ^order) and manifold to O(γ^(order-1)) of the lattice DAE ``spec``.

    Each order is checked from the rows (``verify``; see :func:`verify_residual`) as soon as it
    is derived, sharing the derivation's shifted coefficients (which are then freed) and its
    residual on the lower orders (see :func:`_check_order`).  Orders
    already derived in this process for the same spec are reused (an order-P model extends a
    cached order P−1 by one manifold and one evolution order, or truncates a higher one).
    """
    if not isinstance(order, int) or isinstance(order, bool) or order < 1:
        raise InputError(f"order must be an integer ≥ 1, got {order!r}")
    t0 = time.process_time()
    it = _state_for(spec, order)
    n = len(it.op.dynamic)
    seconds = {"setup": time.process_time() - t0}  # CPU seconds of this process, here and below
    checked = 0.0
    bar = tqdm(range(1, order + 1), desc=f"{spec.name}: gamma^p", unit="order", disable=not progress, leave=False)
    for p in bar:
        need_manifold = p < order
        steps = tqdm(desc=f"  gamma^{p}", unit="step", disable=not progress or p < INNER_PROGRESS_ORDER, leave=False)

        def tick(stage: str) -> None:
            steps.set_postfix_str(stage, refresh=False)
            steps.update()
        residual = None  # this order's rows on the lower orders, which the check reuses
        if not (len(it.g) > p and (len(it.c) > p or not need_manifold)):
            t0 = time.process_time()
            if need_manifold:
                residual = it.residual(p, tick)
                sol = it.correct(p, *residual, range(n + 1), tick)
                evolution = sol[n]
            else:
                evolution, residual = it.evolution(p, tick)
            if len(it.g) > p:
                if set(it.g[p]) != set(evolution) or \
                        any(it.ring.to_str(it.g[p][k]) != it.ring.to_str(x) for k, x in evolution.items()):
                    raise DerivationError(f"recomputed O(gamma^{p}) evolution differs from the cached one")
            else:
                it.g.append(evolution)
            if need_manifold:
                it.c.append([sol[i] for i in range(n)])
            seconds[f"order{p}"] = time.process_time() - t0
            bar.set_postfix(terms=sum(len(x) for x in evolution.values()))
        if verify and it.verified.get(p) != "rows" and (need_manifold or it.verified.get(p) != "slow mode"):
            t0 = time.process_time()
            _check_order(it.op, it.rows, it.shift, it.c[:order], it.g[: order + 1], p, top=not need_manifold, tick=tick,
                         residual=residual)
            it.verified[p] = "rows" if need_manifold else "slow mode"
            checked += time.process_time() - t0
        del residual
        steps.close()
        it.shift.forget("c", p - it.rows.qmax)  # shifted copies of c[b] serve orders b+1 … b+qmax
    it.shift.memo.clear()
    if verify:
        seconds["verify"] = checked
    return SlowManifold(spec, order, it.op, it.g[: order + 1], it.c[:order], seconds)
