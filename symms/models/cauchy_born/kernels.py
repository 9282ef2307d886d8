"""The Cauchy–Born expression kernels: energy, stress, moduli (+ shift_force, shift_hessian).

The kernels' SymPy source is the one lattice sum (:mod:`.sums`) over bonds written for printing:
long exact numbers become correctly rounded decimals (:func:`compact`), and kernels in A alone
(every atom an inversion centre, so p(A) = (I + A) p^0 is the exact inner relaxation) merge the
pairs with the same reference vector ±X and use the lattice constant as the length unit L, so
that y = (I + A) X / L has short exact entries.  Kernels with shift inputs keep every pair and
L = a.  The potential enters as G(q) = g(L² q) / |Γ| with g(s) = V(√s).  Guards are the neighbour
set's validity criterion (:class:`.neighbours.Validity`).
"""
from __future__ import annotations

from functools import reduce

import sympy as sp

from ...errors import DerivationError
from ...model import Array, ExpressionKernel, Guard
from ..potentials import s
from .elastic import schur_complement
from .sums import Bond, LatticeSum

_SHORT = 24      # numbers printed longer than this (characters) are stored as decimals in the kernels
_DIGITS = 17     # significant digits of those decimals: the correctly rounded double, exactly


def compact(expr):
    """``expr`` with every long exact number (e.g. a lattice constant that is a root of a degree-6
    polynomial, or a 45-digit rational) replaced by its correctly rounded double as a decimal;
    short ones (1/2, sqrt(3)/2) stay exact.  Keeps model.json small: the kernels' SymPy source
    is printed once per use."""
    expr = sp.sympify(expr, strict=True)
    if expr.is_number:
        return expr if len(sp.sstr(expr)) <= _SHORT else sp.Float(repr(float(expr.evalf(40))), _DIGITS)
    if not expr.args:
        return expr
    if expr.is_Mul:
        number = sp.Mul(*[arg for arg in expr.args if arg.is_number])
        return compact(number) * sp.Mul(*[compact(arg) for arg in expr.args if not arg.is_number])
    return expr.func(*[compact(arg) for arg in expr.args])


def _array(name, matrix, shape):
    return Array(name, shape, tuple(sp.Matrix(matrix).reshape(1, len(matrix)).tolist()[0]) if len(matrix) else ())


class KernelSums:
    """The kernels' bonds (inside and watched, in units of L) and their lattice sum (seed 001 eqs 3.4, 3.6)."""

    def __init__(self, cb, affine: bool):
        self.cb, self.affine = cb, affine
        params = cb.lattice.parameters
        self.L = cb.values[params[0]] if not affine or len(params) == 1 else sp.Integer(1)
        if affine:
            inside, watched = self._merge(cb.neighbours.inside), self._merge(cb.neighbours.watched)
            # an integer multiple of the reference vectors when they are rational (shorter strings)
            numbers = [x for xi in list(inside) + list(watched) for x in xi]
            scale = reduce(sp.ilcm, [x.q for x in numbers], 1) if all(x.is_Rational for x in numbers) else 1
            self.L = self.L / scale
            self.bonds, self.watched = self._affine_bonds(inside, scale), self._affine_bonds(watched, scale)
        else:
            self.bonds, self.watched = self._pair_bonds(cb.neighbours.inside), self._pair_bonds(cb.neighbours.watched)
        Q = sp.Symbol("q", positive=True)
        G = sp.expand_power_base(sp.expand(cb.potential.of_squared_distance.xreplace({s: self.L ** 2 * Q}) / cb.volume),
                                 force=True)
        self.sums = LatticeSum(self.bonds, [compact(sp.expand(sp.diff(G, Q, k))) for k in range(3)], Q)

    def _merge(self, terms) -> dict:
        """Reference vectors X / L up to sign, with how many pairs share each."""
        merged: dict = {}
        for t in terms:
            xi = [compact(x / self.L) for x in t.X]
            first = next(x for x in xi if x != 0)
            xi = tuple(xi) if first > 0 else tuple(-x for x in xi)
            merged[xi] = merged.get(xi, 0) + 1
        return merged

    def _affine_bonds(self, merged: dict, scale) -> list[Bond]:
        A, d = self.cb.A, self.cb.d
        bonds = []
        for xi, weight in merged.items():
            xi = [x * scale for x in xi]
            y = tuple(sp.Add(*[(int(i == j) + A[i, j]) * xi[j] for j in range(d)]) for i in range(d))
            bonds.append(Bond.of(weight, y, xi))
        return bonds

    def _pair_bonds(self, terms) -> list[Bond]:
        cb, d = self.cb, self.cb.d
        bonds = []
        inverse = compact(1 / self.L)
        for t in terms:
            R = [compact(x / self.L) for x in t.R]
            shift = tuple((int(t.l == m) - int(t.k == m)) * inverse for m in range(1, cb.n_shifts + 1))
            y = tuple(sp.Add(*[(int(i == j) + cb.A[i, j]) * R[j] for j in range(d)])
                      + sp.Add(*[shift[m] * cb.p[m, i] for m in range(cb.n_shifts)]) for i in range(d))
            bonds.append(Bond.of(1, y, R, shift))
        return bonds

    def guards(self) -> tuple[Guard, ...]:
        """The neighbour set's validity criterion (free shifts when the kernels take p) as guards."""
        cb = self.cb
        return cb.validity(not self.affine).guards(cb.A, cb.p, [b.q for b in self.bonds], [b.q for b in self.watched],
                                                   self.L, compact)


def _relaxed_moduli(H, n: int):
    """Relaxed moduli W_AA - W_Ap W_pp^-1 W_pA (eqs 3.5-3.6) from the full Hessian H, kept small.

    W_pp^-1 = adj / det (s d <= 3) with named intermediates: the entries of W_pp (``Wpp_u_v``) and
    W_Ap (``WAp_a_u``), det W_pp (``det_Wpp``), the adjugate (``adj_u_v``) and Z = W_Ap adj
    (``Z_a_u``), so each output is W_AA[a, b] - Σ_u Z[a, u] W_Ap[b, u] / det_Wpp instead of
    the expanded rational function.  Returns (moduli, intermediates, guards); the guards ask for
    W_pp positive definite (leading principal minors > 0), i.e. a stable relaxed state.
    """
    W_AA, W_Ap, W_pp = H[:n, :n], H[:n, n:], H[n:, n:]
    m = W_pp.rows
    if m > 3:
        raise DerivationError(f"symbolic relaxed moduli need s d <= 3 (W_pp inverted by its adjugate); here s d = {m}")
    named = []

    def name(label, expr):
        if expr == 0 or expr.is_number:
            return expr
        sym = sp.Symbol(label)
        named.append((sym, expr))
        return sym

    S = sp.zeros(m, m)
    for u in range(m):
        for v in range(u, m):
            S[u, v] = S[v, u] = name(f"Wpp_{u}_{v}", W_pp[u, v])
    B = sp.Matrix(n, m, lambda a, u: name(f"WAp_{a}_{u}", W_Ap[a, u]))
    det = name("det_Wpp", sp.expand(S.det(method="berkowitz")) if m > 1 else S[0, 0])
    adjugate = sp.zeros(m, m)
    for u in range(m):
        for v in range(u, m):
            cofactor = (-1) ** (u + v) * S.minor_submatrix(v, u).det(method="berkowitz") if m > 1 else sp.Integer(1)
            adjugate[u, v] = adjugate[v, u] = name(f"adj_{u}_{v}", sp.expand(cofactor))
    moduli = schur_complement(W_AA, B, adjugate, det, name)
    message = ("W_pp (the shift Hessian) must be positive definite: the shifts are not a stable inner relaxation "
               "(eq 3.6), so the relaxed moduli do not exist here")
    guards = tuple(Guard(sp.expand(S[:k, :k].det(method="berkowitz")) if k > 1 else S[0, 0], message)
                   for k in range(1, m))
    guards += (Guard(det, message),)
    return moduli, tuple(named), guards


def kernels(cb, relaxed: bool):
    """energy/stress/moduli kernels (+ shift_force, shift_hessian when the kernels take p), and their sums.

    Lattices whose atoms are all inversion centres (and Bravais lattices) give kernels in A
    alone: the shifts p(A) = (I + A) p^0 are the exact inner relaxation, so relaxed and clamped
    coincide.  Other multilattices (diamond, HCP) take the deformed shifts p as a second input.
    """
    d, n_s = cb.d, cb.n_shifts
    affine = not n_s or cb.is_centrosymmetric()
    sums = KernelSums(cb, affine)
    takes_p = not affine
    inputs = (_array("A", cb.A, (d, d)),) + ((_array("p", cb.p, (n_s, d)),) if takes_p else ())
    guards = sums.guards()
    H = sums.sums.hessian()
    grads = sums.sums.gradient()
    W_AA = H[: d * d, : d * d]
    moduli, intermediates, moduli_guards = _relaxed_moduli(H, d * d) if takes_p and relaxed else (W_AA, (), ())
    which = "relaxed (at relaxed p)" if takes_p and relaxed else ("at the given shifts p" if takes_p else
                                                                  "(relaxed: p(A) = (I + A) p0 exactly)" if n_s else "")
    p_note = " p: deformed shift vectors (must be the relaxed shifts, see relax_shifts)." if takes_p and relaxed else (
        " p: deformed shift vectors." if takes_p else "")
    sample = (("A", -0.01, 0.01),)
    if takes_p:
        p0 = [float(x) for x in cb.p0]
        sample += (("p", tuple(x - 0.01 for x in p0), tuple(x + 0.01 for x in p0)),)
    kw = dict(guards=guards, sample=sample)
    out = [
        ExpressionKernel("energy", "W(A, p): stored energy per reference volume (seed 001 eq 3.4, pairs once)." + p_note,
                         inputs, (Array("W", (), (sums.sums.energy(),)),), **kw),
        ExpressionKernel("stress", "P = dW/dA, first Piola-Kirchhoff stress per reference volume." + p_note,
                         inputs, (_array("P", grads[: d * d], (d, d)),), **kw),
        ExpressionKernel("moduli", f"C_ijkl = d2W/dA_ij dA_kl {which}, shape (d, d, d, d).".replace(" ,", ",") + p_note,
                         inputs, (_array("C", moduli, (d, d, d, d)),), guards=guards + moduli_guards, sample=sample,
                         intermediates=intermediates),
    ]
    if takes_p:
        out += [
            ExpressionKernel("shift_force", "grad_p W (eq 3.6's left side), shape (s, d).", inputs,
                             (_array("g", grads[d * d:], (n_s, d)),), **kw),
            ExpressionKernel("shift_hessian", "W_pp = d2W/dp dp, shape (s, d, s, d): Newton for eq 3.6.", inputs,
                             (_array("H", H[d * d:, d * d:], (n_s, d, n_s, d)),), **kw),
        ]
    return tuple(out), affine, sums
