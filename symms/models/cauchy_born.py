"""Cauchy–Born stored energy W(A, p) of a complex lattice with a pair potential (seed 001 §3, eqs 3.3–3.6).

Conventions (stated once, used everywhere):

- ``A`` is the displacement gradient, as in the seed (A = ∇U, y = x + A x); the deformation
  gradient is F = I + A.
- ``p`` = (p_1, ..., p_s) are the *deformed* shift vectors in Cartesian coordinates, as in the
  seed ("deforming the lattice vectors according to y = x + Ax, and letting the shift vectors
  be p").  The affine (unrelaxed, clamped-ion) shifts are p_k = (I + A) p_k^0.
- W is energy per *reference* volume with each pair counted once:
  W = (1/|Γ|) Σ_{unordered pairs} V(|(I + A) R + p_l - p_k|).  Eq 3.3 as printed,
  Σ_{i≠j} V(|y_i - y_j|), counts every pair twice (it needs a factor ½); the diatomic chain,
  eq 4.9, counts each bond once, as we do.
- P = ∂W/∂A is the first Piola–Kirchhoff stress (positive in tension); the Cauchy stress is
  σ = P Fᵀ / det F.  Moduli ∂²W/∂A∂A are the (d, d, d, d) tensor ∂²W/∂A_ij ∂A_kl.  Voigt
  C = ∂²W/∂E∂E with E = (FᵀF - I)/2, order 11, 22, 33, 23, 13, 12 (2D: 11, 22, 12), per
  reference volume (engineering shear strains, so C_44 = C_2323).

The neighbour set is chosen in the reference state: the *inside* pairs, reference distance
below the cutoff rc, are summed; the *watched* pairs, rc <= |X| < (1 + margin) rc, are not.
The symbolic W is the atomistic energy (3.4) exactly while every inside pair stays below rc
and every other pair stays at or beyond rc; :meth:`CauchyBorn.check_deformation` verifies it
(the watched pairs directly, all farther pairs through the bound
|x| >= σ_min(I + A) |X| - 2 max_k |p_k - (I + A) p_k^0|) and raises InputError otherwise.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import reduce
from itertools import product

import numpy as np
import sympy as sp

from ..errors import DerivationError, InputError
from ..model import Array, DerivedModel, Equation, ExpressionKernel, Guard, Section, Symbol
from .lattices import LATTICES, Lattice, PairTerm, get_lattice, pair_terms
from .potentials import CUTOFF_MODES, NAMED_POTENTIALS, PairPotential, make_potential, s

DEFAULT_MARGIN = sp.Rational(1, 4)
VOIGT_3D = ((0, 0), (1, 1), (2, 2), (1, 2), (0, 2), (0, 1))
VOIGT_2D = ((0, 0), (1, 1), (0, 1))
VOIGT_1D = ((0, 0),)
_RATIONAL_DIGITS = 45
_MAX_INTEGER = 2 ** 53  # closed forms with larger integers (big lattice sums) become 45-digit rationals


def voigt_pairs(d: int):
    """Tensor index pairs in Voigt order: 11, 22, 33, 23, 13, 12 (3D); 11, 22, 12 (2D); 11 (1D)."""
    return {1: VOIGT_1D, 2: VOIGT_2D, 3: VOIGT_3D}[d]


def displacement_gradient(d: int) -> sp.Matrix:
    """The symbols A_ij (named ``A11``, ``A12``, ...) of the displacement gradient."""
    return sp.Matrix(d, d, lambda i, j: sp.Symbol(f"A{i + 1}{j + 1}", real=True))


def shift_symbols(n_shifts: int, d: int) -> sp.Matrix:
    """The symbols p_ki (named ``p11``, ``p12``, ...): component i of deformed shift vector p_k."""
    return sp.Matrix(n_shifts, d, lambda k, i: sp.Symbol(f"p{k + 1}{i + 1}", real=True))


def cauchy_stress(P, A):
    """σ = P Fᵀ / det F with F = I + A (SymPy matrices or numpy arrays)."""
    if isinstance(P, sp.MatrixBase):
        F = sp.eye(A.rows) + A
        return P * F.T / F.det()
    F = np.eye(np.shape(A)[-1]) + np.asarray(A)
    return np.asarray(P) @ np.swapaxes(F, -1, -2) / np.linalg.det(F)[..., None, None]


def _rational(x) -> sp.Rational:
    """A high-precision SymPy Float as the exact rational of its first 45 decimal digits."""
    return sp.Rational(str(sp.Float(x, _RATIONAL_DIGITS)))


# --------------------------------------------------------------------------- reference state

@dataclass(frozen=True)
class Reference:
    """A zero-stress reference state: exact lattice-parameter values and the energy per atom."""

    values: dict
    exact: bool
    energy_per_atom: sp.Expr


def _energy_per_atom(lattice: Lattice, potential: PairPotential, terms) -> sp.Expr:
    """Σ V over the given pairs per atom, as a function of the lattice-parameter symbols."""
    g = potential.of_squared_distance
    fractional = [sp.Matrix(f) for f in lattice.fractional]
    shells = Counter()
    for t in terms:
        X = lattice.basis * (sp.Matrix(t.n) + fractional[t.l] - fractional[t.k])
        shells[sp.expand(X.dot(X))] += 1
    return sp.Add(*[m * g.subs(s, q) for q, m in shells.items()]) / lattice.atoms_per_cell


def _printable_exactly(root: sp.Expr) -> bool:
    """True when every integer in the closed form is below 2^53 (printers and numpy handle it as is)."""
    numbers = [n for n in root.atoms(sp.Rational)]
    return all(abs(n.p) < _MAX_INTEGER and n.q < _MAX_INTEGER for n in numbers)


def _stationary_point(E: sp.Expr, params, guess: dict):
    """Exact root of dE/da = 0 when it is a rational polynomial equation, else a 45-digit rational."""
    grad = [sp.diff(E, x) for x in params]
    if len(params) == 1:
        x = params[0]
        try:
            poly = sp.Poly(sp.numer(sp.together(grad[0])), x)
        except sp.PolynomialError:
            poly = None
        if poly is not None and (poly.domain.is_ZZ or poly.domain.is_QQ):
            roots = [root for root in poly.real_roots() if root > 0]
            if roots:
                root = min(roots, key=lambda z: abs(float(z) - float(guess[x])))
                if isinstance(root, sp.CRootOf) or not _printable_exactly(root):
                    return {x: _rational(root.evalf(60))}, False
                return {x: root}, True
    start = [float(guess[x]) for x in params]
    try:
        sol = sp.nsolve(grad, list(params), start, prec=60, tol=1e-50)
    except (ValueError, ZeroDivisionError) as exc:
        raise DerivationError(f"no zero-stress lattice constant found near {start}: {exc}") from None
    return {x: _rational(v) for x, v in zip(params, sol)}, False


def zero_stress_reference(lattice: Lattice | str, potential: PairPotential, max_iterations: int = 20) -> Reference:
    """Lattice parameters where the energy per atom is stationary (zero stress), with fixed fractional shifts.

    The pair set depends on the parameters (the cutoff is absolute), so iterate: choose the
    pairs inside rc at the current parameters, solve ∂E/∂a = 0 for that set, repeat until the
    set does not change.  The starting point puts the nearest neighbours at the minimum of V.
    """
    lattice = get_lattice(lattice)
    rc = float(potential.cutoff)
    shape = lattice.shape_values
    scale = potential.minimum() / lattice.nearest_neighbour_distance(shape)
    values = {x: v * sp.Float(scale, 30) for x, v in shape.items()}
    tried = []
    for _ in range(max_iterations):
        terms = pair_terms(lattice, values, rc)
        if not terms:
            raise InputError(
                f"cutoff {potential.cutoff} is below the nearest-neighbour distance "
                f"{lattice.nearest_neighbour_distance(values):.6g} of {lattice.name}: no pair interacts"
            )
        key = frozenset((t.k, t.l, t.n) for t in terms)
        E = _energy_per_atom(lattice, potential, terms)
        new_values, exact = _stationary_point(E, lattice.parameters, values)
        hessian = sp.hessian(E, lattice.parameters).evalf(30, subs=new_values)
        if min(np.linalg.eigvalsh(np.array(hessian, dtype=float))) <= 0:
            raise DerivationError(f"the zero-stress state of {lattice.name} with {potential.name} is not an energy minimum")
        if frozenset((t.k, t.l, t.n) for t in pair_terms(lattice, new_values, rc)) == key:
            return Reference(new_values, exact, E.subs(new_values))
        if key in tried:
            break
        tried.append(key)
        values = new_values
    raise DerivationError(
        f"no zero-stress state of {lattice.name} with cutoff {potential.cutoff}: the neighbour set keeps changing "
        "(a neighbour shell sits at the cutoff); choose another cutoff"
    )


# --------------------------------------------------------------------------- neighbour set

@dataclass(frozen=True)
class NeighbourSet:
    """The pairs summed (``inside``: |X| < rc) and watched (``watched``: rc <= |X| < (1 + margin) rc)."""

    inside: tuple[PairTerm, ...]
    watched: tuple[PairTerm, ...]
    cutoff: sp.Expr
    margin: sp.Expr

    @classmethod
    def build(cls, lattice: Lattice, values: dict, cutoff, margin=DEFAULT_MARGIN) -> NeighbourSet:
        rc = float(cutoff)
        terms = pair_terms(lattice, values, rc * (1 + float(margin)))
        on_cutoff = [t for t in terms if abs(t.distance - rc) < 1e-9 * rc]
        if on_cutoff:
            raise InputError(
                f"a neighbour shell of {lattice.name} lies on the cutoff rc = {cutoff} in the reference state "
                "(any deformation moves it across): choose another cutoff"
            )
        inside = tuple(t for t in terms if t.distance < rc)
        if not inside:
            raise InputError(
                f"cutoff {cutoff} is below the nearest-neighbour distance {terms[0].distance if terms else 'n/a'} "
                f"of {lattice.name}: no pair interacts"
            )
        return cls(inside, tuple(t for t in terms if t.distance >= rc), sp.nsimplify(cutoff), sp.nsimplify(margin))


# --------------------------------------------------------------------------- W(A, p) and derivatives

@dataclass(frozen=True)
class RelaxedShift:
    """The inner relaxation p(A) of eq 3.6 when SymPy solves it exactly, and its stability."""

    p: sp.Matrix
    W_pp: sp.Matrix

    def status(self, A_value) -> str:
        """'minimum' while W_pp(A, p(A)) is positive definite; otherwise an unstable critical point."""
        d = self.p.cols
        subs = {sp.Symbol(f"A{i + 1}{j + 1}", real=True): sp.nsimplify(np.atleast_2d(A_value)[i][j])
                for i in range(d) for j in range(d)}
        H = np.array(self.W_pp.subs(subs).evalf(30), dtype=float)
        lowest = float(min(np.linalg.eigvalsh(H)))
        if lowest > 0:
            return "minimum"
        kind = "maximum along p" if max(np.linalg.eigvalsh(H)) < 0 else "saddle"
        return f"unstable critical point ({kind}: W_pp has eigenvalue {lowest:.3g} < 0, past the inflection point)"


class CauchyBorn:
    """W(A, p) of seed 001 eq 3.4 as an exact finite lattice sum, with P, moduli and inner relaxation.

    ``reference`` gives the lattice-parameter values of the reference state (default: the
    zero-stress state from :func:`zero_stress_reference`).
    """

    def __init__(self, lattice: Lattice | str, potential: PairPotential, reference: Reference | dict | None = None,
                 margin=DEFAULT_MARGIN):
        self.lattice = get_lattice(lattice)
        self.potential = potential
        if reference is None:
            reference = zero_stress_reference(self.lattice, potential)
        if isinstance(reference, dict):
            reference = Reference({k: sp.nsimplify(v) for k, v in reference.items()}, True, sp.nan)
        self.reference = reference
        self.values = reference.values
        self.neighbours = NeighbourSet.build(self.lattice, self.values, potential.cutoff, margin)
        d, n_s = self.lattice.dim, self.lattice.n_shifts
        self.d, self.n_shifts = d, n_s
        self.A = displacement_gradient(d)
        self.p = shift_symbols(n_s, d)
        self.F = sp.eye(d) + self.A
        self.volume = self.lattice.volume(self.values)
        self.p0 = sp.Matrix.vstack(*[q.T for q in self.lattice.shift_vectors(self.values)[1:]]) if n_s else sp.zeros(0, d)
        g = potential.of_squared_distance
        self._g = (g, sp.diff(g, s), sp.diff(g, s, 2))

    # ---- pair geometry
    def _shift(self, k: int, affine: bool) -> sp.Matrix:
        if k == 0:
            return sp.zeros(self.d, 1)
        return self.F * self.p0[k - 1, :].T if affine else self.p[k - 1, :].T

    def separation(self, t: PairTerm, affine: bool = False) -> sp.Matrix:
        """x = (I + A) R + p_l - p_k: the deformed separation of pair t (affine: p = (I + A) p^0)."""
        return self.F * t.R + self._shift(t.l, affine) - self._shift(t.k, affine)

    def _pair_data(self, affine: bool):
        """Per inside pair: separation x, squared length s, and g, g', g'' at s (g(s) = V(sqrt s))."""
        out = []
        for t in self.neighbours.inside:
            x = self.separation(t, affine)
            sq = sp.Add(*[xi ** 2 for xi in x])
            out.append((t, x, sq, [gk.xreplace({s: sq}) for gk in self._g]))
        return out

    def _variables(self, affine: bool, with_shifts: bool):
        """Each variable as (component i of x it moves, weight per pair): A_ij -> (i, R_j or X_j), p_mi -> (i, σ_m)."""
        out = []
        for i, j in product(range(self.d), repeat=2):
            out.append((self.A[i, j], i, (lambda t, j=j: t.X[j]) if affine else (lambda t, j=j: t.R[j])))
        if with_shifts:
            for m, i in product(range(self.n_shifts), range(self.d)):
                out.append((self.p[m, i], i, lambda t, m=m + 1: int(t.l == m) - int(t.k == m)))
        return out

    # ---- W and its derivatives (eqs 3.4, 3.6, 4.10, 4.11)
    def energy(self, affine: bool = False) -> sp.Expr:
        """W(A, p) per reference volume (eq 3.4, pairs once); affine: W(A, (I + A) p^0)."""
        return sp.Add(*[gs[0] for _, _, _, gs in self._pair_data(affine)]) / self.volume

    def gradient(self, affine: bool = False, with_shifts: bool = False) -> list[sp.Expr]:
        """∂W/∂v for v = A_11, A_12, ..., then (with_shifts) p_11, p_12, ...: P row-major, then ∇_p W."""
        data = self._pair_data(affine)
        grads = []
        for _, i, weight in self._variables(affine, with_shifts):
            terms = [2 * gs[1] * x[i] * w for t, x, _, gs in data if (w := weight(t)) != 0]
            grads.append(sp.Add(*terms) / self.volume)
        return grads

    def hessian(self, affine: bool = False, with_shifts: bool = False) -> sp.Matrix:
        """∂²W/∂v∂v' over the variables of :meth:`gradient` (symmetric matrix)."""
        data = self._pair_data(affine)
        variables = self._variables(affine, with_shifts)
        n = len(variables)
        H = sp.zeros(n, n)
        for a_ in range(n):
            _, i, wa = variables[a_]
            for b_ in range(a_, n):
                _, k, wb = variables[b_]
                terms = []
                for t, x, _, gs in data:
                    w1, w2 = wa(t), wb(t)
                    if w1 == 0 or w2 == 0:
                        continue
                    term = 4 * gs[2] * x[i] * x[k] * w1 * w2
                    if i == k:
                        term += 2 * gs[1] * w1 * w2
                    terms.append(term)
                H[a_, b_] = H[b_, a_] = sp.Add(*terms) / self.volume
        return H

    def stress(self, affine: bool = False) -> sp.Matrix:
        """First Piola–Kirchhoff P = ∂W/∂A (d x d); affine: the total derivative with p = (I + A) p^0."""
        return sp.Matrix(self.d, self.d, self.gradient(affine))

    def shift_force(self) -> sp.Matrix:
        """∇_p W (s x d), eq 3.6's left side (eq 4.11 for the chain)."""
        return sp.Matrix(self.n_shifts, self.d, self.gradient(with_shifts=True)[self.d ** 2:])

    def blocks(self):
        """W_AA (d² x d²), W_Ap (d² x sd), W_pp (sd x sd) at free shifts."""
        H = self.hessian(with_shifts=True)
        n = self.d ** 2
        return H[:n, :n], H[:n, n:], H[n:, n:]

    # ---- inner relaxation (eqs 3.5-3.6)
    def is_centrosymmetric(self) -> bool:
        """True when every atom is a centre of inversion of its neighbours: then p(A) = (I + A) p^0 exactly."""
        stars = [Counter() for _ in range(self.lattice.atoms_per_cell)]
        for t in self.neighbours.inside:
            key = tuple(round(float(x), 9) for x in t.X)
            stars[t.k][key] += 1
            stars[t.l][tuple(-x for x in key)] += 1
        return all(star == Counter({tuple(-x for x in k): m for k, m in star.items()}) for star in stars)

    def relaxed_shift(self) -> RelaxedShift:
        """p(A) solving ∇_p W = 0 exactly (eq 3.6) when every atom is an inversion centre.

        Then p = (I + A) p^0 (for the chain: p = (1 + A) a / 2) is a critical point for every A;
        it is the minimiser of eq 3.5 only while W_pp(A, p(A)) is positive definite (see
        :meth:`RelaxedShift.status`).  Otherwise use :meth:`relax_shifts` (Newton).
        """
        if not self.n_shifts:
            raise InputError(f"{self.lattice.name} has no shift vectors to relax")
        if not self.is_centrosymmetric():
            raise DerivationError(
                f"{self.lattice.name}: not every atom is an inversion centre, so p(A) has no closed form here; "
                "use relax_shifts (Newton) or shift_series"
            )
        p_affine = (self.F * self.p0.T).T
        subs = dict(zip(self.p, p_affine))
        _, _, W_pp = self.blocks()
        return RelaxedShift(p_affine, W_pp.xreplace(subs))

    def relax_shifts(self, A_value, p_start=None, force=None, hessian=None, tol=1e-12, max_steps=50):
        """Newton's method for ∇_p W(A, p) = 0 (eq 3.6) at a numeric A.

        ``force(A, p)`` and ``hessian(A, p)`` evaluate ∇_p W (s x d) and W_pp (sd x sd); by
        default they are lambdified from the symbolic sums (pass generated kernels instead).
        Returns (p, W_pp at p); raises DerivationError if W_pp is singular or Newton fails.
        """
        if force is None or hessian is None:
            force, hessian = self._numeric_shift_functions()
        A_value = np.atleast_2d(np.asarray(A_value, dtype=float))
        self.check_deformation(A_value)
        p_affine = (np.eye(self.d) + A_value) @ np.array(self.p0.evalf(30), dtype=float).T
        p = p_affine.T.copy() if p_start is None else np.array(p_start, dtype=float).reshape(self.n_shifts, self.d)
        for _ in range(max_steps):
            g = np.asarray(force(A_value, p), dtype=float).reshape(-1)
            H = np.asarray(hessian(A_value, p), dtype=float).reshape(g.size, g.size)
            if abs(np.linalg.det(H)) < 1e-14 * max(1.0, np.abs(H).max()) ** g.size:
                raise DerivationError("W_pp is singular: the inner relaxation (eq 3.6) has no unique solution here")
            step = np.linalg.solve(H, g).reshape(p.shape)
            p -= step
            if np.abs(step).max() < tol:
                self.check_deformation(A_value, p)
                return p, H
        raise DerivationError(f"Newton for the shifts did not converge in {max_steps} steps at A = {A_value.tolist()}")

    def _numeric_shift_functions(self):
        if not hasattr(self, "_shift_numeric"):
            args = [list(self.A), list(self.p)]
            f = sp.lambdify(args, list(self.shift_force()), "numpy", cse=True)
            H = sp.lambdify(args, list(self.blocks()[2]), "numpy", cse=True)
            self._shift_numeric = (lambda A, p: np.array(f(np.ravel(A), np.ravel(p))),
                                   lambda A, p: np.array(H(np.ravel(A), np.ravel(p))))
        return self._shift_numeric

    def shift_series(self, order: int) -> list[sp.Matrix]:
        """Coefficients p^(0), ..., p^(order) of p(A) = Σ p^(k), p^(k) homogeneous of degree k in A (eq 3.6).

        Order by order: p^(k) = -W_pp(0)^{-1} [degree-k part of ∇_p W(A, p^(0) + ... + p^(k-1))].
        """
        if order < 0:
            raise InputError("the series order must be >= 0")
        if not self.n_shifts:
            raise InputError(f"{self.lattice.name} has no shift vectors")
        _, _, W_pp = self.blocks()
        H0 = W_pp.xreplace({**{a_: 0 for a_ in self.A}, **dict(zip(self.p, self.p0))})
        if H0.evalf(30).det() == 0 or abs(H0.evalf(30).det()) < sp.Float("1e-25"):
            raise DerivationError("W_pp is singular at the reference state: the shift series (eq 3.6) does not exist")
        H0_inv = H0.inv()
        coefficients = [self.p0]
        for k in range(1, order + 1):
            residual = self._force_degree(coefficients, k)
            coefficients.append((-(H0_inv * residual)).applyfunc(sp.expand).reshape(self.n_shifts, self.d))
        return coefficients

    def _force_degree(self, coefficients, k) -> sp.Matrix:
        """Degree-k part (in A) of ∇_p W(A, Σ_j p^(j)), Taylor-expanding g'(s) about each reference s."""
        out = [sp.Integer(0)] * (self.n_shifts * self.d)
        g1 = self._g[1]
        zero_row = sp.zeros(1, self.d)
        for t_ in self.neighbours.inside:
            def shift_difference(j):
                row = lambda m: zero_row if m == 0 else coefficients[j][m - 1, :]
                return (row(t_.l) - row(t_.k)).T if j < len(coefficients) else sp.zeros(self.d, 1)
            x = [t_.X, self.A * t_.R + shift_difference(1)] + [shift_difference(j) for j in range(2, k + 1)]
            delta = [sp.Integer(0)] + [sp.expand(sum((x[i].dot(x[j - i]) for i in range(j + 1)), sp.Integer(0)))
                                       for j in range(1, k + 1)]
            s0 = t_.X.dot(t_.X)
            g1_by_degree = [g1.subs(s, s0)] + [sp.Integer(0)] * k
            power = [sp.Integer(1)] + [sp.Integer(0)] * k
            for m in range(1, k + 1):
                power = [sp.expand(sum((power[i] * delta[j - i] for i in range(j)), sp.Integer(0))) for j in range(k + 1)]
                factor = sp.diff(g1, s, m).subs(s, s0) / sp.factorial(m)
                for j in range(m, k + 1):
                    g1_by_degree[j] += factor * power[j]
            for m in range(1, self.n_shifts + 1):
                sign = int(t_.l == m) - int(t_.k == m)
                for i in range(self.d) if sign else ():
                    out[(m - 1) * self.d + i] += sp.expand(
                        2 * sign * sum((g1_by_degree[j] * x[k - j][i] for j in range(k + 1)), sp.Integer(0)))
        return sp.Matrix(out) / self.volume

    # ---- moduli
    def relaxed_moduli(self) -> sp.Matrix:
        """C = W_AA - W_Ap W_pp^{-1} W_pA as a symbolic (d² x d²) matrix in A and p (implicit-function theorem).

        Inversion-centred lattices: the exact Hessian of W(A, (I + A) p^0).  Otherwise W_pp^{-1}
        is written as adj(W_pp)/det(W_pp), for s d <= 3 (diamond, HCP); evaluate at relaxed p.
        """
        if not self.n_shifts:
            return self.hessian()
        if self.is_centrosymmetric():
            return self.hessian(affine=True)
        if self.n_shifts * self.d > 3:
            raise DerivationError(
                f"symbolic relaxed moduli need s d <= 3 (W_pp inverted by its adjugate); {self.lattice.name} has "
                f"s d = {self.n_shifts * self.d}: use reference_voigt(relaxed=True) or relaxed=False kernels"
            )
        W_AA, W_Ap, W_pp = self.blocks()
        adjugate, det = _adjugate_and_det(W_pp)
        correction = W_Ap * adjugate * W_Ap.T
        return W_AA - correction.applyfunc(lambda e: e / det)

    def reference_stress(self) -> np.ndarray:
        """P at A = 0 with affine shifts (zero at a zero-stress reference), as floats."""
        zero = {a_: 0 for a_ in self.A}
        return np.array(self.stress(affine=True).xreplace(zero).evalf(30), dtype=float)

    def reference_voigt(self, relaxed: bool) -> np.ndarray:
        """Voigt C = ∂²W/∂E∂E at the reference state (A = 0), unrelaxed (clamped shifts) or relaxed.

        Computed from squared distances s = X·(I + 2E)X with reference-frame shifts q (p = F q):
        C_ijkl = W_EE - W_Eq W_qq^{-1} W_qE (the Tadmor et al. 1999 form, eq 27), exactly, then to floats.
        """
        d, n_s = self.d, self.n_shifts
        pairs = voigt_pairs(d)
        n_v, n_q = len(pairs), n_s * d
        W_EE, W_Eq, W_qq = sp.zeros(n_v, n_v), sp.zeros(n_v, n_q), sp.zeros(n_q, n_q)
        _, g1, g2 = self._g
        for t in self.neighbours.inside:
            X = t.X
            s0 = X.dot(X)
            G1, G2 = g1.subs(s, s0), g2.subs(s, s0)
            for a_, (i, j) in enumerate(pairs):
                for b_, (k, l) in enumerate(pairs):
                    W_EE[a_, b_] += 4 * G2 * X[i] * X[j] * X[k] * X[l]
            for m in range(1, n_s + 1):
                sm = int(t.l == m) - int(t.k == m)
                if not sm:
                    continue
                for a_, (i, j) in enumerate(pairs):
                    for k in range(d):
                        W_Eq[a_, (m - 1) * d + k] += sm * (4 * G2 * X[i] * X[j] * X[k]
                                                          + 2 * G1 * (int(i == k) * X[j] + int(j == k) * X[i]))
                for n in range(1, n_s + 1):
                    sn = int(t.l == n) - int(t.k == n)
                    if not sn:
                        continue
                    for i, k in product(range(d), repeat=2):
                        W_qq[(m - 1) * d + i, (n - 1) * d + k] += sm * sn * (4 * G2 * X[i] * X[k] + 2 * G1 * int(i == k))
        C = W_EE
        if relaxed and n_s:
            W_qq_f = sp.Matrix(W_qq).evalf(40)
            if abs(W_qq_f.det()) < sp.Float("1e-25"):
                raise DerivationError(
                    "W_pp is singular at the reference state: the relaxed moduli (C = W_AA - W_Ap W_pp^-1 W_pA) "
                    "do not exist; the shifts are not determined by A (eq 3.6 has no unique solution)"
                )
            C = W_EE.evalf(40) - W_Eq.evalf(40) * W_qq_f.inv() * W_Eq.T.evalf(40)
        return np.array((C / self.volume).evalf(30), dtype=float)

    # ---- validity of the neighbour set
    def check_deformation(self, A_value, p_value=None):
        """Raise InputError unless det(I + A) > 0 and no pair crosses the cutoff (see the module doc).

        ``p_value`` (s x d) defaults to the affine shifts (I + A) p^0.
        """
        d = self.d
        F = np.eye(d) + np.atleast_2d(np.asarray(A_value, dtype=float)).reshape(d, d)
        det = np.linalg.det(F)
        if not det > 0:
            raise InputError(f"det(I + A) = {det:.6g} <= 0: the deformation inverts the crystal")
        p0 = np.array(self.p0.evalf(30), dtype=float).reshape(self.n_shifts, d)
        p_aff = p0 @ F.T
        p = p_aff if p_value is None else np.asarray(p_value, dtype=float).reshape(self.n_shifts, d)
        offsets = np.vstack([np.zeros((1, d)), p]) if self.n_shifts else np.zeros((1, d))
        rc = float(self.neighbours.cutoff)
        reach = (1 + float(self.neighbours.margin)) * rc
        drift = 2 * float(np.abs(p - p_aff).max(initial=0) if self.n_shifts else 0.0)
        sigma_min = float(np.linalg.svd(F, compute_uv=False).min())
        if sigma_min * reach - drift < rc:
            raise InputError(
                f"deformation too large for the neighbour set (smallest stretch {sigma_min:.4g}): pairs beyond "
                f"{1 + float(self.neighbours.margin):g} rc could come inside the cutoff; rebuild with a larger margin"
            )
        for inside, terms in ((True, self.neighbours.inside), (False, self.neighbours.watched)):
            for t in terms:
                R = np.array(t.R.evalf(20), dtype=float).ravel()
                dist = np.linalg.norm(F @ R + offsets[t.l] - offsets[t.k])
                if (dist < rc) != inside:
                    raise InputError(
                        f"pair {t.k}-{t.l} at cell {t.n} (reference distance {t.distance:.6g}) "
                        f"{'leaves' if inside else 'enters'} the cutoff rc = {rc:g} (distance {dist:.6g}): the "
                        "deformation is outside the range where the reference neighbour set is valid"
                    )


def _plain_det(M: sp.Matrix) -> sp.Expr:
    """Determinant by cofactor expansion with no simplification (fast on big unexpanded entries)."""
    if M.rows == 1:
        return M[0, 0]
    return sp.Add(*[(-1) ** j * M[0, j] * _plain_det(M.minor_submatrix(0, j)) for j in range(M.cols)])


def _adjugate_and_det(M: sp.Matrix):
    """adj(M) and det(M) by cofactors, entries left unexpanded (for W_pp^{-1} = adj / det, small M)."""
    n = M.rows
    if n == 1:
        return sp.Matrix([[1]]), M[0, 0]
    adjugate = sp.Matrix(n, n, lambda i, j: (-1) ** (i + j) * _plain_det(M.minor_submatrix(j, i)))
    return adjugate, _plain_det(M)


# --------------------------------------------------------------------------- the derived model

def _array(name, matrix, shape):
    return Array(name, shape, tuple(sp.Matrix(matrix).reshape(1, len(matrix)).tolist()[0]) if len(matrix) else ())


_SHORT = 24      # numbers printed longer than this (characters) are stored as decimals in the kernels
_DIGITS = 17     # significant digits of those decimals: the correctly rounded double, exactly


def _compact(expr):
    """``expr`` with every long exact number (e.g. a lattice constant that is a root of a degree-6
    polynomial, or a 45-digit rational) replaced by its 32-digit decimal; short ones (1/2, sqrt(3)/2)
    stay exact.  Keeps model.json small: the kernels' SymPy source is printed once per use."""
    expr = sp.sympify(expr)
    if expr.is_number:
        return expr if len(sp.sstr(expr)) <= _SHORT else sp.Float(repr(float(expr.evalf(40))), _DIGITS)
    if not expr.args:
        return expr
    if expr.is_Mul:
        number = sp.Mul(*[arg for arg in expr.args if arg.is_number])
        return _compact(number) * sp.Mul(*[_compact(arg) for arg in expr.args if not arg.is_number])
    return expr.func(*[_compact(arg) for arg in expr.args])


@dataclass(frozen=True)
class _Bond:
    """One term of the kernels' lattice sum: ``weight`` x g(L² q), q = |y|², y = x / L.

    ``y`` (d entries) is the deformed separation in units of L; ``lever[j]`` = ∂y_i/∂A_ij and
    ``shift[m]`` = ∂y/∂p_m (a number per shift), so ∂q/∂A_ij = 2 y_i lever_j, ∂q/∂p_mi = 2 y_i shift_m.
    """

    weight: int
    y: tuple
    lever: tuple
    shift: tuple
    q: sp.Expr


def _spread(coefficient, G, factor) -> list:
    """``coefficient * G * factor`` as one term per term of G (e.g. one per power of q for LJ).

    G' and G'' nearly cancel at equilibrium bond lengths (V'(r0) = 0), so keeping their terms
    apart keeps Σ|terms| an honest measure of the conditioning the kernel checks use.
    """
    return [coefficient * g * factor for g in sp.Add.make_args(G)]


class _KernelSums:
    """W, its gradient and Hessian in (A, p) as compact sums over bonds (seed 001 eqs 3.4, 3.6).

    Affine kernels (no shift inputs; every atom an inversion centre, so p(A) = (I + A) p^0 is the
    exact inner relaxation) merge the pairs with the same reference vector ±X and use the
    lattice constant as the length unit L, so that y = (I + A) X / L has short exact entries.
    Kernels with shift inputs keep every pair and L = 1.  The potential enters as
    G(q) = g(L² q) / |Γ| with g(s) = V(√s); its derivatives multiply the bond's q-derivatives.
    """

    def __init__(self, cb: CauchyBorn, affine: bool):
        self.cb, self.affine = cb, affine
        d, n_s = cb.d, cb.n_shifts
        self.variables = list(cb.A) + ([] if affine else list(cb.p))
        self.n_s = 0 if affine else n_s
        params = cb.lattice.parameters
        self.L = cb.values[params[0]] if affine and len(params) == 1 else sp.Integer(1)
        if not affine:
            self.L = cb.values[params[0]]
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
        g = cb.potential.of_squared_distance
        G = sp.expand_power_base(sp.expand(g.xreplace({s: self.L ** 2 * Q}) / cb.volume), force=True)
        self.Q = Q
        self.G = [_compact(sp.expand(sp.diff(G, Q, k))) for k in range(3)]

    def _merge(self, terms) -> dict:
        """Reference vectors X / L up to sign, with how many pairs share each."""
        merged: dict = {}
        for t in terms:
            xi = [_compact(x / self.L) for x in t.X]
            first = next(x for x in xi if x != 0)
            xi = tuple(xi) if first > 0 else tuple(-x for x in xi)
            merged[xi] = merged.get(xi, 0) + 1
        return merged

    def _affine_bonds(self, merged: dict, scale) -> list[_Bond]:
        A, d = self.cb.A, self.cb.d
        bonds = []
        for xi, weight in merged.items():
            xi = [x * scale for x in xi]
            y = tuple(sp.Add(*[(int(i == j) + A[i, j]) * xi[j] for j in range(d)]) for i in range(d))
            bonds.append(_Bond(weight, y, tuple(xi), (), sp.Add(*[yi ** 2 for yi in y])))
        return bonds

    def _pair_bonds(self, terms) -> list[_Bond]:
        cb, d = self.cb, self.cb.d
        bonds = []
        inverse = _compact(1 / self.L)
        for t in terms:
            R = [_compact(x / self.L) for x in t.R]
            shift = tuple((int(t.l == m) - int(t.k == m)) * inverse for m in range(1, cb.n_shifts + 1))
            y = tuple(sp.Add(*[(int(i == j) + cb.A[i, j]) * R[j] for j in range(d)])
                      + sp.Add(*[shift[m] * cb.p[m, i] for m in range(cb.n_shifts)]) for i in range(d))
            bonds.append(_Bond(1, y, tuple(R), shift, sp.Add(*[yi ** 2 for yi in y])))
        return bonds

    def _G(self, k: int, bond: _Bond) -> sp.Expr:
        return self.G[k].xreplace({self.Q: bond.q})

    def _dq(self, bond: _Bond):
        """Per variable: (component i of y it moves, coefficient c) with ∂q/∂v = 2 c y_i."""
        d = self.cb.d
        out = [(i, bond.lever[j]) for i in range(d) for j in range(d)]
        out += [(i, bond.shift[m]) for m in range(self.n_s) for i in range(d)]
        return out

    def energy(self) -> sp.Expr:
        return sp.Add(*[b.weight * self._G(0, b) for b in self.bonds])

    def gradient(self) -> list[sp.Expr]:
        n = len(self.variables)
        terms = [[] for _ in range(n)]
        for b in self.bonds:
            G1 = self._G(1, b)
            for v, (i, c) in enumerate(self._dq(b)):
                if c != 0 and b.y[i] != 0:
                    terms[v] += _spread(2 * b.weight * c, G1, b.y[i])
        return [sp.Add(*t) for t in terms]

    def hessian(self) -> sp.Matrix:
        n = len(self.variables)
        terms = [[[] for _ in range(n)] for _ in range(n)]
        for b in self.bonds:
            G1, G2 = self._G(1, b), self._G(2, b)
            dq = self._dq(b)
            for u, (i, c) in enumerate(dq):
                if c == 0:
                    continue
                for v in range(u, n):
                    k, e = dq[v]
                    if e == 0:
                        continue
                    if b.y[i] != 0 and b.y[k] != 0:
                        terms[u][v] += _spread(4 * b.weight * c * e, G2, b.y[i] * b.y[k])
                    if i == k:
                        terms[u][v] += _spread(2 * b.weight * c * e, G1, 1)
        H = sp.zeros(n, n)
        for u in range(n):
            for v in range(u, n):
                H[u, v] = H[v, u] = sp.Add(*terms[u][v])
        return H

    def guards(self) -> tuple[Guard, ...]:
        """det F > 0; every inside bond inside rc, every watched bond outside; and a stretch bound
        (leading minors of FᵀF - λ²I positive) keeping every farther pair beyond rc."""
        cb, d = self.cb, self.cb.d
        F = sp.eye(d) + cb.A
        rc2 = _compact(cb.neighbours.cutoff ** 2 / self.L ** 2)
        guards = [Guard(F.det(), "det(I + A) must be positive (the deformation inverts the crystal)")]
        margin = cb.neighbours.margin
        if self.n_s:
            # |x| >= sigma_min(F) (1 + margin) rc - 2 max_m |p_m - F p0_m|: bound the drift by margin rc / 4
            drift = margin * cb.neighbours.cutoff / 4
            for m in range(self.n_s):
                dp = cb.p[m, :].T - F * cb.p0[m, :].T
                guards.append(Guard(_compact(drift ** 2) - sp.Add(*[_compact(x) ** 2 for x in dp]),
                                    f"shift p{m + 1} moved more than {float(drift):.3g} from its affine position "
                                    "(outside the range where the neighbour set is valid)"))
            stretch = (1 + margin / 2) / (1 + margin)
        else:
            stretch = 1 / (1 + margin)
        M = F.T * F - stretch ** 2 * sp.eye(d)
        for k in range(1, d + 1):
            guards.append(Guard(sp.expand(M[:k, :k].det()),
                                f"the smallest stretch of I + A is below {float(stretch):.3g}: pairs beyond the "
                                "watched shell could enter the cutoff"))
        for inside, bonds in ((True, self.bonds), (False, self.watched)):
            for b in bonds:
                guards.append(Guard(rc2 - b.q if inside else b.q - rc2,
                                    f"a pair {'leaves' if inside else 'enters'} the cutoff: deformation outside the "
                                    "range where the neighbour set is valid"))
        return tuple(guards)


def _schur(H, n: int):
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
    Z = sp.Matrix(n, m, lambda a, u: name(f"Z_{a}_{u}", sp.Add(*[B[a, w] * adjugate[w, u] for w in range(m)])))
    moduli = sp.zeros(n, n)
    for a in range(n):  # B adj Bᵀ is symmetric: one expression for C[a, b] and C[b, a] (printed and checked once)
        for b in range(a, n):
            moduli[a, b] = moduli[b, a] = W_AA[a, b] - sp.Add(*[Z[a, u] * B[b, u] for u in range(m)]) / det
    message = ("W_pp (the shift Hessian) must be positive definite: the shifts are not a stable inner relaxation "
               "(eq 3.6), so the relaxed moduli do not exist here")
    guards = tuple(Guard(sp.expand(S[:k, :k].det(method="berkowitz")) if k > 1 else S[0, 0], message)
                   for k in range(1, m))
    guards += (Guard(det, message),)
    return moduli, tuple(named), guards


def _kernels(cb: CauchyBorn, relaxed: bool):
    """energy/stress/moduli kernels (+ shift_force, shift_hessian when the kernels take p).

    Lattices whose atoms are all inversion centres (and Bravais lattices) give kernels in A
    alone: the shifts p(A) = (I + A) p^0 are the exact inner relaxation, so relaxed and clamped
    coincide.  Other multilattices (diamond, HCP) take the deformed shifts p as a second input.
    """
    d, n_s = cb.d, cb.n_shifts
    affine = not n_s or cb.is_centrosymmetric()
    sums = _KernelSums(cb, affine)
    takes_p = not affine
    inputs = (_array("A", cb.A, (d, d)),) + ((_array("p", cb.p, (n_s, d)),) if takes_p else ())
    guards = sums.guards()
    H = sums.hessian()
    grads = sums.gradient()
    W_AA = H[: d * d, : d * d]
    moduli, intermediates, moduli_guards = _schur(H, d * d) if takes_p and relaxed else (W_AA, (), ())
    which = "relaxed (at relaxed p)" if takes_p and relaxed else ("at the given shifts p" if takes_p else
                                                                  "(relaxed: p(A) = (I + A) p0 exactly)" if n_s else "")
    p_note = " p: deformed shift vectors (must be the relaxed shifts, see relax_shifts)." if takes_p and relaxed else (
        " p: deformed shift vectors." if takes_p else "")
    sample = (("A", -0.01, 0.01),)
    if takes_p:
        p0 = [float(x) for x in cb.p0]
        sample += (("p", tuple(x - 0.01 for x in p0), tuple(x + 0.01 for x in p0)),)
    kw = dict(guards=guards, sample=sample)
    kernels = [
        ExpressionKernel("energy", "W(A, p): stored energy per reference volume (seed 001 eq 3.4, pairs once)." + p_note,
                         inputs, (Array("W", (), (sums.energy(),)),), **kw),
        ExpressionKernel("stress", "P = dW/dA, first Piola-Kirchhoff stress per reference volume." + p_note,
                         inputs, (_array("P", grads[: d * d], (d, d)),), **kw),
        ExpressionKernel("moduli", f"C_ijkl = d2W/dA_ij dA_kl {which}, shape (d, d, d, d).".replace(" ,", ",") + p_note,
                         inputs, (_array("C", moduli, (d, d, d, d)),), guards=guards + moduli_guards, sample=sample,
                         intermediates=intermediates),
    ]
    if takes_p:
        kernels += [
            ExpressionKernel("shift_force", "grad_p W (eq 3.6's left side), shape (s, d).", inputs,
                             (_array("g", grads[d * d:], (n_s, d)),), **kw),
            ExpressionKernel("shift_hessian", "W_pp = d2W/dp dp, shape (s, d, s, d): Newton for eq 3.6.", inputs,
                             (_array("H", H[d * d:, d * d:], (n_s, d, n_s, d)),), **kw),
        ]
    return tuple(kernels), affine, sums


def _vector_tex(v) -> str:
    return r"(" + ", ".join(sp.latex(x) for x in v) + r")"


def _sections(cb: CauchyBorn, sums: "_KernelSums", C_unrelaxed, C_relaxed, affine: bool):
    """The model document: lattice and potential, W (eq 3.4) as a shell sum, stress, relaxation, moduli."""
    d, lattice = cb.d, cb.lattice
    r_ = sp.Symbol("r")
    V = sp.Function("V")
    lattice_eqs = tuple(Equation(f"ref_{k}", sp.Symbol(f"{k}_0"), (v,)) for k, v in cb.values.items())
    potential = cb.potential.inside.subs(cb.potential.expr.free_symbols.pop(), r_)
    n_pairs, n_watched = len(cb.neighbours.inside), len(cb.neighbours.watched)
    voigt = ", ".join("".join(str(i + 1) for i in pair) for pair in voigt_pairs(d))
    general = sp.Symbol(r"\frac{1}{|\Gamma|}\sum_{(k,l,\mathbf{n})\in\mathcal{N}} "
                        r"V\bigl(|(I+A)B\mathbf{n}+p_l-p_k|\bigr)")
    sections = [
        Section("Lattice, potential and neighbour set",
                rf"{lattice.description}; $d = {d}$, {lattice.atoms_per_cell} atom(s) per cell. Pair potential "
                rf"$V(r)$ for $r < r_c = {sp.latex(cb.neighbours.cutoff)}$ ({cb.potential.mode}; zero beyond). "
                r"Zero-stress reference below. The set $\mathcal{N}$ holds the "
                rf"{n_pairs} unordered pairs per cell closer than $r_c$ in the reference state (each pair once: "
                r"eq 3.3 as printed counts every pair twice); the sum is exact while no pair crosses $r_c$, which the "
                rf"kernels guard ({n_watched} pairs just beyond $r_c$ are watched, farther ones bounded by the "
                r"smallest stretch of $I + A$).",
                (Equation("potential", V(r_), (potential,)),) + lattice_eqs),
    ]
    energy_eqs = [Equation("W_sum", sp.Symbol("W"), (general,))]
    if affine:
        first = lattice.parameters[0]
        unit = sp.latex(sp.Symbol(f"{first}_0") * sp.nsimplify(sums.L / cb.values[first])) if len(lattice.parameters) == 1 else "1"
        shown = sorted(sums.bonds, key=lambda b: sp.Add(*[x ** 2 for x in b.lever]))[:4]
        shells = tuple(sp.Symbol(rf"{b.weight}\, V\bigl({unit}\,|(I+A)\,{_vector_tex(b.lever)}^{{\mathsf T}}|\bigr)")
                       for b in shown)
        energy_eqs.append(Equation("W_shells", sp.Symbol(r"|\Gamma|\, W"), shells + (sp.Symbol(r"\dots"),)))
        text = (r"$A = \nabla U$ is the displacement gradient ($F = I + A$), $p_k$ the deformed shift vectors, "
                r"$B$ the Bravais vectors (columns). "
                + (r"Every atom is an inversion centre of its neighbours, so $p(A) = (I + A)\,p^0$ solves eq 3.6 "
                   r"exactly and the sum becomes one over reference vectors $X$ with multiplicities "
                   if cb.n_shifts else r"A Bravais lattice: the sum runs over reference vectors $X$ with multiplicities ")
                + rf"({len(sums.bonds)} distinct $\pm X$, lengths in units of ${unit}$; the nearest shown).")
    else:
        text = (r"$A = \nabla U$ is the displacement gradient ($F = I + A$), $p_1,\dots,p_s$ the deformed shift "
                r"vectors (Cartesian), $B$ the Bravais vectors (columns), $p_0 = 0$. The kernels take $A$ and $p$; "
                r"the relaxed shifts solve eq 3.6, $\nabla_p W(A, p) = 0$ (Newton with the shift\_force and "
                r"shift\_hessian kernels).")
    sections.append(Section("Stored energy (eq 3.4)", text, tuple(energy_eqs)))
    sections.append(Section(
        "Stress and moduli",
        r"First Piola--Kirchhoff stress per reference volume (tension positive), with $x = (I+A)B\mathbf{n}+p_l-p_k$ "
        r"and $r = |x|$; the Cauchy stress is $\sigma = P F^{\mathsf T}/\det F$. The moduli kernel gives "
        r"$\partial^2 W/\partial A_{ij}\partial A_{kl}$.",
        (Equation("P_sum", sp.Symbol("P_{ij}"),
                  (sp.Symbol(r"\frac{1}{|\Gamma|}\sum_{(k,l,\mathbf{n})\in\mathcal{N}} \frac{V'(r)}{r}\,x_i\,(B\mathbf{n})_j"),)),
         Equation("C_sum", sp.Symbol(r"\frac{\partial^2 W}{\partial A_{ij}\partial A_{kl}}"),
                  (sp.Symbol(r"\frac{1}{|\Gamma|}\sum_{\mathcal{N}} \Bigl[\Bigl(V'' - \frac{V'}{r}\Bigr)"
                             r"\frac{x_i x_k}{r^2} + \frac{V'}{r}\,\delta_{ik}\Bigr](B\mathbf{n})_j (B\mathbf{n})_l"),)))))
    sections.append(Section(
        "Elastic moduli at the reference state",
        rf"Voigt $C = \partial^2 W/\partial E\,\partial E$ with $E = (F^{{\mathsf T}}F - I)/2$ (order {voigt}; "
        r"engineering shears), per reference volume, in the potential's units. Unrelaxed: shifts moved affinely; "
        r"relaxed: $C = W_{EE} - W_{Eq} W_{qq}^{-1} W_{qE}$ (eqs 3.5--3.6, implicit-function theorem).",
        (Equation("C_unrelaxed", sp.Symbol(r"C^{\mathrm{unrelaxed}}"), (_rounded(C_unrelaxed),)),
         Equation("C_relaxed", sp.Symbol(r"C^{\mathrm{relaxed}}"), (_rounded(C_relaxed),)))))
    return tuple(sections)


def _rounded(M) -> sp.Matrix:
    return sp.Matrix(np.asarray(M)).applyfunc(lambda x: sp.Float(float(x), 6) if abs(float(x)) > 1e-12 else sp.Integer(0))


def build(lattice: str | Lattice = "fcc", potential: str = "lj", cutoff: float | None = 2.5, relaxed: bool = False,
          cutoff_mode: str = "truncated", margin=DEFAULT_MARGIN) -> DerivedModel:
    """The Cauchy–Born derived model (seed 001 §3–4) of one lattice, potential and cutoff.

    Kernels ``energy`` (W), ``stress`` (P, d x d) and ``moduli`` (C, d x d x d x d, the full
    ∂²W/∂A∂A, relaxed when ``relaxed``); they take ``A`` (d x d), plus ``p`` (s x d) when the
    lattice has shifts that are not fixed by inversion symmetry or ``relaxed`` is False;
    such models also emit ``shift_force`` and ``shift_hessian`` for Newton on eq 3.6.
    Results (at the zero-stress state, potential units) include ``lattice_constant``,
    ``energy_per_atom``, ``C_voigt_unrelaxed`` and ``C_voigt_relaxed``.
    """
    lat = get_lattice(lattice)
    pot = make_potential(potential, cutoff, cutoff_mode)
    reference = zero_stress_reference(lat, pot)
    cb = CauchyBorn(lat, pot, reference, margin)
    C_unrelaxed = cb.reference_voigt(relaxed=False)
    C_relaxed = cb.reference_voigt(relaxed=True)
    kernels, affine, sums = _kernels(cb, relaxed)
    constants = {str(k): float(v) for k, v in reference.values.items()}
    results = {
        "lattice_constant": constants["a"] if len(constants) == 1 else constants,
        "lattice_constant_exact": {str(k): sp.sstr(v) for k, v in reference.values.items()} if reference.exact else None,
        "nearest_neighbour_distance": lat.nearest_neighbour_distance(reference.values),
        "energy_per_atom": float(reference.energy_per_atom),
        "C_voigt_unrelaxed": C_unrelaxed.tolist(),
        "C_voigt_relaxed": C_relaxed.tolist(),
        "voigt_order": ["".join(str(i + 1) for i in pair) for pair in voigt_pairs(lat.dim)],
        "reference_stress_max": float(np.abs(cb.reference_stress()).max()),
        "pairs_inside_cutoff": len(cb.neighbours.inside),
        "pairs_watched": len(cb.neighbours.watched),
        "neighbour_margin": float(cb.neighbours.margin),
        "inner_relaxation": ("none (no shifts)" if not lat.n_shifts else
                             "exact: p(A) = (I + A) p0 (every atom an inversion centre)" if cb.is_centrosymmetric()
                             else "Newton on shift_force / shift_hessian"),
    }
    params = {"lattice": lat.name, "potential": str(potential), "cutoff": cutoff, "cutoff_mode": cutoff_mode,
              "relaxed": relaxed}
    symbols = (Symbol("A", "A", r"displacement gradient $\nabla U$, $F = I + A$ (seed 001 \S 3)"),
               Symbol("p", "p", r"deformed shift vectors $p_1,\dots,p_s$ (Cartesian)"),
               Symbol("W", "W", "stored energy per reference volume"),
               Symbol("P", "P", r"first Piola--Kirchhoff stress $\partial W/\partial A$"),
               Symbol("C", "C", "elastic moduli"))
    return DerivedModel(
        derivation="cauchy-born", variant="", parameters=params,
        title=f"Cauchy-Born stored energy: {lat.name}, {pot.name} potential, cutoff {pot.cutoff}",
        source="W. E and J. Lu, seed 001 §3-4 (eqs 3.3-3.6, 4.9-4.12)", symbols=symbols,
        sections=_sections(cb, sums, C_unrelaxed, C_relaxed, affine), kernels=kernels,
        data={"pairs": [(t.k, t.l, t.n) for t in cb.neighbours.inside],
              "reference_lattice": {str(k): repr(float(v)) for k, v in reference.values.items()}},
        results=results)
