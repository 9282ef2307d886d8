"""The Cauchy–Born stored energy W(A, p) of one crystal (seed 001 eq 3.4) as an exact symbolic sum.

:class:`CauchyBorn` ties together a lattice, a pair potential, a zero-stress reference and its
neighbour set; W, P and the Hessian blocks come from the one lattice-sum builder
(:mod:`.sums`), the validity of a deformation from the one criterion (:mod:`.neighbours`).  The
inner relaxation (eqs 3.5-3.6) and the elastic constants are in :mod:`.relaxation` and
:mod:`.elastic`; the methods of the same names here call them.
"""
from __future__ import annotations

from functools import cached_property

import numpy as np
import sympy as sp

from ..lattices import Lattice, PairTerm, get_lattice
from ..potentials import PairPotential, s
from . import elastic, relaxation
from .neighbours import DEFAULT_MARGIN, NeighbourSet, Validity
from .reference import Reference, zero_stress_reference
from .sums import Bond, LatticeSum
from .symbols import displacement_gradient, shift_symbols


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
        self.G = tuple(sp.diff(g, s, k) / self.volume for k in range(3))  # the potential per reference volume, in s

    # ---- pair geometry
    def _shift(self, k: int, affine: bool) -> sp.Matrix:
        if k == 0:
            return sp.zeros(self.d, 1)
        return self.F * self.p0[k - 1, :].T if affine else self.p[k - 1, :].T

    def separation(self, t: PairTerm, affine: bool = False) -> sp.Matrix:
        """x = (I + A) R + p_l - p_k: the deformed separation of pair t (affine: p = (I + A) p^0)."""
        return self.F * t.R + self._shift(t.l, affine) - self._shift(t.k, affine)

    def _shift_weights(self, t: PairTerm) -> tuple:
        """∂x/∂p_m for m = 1..s: +1 for the pair's second atom, -1 for its first."""
        return tuple(int(t.l == m) - int(t.k == m) for m in range(1, self.n_shifts + 1))

    def bonds(self, affine: bool = False) -> list[Bond]:
        """One bond per inside pair, y = its deformed separation; affine: p = (I + A) p^0, and the
        shift variables (if asked for) move the shifts away from their affine positions."""
        return [Bond.of(1, self.separation(t, affine), t.X if affine else t.R, self._shift_weights(t))
                for t in self.neighbours.inside]

    def reference_bonds(self) -> list[Bond]:
        """The affine bonds at A = 0 (y = X, exact numbers): derivatives at the reference state."""
        return [Bond.of(1, t.X, t.X, self._shift_weights(t)) for t in self.neighbours.inside]

    def sums(self, bonds, with_shifts: bool) -> LatticeSum:
        """The lattice sum of ``bonds`` with this potential per reference volume."""
        return LatticeSum(bonds, self.G, s, shifts=with_shifts)

    # ---- W and its derivatives (eqs 3.4, 3.6, 4.9-4.11)
    def energy(self, affine: bool = False) -> sp.Expr:
        """W(A, p) per reference volume (eq 3.4, pairs once; eq 4.9 for the chain); affine: W(A, (I + A) p^0)."""
        return self.sums(self.bonds(affine), False).energy()

    def gradient(self, affine: bool = False, with_shifts: bool = False) -> list[sp.Expr]:
        """∂W/∂v for v = A_11, A_12, ..., then (with_shifts) p_11, p_12, ...: P row-major, then ∇_p W."""
        return self.sums(self.bonds(affine), with_shifts).gradient()

    def hessian(self, affine: bool = False, with_shifts: bool = False) -> sp.Matrix:
        """∂²W/∂v∂v' over the variables of :meth:`gradient` (symmetric matrix)."""
        return self.sums(self.bonds(affine), with_shifts).hessian()

    def stress(self, affine: bool = False) -> sp.Matrix:
        """First Piola–Kirchhoff P = ∂W/∂A (d x d; eq 4.10 for the chain); affine: the total
        derivative with p = (I + A) p^0."""
        return sp.Matrix(self.d, self.d, self.gradient(affine))

    def shift_force(self) -> sp.Matrix:
        """∇_p W (s x d), eq 3.6's left side (eq 4.11 for the chain)."""
        return sp.Matrix(self.n_shifts, self.d, self.gradient(with_shifts=True)[self.d ** 2:])

    def blocks(self):
        """W_AA (d² x d²), W_Ap (d² x sd), W_pp (sd x sd) at free shifts (eqs 3.5-3.6)."""
        H = self.hessian(with_shifts=True)
        n = self.d ** 2
        return H[:n, :n], H[:n, n:], H[n:, n:]

    @cached_property
    def shift_functions(self):
        """∇_p W and W_pp as numpy functions of (A, p), lambdified from the symbolic sums."""
        args = [list(self.A), list(self.p)]
        f = sp.lambdify(args, list(self.shift_force()), "numpy", cse=True)
        H = sp.lambdify(args, list(self.blocks()[2]), "numpy", cse=True)
        return (lambda A, p: np.array(f(np.ravel(A), np.ravel(p))),
                lambda A, p: np.array(H(np.ravel(A), np.ravel(p))))

    # ---- validity of the neighbour set
    @cached_property
    def _validity(self):
        return {free: Validity.of(self.neighbours, self.p0, free) for free in (False, True)}

    def validity(self, free_shifts: bool) -> Validity:
        """The one criterion (see :mod:`.neighbours`) for free shifts p or affine ones."""
        return self._validity[bool(free_shifts and self.n_shifts)]

    def check_deformation(self, A_value, p_value=None):
        """Raise InputError unless det(I + A) > 0 and no pair crosses the cutoff (:class:`Validity`).

        ``p_value`` (s x d): free shifts, checked with the drift budget of the kernels that take p;
        None: the affine shifts (I + A) p^0.
        """
        free = p_value is not None and self.n_shifts > 0
        self.validity(free).check(A_value, p_value if free else None)

    # ---- inner relaxation (eqs 3.5-3.6) and elastic constants: see .relaxation and .elastic
    def is_centrosymmetric(self) -> bool:
        """True when every atom is an inversion centre of its neighbours: p(A) = (I + A) p^0 solves eq 3.6."""
        return relaxation.affine_shifts_are_exact(self.neighbours, self.lattice.atoms_per_cell)

    def relaxed_shift(self) -> relaxation.RelaxedShift:
        """p(A) solving eq 3.6 exactly, when every atom is an inversion centre (:func:`.relaxation.relaxed_shift`)."""
        return relaxation.relaxed_shift(self)

    def relax_shifts(self, A_value, p_start=None, force=None, hessian=None, tol=1e-12, max_steps=50):
        """Newton for eq 3.6 at a numeric A (:func:`.relaxation.relax_shifts`): returns (p, W_pp at p)."""
        return relaxation.relax_shifts(self, A_value, p_start, force, hessian, tol, max_steps)

    def shift_series(self, order: int) -> list[sp.Matrix]:
        """p(A) of eq 3.6 as a series in A up to ``order`` (:func:`.relaxation.shift_series`)."""
        return relaxation.shift_series(self, order)

    def reference_stress(self) -> np.ndarray:
        """P at A = 0 with affine shifts, as floats (:func:`.elastic.reference_stress`)."""
        return elastic.reference_stress(self)

    def reference_voigt(self, relaxed: bool) -> np.ndarray:
        """Voigt C at the reference state, clamped or relaxed (eqs 3.5-3.6; :func:`.elastic.reference_voigt`)."""
        return elastic.reference_voigt(self, relaxed)
