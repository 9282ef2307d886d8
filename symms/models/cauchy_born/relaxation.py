"""The inner relaxation of the shifts (seed 001 eqs 3.5-3.6): exact, by Newton, or as a series in A.

``cb`` is a :class:`~.energy.CauchyBorn`: its lattice sums give ∇_p W and W_pp.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np
import sympy as sp

from ...errors import DerivationError, InputError
from ..potentials import s


def affine_shifts_are_exact(neighbours, atoms_per_cell: int) -> bool:
    """True when every atom is a centre of inversion of its neighbours.

    Then ∇_p W(A, (I + A) p^0) = 0 for every A (the forces of opposite neighbours cancel): the
    affine shifts solve eq 3.6 exactly.
    """
    stars = [Counter() for _ in range(atoms_per_cell)]
    for t in neighbours.inside:
        key = tuple(round(float(x), 9) for x in t.X)
        stars[t.k][key] += 1
        stars[t.l][tuple(-x for x in key)] += 1
    return all(star == Counter({tuple(-x for x in k): m for k, m in star.items()}) for star in stars)


@dataclass(frozen=True)
class RelaxedShift:
    """The inner relaxation p(A) of eq 3.6 when SymPy solves it exactly, and its stability (eq 3.5)."""

    p: sp.Matrix
    W_pp: sp.Matrix

    def status(self, A_value) -> str:
        """'minimum' while W_pp(A, p(A)) is positive definite (p(A) minimises eq 3.5); otherwise an
        unstable critical point."""
        d = self.p.cols
        subs = {sp.Symbol(f"A{i + 1}{j + 1}", real=True): sp.nsimplify(np.atleast_2d(A_value)[i][j])
                for i in range(d) for j in range(d)}
        H = np.array(self.W_pp.subs(subs).evalf(30), dtype=float)
        lowest = float(min(np.linalg.eigvalsh(H)))
        if lowest > 0:
            return "minimum"
        kind = "maximum along p" if max(np.linalg.eigvalsh(H)) < 0 else "saddle"
        return f"unstable critical point ({kind}: W_pp has eigenvalue {lowest:.3g} < 0, past the inflection point)"


def relaxed_shift(cb) -> RelaxedShift:
    """p(A) solving ∇_p W = 0 exactly (eq 3.6) when every atom is an inversion centre.

    Then p = (I + A) p^0 (for the chain, eq 4.9: p = (1 + A) a / 2) is a critical point for every
    A; it is the minimiser of eq 3.5 only while W_pp(A, p(A)) is positive definite (see
    :meth:`RelaxedShift.status`).  Otherwise use :func:`relax_shifts` (Newton).
    """
    if not cb.n_shifts:
        raise InputError(f"{cb.lattice.name} has no shift vectors to relax")
    if not cb.is_centrosymmetric():
        raise DerivationError(
            f"{cb.lattice.name}: not every atom is an inversion centre, so p(A) has no closed form here; "
            "use relax_shifts (Newton) or shift_series"
        )
    p_affine = (cb.F * cb.p0.T).T
    _, _, W_pp = cb.blocks()
    return RelaxedShift(p_affine, W_pp.xreplace(dict(zip(cb.p, p_affine))))


def relax_shifts(cb, A_value, p_start=None, force=None, hessian=None, tol=1e-12, max_steps=50):
    """Newton's method for ∇_p W(A, p) = 0 (eq 3.6) at a numeric A.

    ``force(A, p)`` and ``hessian(A, p)`` evaluate ∇_p W (s x d) and W_pp (sd x sd); by default
    they are lambdified from the symbolic sums (pass generated kernels instead).  The start and
    the result are checked with the free-shift criterion of the neighbour set (the kernels'
    guards).  Returns (p, W_pp at p); raises DerivationError if W_pp is singular or Newton fails.
    """
    if force is None or hessian is None:
        force, hessian = cb.shift_functions
    A_value = np.atleast_2d(np.asarray(A_value, dtype=float))
    p_affine = (np.eye(cb.d) + A_value) @ np.array(cb.p0.evalf(30), dtype=float).T
    p = p_affine.T.copy() if p_start is None else np.array(p_start, dtype=float).reshape(cb.n_shifts, cb.d)
    cb.check_deformation(A_value, p)
    for _ in range(max_steps):
        g = np.asarray(force(A_value, p), dtype=float).reshape(-1)
        H = np.asarray(hessian(A_value, p), dtype=float).reshape(g.size, g.size)
        if abs(np.linalg.det(H)) < 1e-14 * max(1.0, np.abs(H).max()) ** g.size:
            raise DerivationError("W_pp is singular: the inner relaxation (eq 3.6) has no unique solution here")
        step = np.linalg.solve(H, g).reshape(p.shape)
        p -= step
        if np.abs(step).max() < tol:
            cb.check_deformation(A_value, p)
            return p, H
    raise DerivationError(f"Newton for the shifts did not converge in {max_steps} steps at A = {A_value.tolist()}")


def shift_series(cb, order: int) -> list[sp.Matrix]:
    """Coefficients p^(0), ..., p^(order) of p(A) = Σ p^(k), p^(k) homogeneous of degree k in A (eq 3.6).

    Order by order: p^(k) = -W_pp(0)^{-1} [degree-k part of ∇_p W(A, p^(0) + ... + p^(k-1))].
    """
    if order < 0:
        raise InputError("the series order must be >= 0")
    if not cb.n_shifts:
        raise InputError(f"{cb.lattice.name} has no shift vectors")
    _, _, W_pp = cb.blocks()
    H0 = W_pp.xreplace({**{a_: 0 for a_ in cb.A}, **dict(zip(cb.p, cb.p0))})
    if H0.evalf(30).det() == 0 or abs(H0.evalf(30).det()) < sp.Float("1e-25"):
        raise DerivationError("W_pp is singular at the reference state: the shift series (eq 3.6) does not exist")
    H0_inv = H0.inv()
    coefficients = [cb.p0]
    for k in range(1, order + 1):
        residual = _force_degree(cb, coefficients, k)
        coefficients.append((-(H0_inv * residual)).applyfunc(sp.expand).reshape(cb.n_shifts, cb.d))
    return coefficients


def _force_degree(cb, coefficients, k: int) -> sp.Matrix:
    """Degree-k part (in A) of ∇_p W(A, Σ_j p^(j)) = Σ_pairs 2 σ_m G'(q) x (the lattice sum's gradient).

    Per pair, x = (I + A) R + p_l - p_k has the degree parts x_0 = X, x_1 = A R + p^(1)_l - p^(1)_k,
    x_j = p^(j)_l - p^(j)_k; q = |x|² = q_0 + δ, and G'(q) is Taylor-expanded in δ about q_0 = |X|².
    """
    d, n_s = cb.d, cb.n_shifts
    G1 = [sp.diff(cb.G[1], s, m) / sp.factorial(m) for m in range(k + 1)]
    out = [sp.Integer(0)] * (n_s * d)
    zero_row = sp.zeros(1, d)
    for t in cb.neighbours.inside:
        sigma = [int(t.l == m) - int(t.k == m) for m in range(1, n_s + 1)]
        if not any(sigma):
            continue

        def shift_difference(j):
            row = lambda m: zero_row if m == 0 else coefficients[j][m - 1, :]
            return (row(t.l) - row(t.k)).T if j < len(coefficients) else sp.zeros(d, 1)

        x = [t.X, cb.A * t.R + shift_difference(1)] + [shift_difference(j) for j in range(2, k + 1)]
        delta = [sp.Integer(0)] + [sp.expand(sum((x[i].dot(x[j - i]) for i in range(j + 1)), sp.Integer(0)))
                                   for j in range(1, k + 1)]
        q0 = t.X.dot(t.X)
        g1 = [G1[0].subs(s, q0)] + [sp.Integer(0)] * k  # G'(q) by degree in A
        power = [sp.Integer(1)] + [sp.Integer(0)] * k   # δ^m by degree in A
        for m in range(1, k + 1):
            power = [sp.expand(sum((power[i] * delta[j - i] for i in range(j)), sp.Integer(0))) for j in range(k + 1)]
            for j in range(m, k + 1):
                g1[j] += G1[m].subs(s, q0) * power[j]
        for m, sign in enumerate(sigma):
            for i in range(d) if sign else ():
                out[m * d + i] += sp.expand(2 * sign * sum((g1[j] * x[k - j][i] for j in range(k + 1)), sp.Integer(0)))
    return sp.Matrix(out)
