"""Crystal lattices as data: Bravais vectors plus shift vectors (seed 001, eq 3.4's complex lattice).

A :class:`Lattice` holds the Bravais vectors as the columns of ``basis`` (exact SymPy entries in
the lattice-parameter symbols, e.g. ``a`` or ``a, c``) and the shift vectors p_1..p_s as
*fractional* coordinates (p_0 = 0 is implicit).  ``shape`` gives parameter values fixing the
cell's shape (e.g. ideal c/a for HCP); the equilibrium search rescales them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import product

import numpy as np
import sympy as sp

from ..errors import InputError

a, c = sp.symbols("a c", positive=True)


@dataclass(frozen=True)
class Lattice:
    """Bravais ``basis`` (columns, d x d) and fractional ``shifts`` p_1..p_s of a (complex) lattice."""

    name: str
    basis: sp.Matrix
    shifts: tuple[tuple, ...] = ()
    parameters: tuple[sp.Symbol, ...] = (a,)
    shape: tuple = (1,)
    description: str = ""
    fractional: tuple = field(init=False, repr=False)

    def __post_init__(self):
        basis = sp.ImmutableMatrix(self.basis)
        if not basis.is_square:
            raise InputError(f"lattice {self.name!r}: the basis must be square (d Bravais vectors in d dimensions)")
        object.__setattr__(self, "basis", basis)
        d = basis.rows
        fractional = [tuple(sp.Integer(0) for _ in range(d))]
        for shift in self.shifts:
            if len(shift) != d:
                raise InputError(f"lattice {self.name!r}: shift {shift} must have {d} components")
            fractional.append(tuple(sp.nsimplify(x, rational=True) for x in shift))
        object.__setattr__(self, "fractional", tuple(fractional))
        if len(self.shape) != len(self.parameters):
            raise InputError(f"lattice {self.name!r}: give one shape value per parameter {self.parameters}")
        volume = self.volume(self.shape_values)
        if not volume > 0:
            raise InputError(f"lattice {self.name!r}: the Bravais vectors are not independent (cell volume {volume})")
        for i, j in product(range(len(fractional)), repeat=2):
            if i < j and all((x - y).is_integer for x, y in zip(fractional[i], fractional[j])):
                raise InputError(
                    f"lattice {self.name!r}: shifts p_{i} = {fractional[i]} and p_{j} = {fractional[j]} put two atoms "
                    "on the same site (they differ by a lattice vector)"
                )

    @property
    def dim(self) -> int:
        return self.basis.rows

    @property
    def n_shifts(self) -> int:
        """s, the number of shift vectors (atoms per cell minus one)."""
        return len(self.fractional) - 1

    @property
    def atoms_per_cell(self) -> int:
        return len(self.fractional)

    @property
    def shape_values(self) -> dict:
        return dict(zip(self.parameters, map(sp.nsimplify, self.shape)))

    def basis_at(self, values: dict) -> sp.Matrix:
        """The Bravais vectors (columns) at the given parameter values."""
        return self.basis.subs(values)

    def volume(self, values: dict) -> sp.Expr:
        """|det B|: the reference cell volume (length in 1D, area in 2D)."""
        return sp.Abs(self.basis_at(values).det())

    def shift_vectors(self, values: dict) -> list[sp.Matrix]:
        """Cartesian p_0 = 0, p_1, ..., p_s at the given parameter values."""
        B = self.basis_at(values)
        return [B * sp.Matrix(f) for f in self.fractional]

    def nearest_neighbour_distance(self, values: dict) -> float:
        """The shortest distance between two atoms (numeric)."""
        B = np.array(self.basis_at(values).evalf(), dtype=float)
        F = np.array(self.fractional, dtype=float)
        best = np.inf
        for n in product(range(-2, 3), repeat=self.dim):
            for k, l in product(range(len(F)), repeat=2):
                X = B @ (np.array(n) + F[l] - F[k])
                dist = np.linalg.norm(X)
                if dist > 1e-12:
                    best = min(best, dist)
        return float(best)


def diatomic_chain() -> Lattice:
    """The 1D chain of alternating A and B atoms (seed 001, eq 4.9): cell a, B atom at a/2."""
    return Lattice("chain", sp.Matrix([[a]]), shifts=((sp.Rational(1, 2),),),
                   description="diatomic chain A-B (eq 4.9), cell length a, B at a/2")


def triangular() -> Lattice:
    """The 2D triangular (hexagonal close-packed) Bravais lattice with spacing a."""
    return Lattice("triangular", sp.Matrix([[a, a / 2], [0, sp.sqrt(3) * a / 2]]),
                   description="2D triangular Bravais lattice, spacing a")


def fcc() -> Lattice:
    """FCC as the simple cubic lattice with three shifts (a/2,a/2,0), (a/2,0,a/2), (0,a/2,a/2): seed 001 §3."""
    half = sp.Rational(1, 2)
    return Lattice("fcc", a * sp.eye(3), shifts=((half, half, 0), (half, 0, half), (0, half, half)),
                   description="FCC as simple cubic a plus three face-centre shifts (seed 001 §3)")


def fcc_primitive() -> Lattice:
    """FCC as a simple (Bravais) lattice: vectors a/2 (0,1,1), a/2 (1,0,1), a/2 (1,1,0)."""
    return Lattice("fcc-primitive", a / 2 * sp.Matrix([[0, 1, 1], [1, 0, 1], [1, 1, 0]]),
                   description="FCC primitive Bravais lattice, cubic constant a")


def diamond() -> Lattice:
    """Diamond: the FCC primitive lattice with one shift a/4 (1,1,1)."""
    quarter = sp.Rational(1, 4)
    return Lattice("diamond", a / 2 * sp.Matrix([[0, 1, 1], [1, 0, 1], [1, 1, 0]]),
                   shifts=((quarter, quarter, quarter),),
                   description="diamond: FCC primitive cell plus shift a/4 (1,1,1), cubic constant a")


def hcp() -> Lattice:
    """HCP: hexagonal a1 = a(1,0,0), a2 = a(-1/2, sqrt3/2, 0), a3 = c(0,0,1), shift (1/3, 2/3, 1/2)."""
    B = sp.Matrix([[a, -a / 2, 0], [0, sp.sqrt(3) * a / 2, 0], [0, 0, c]])
    return Lattice("hcp", B, shifts=((sp.Rational(1, 3), sp.Rational(2, 3), sp.Rational(1, 2)),),
                   parameters=(a, c), shape=(1, sp.sqrt(sp.Rational(8, 3))),
                   description="hexagonal close-packed, constants a and c (shape from ideal c/a)")


LATTICES = {
    "chain": diatomic_chain,
    "triangular": triangular,
    "fcc": fcc,
    "fcc-primitive": fcc_primitive,
    "diamond": diamond,
    "hcp": hcp,
}


def get_lattice(lattice: str | Lattice) -> Lattice:
    """A built-in lattice by name, or a user :class:`Lattice` as is."""
    if isinstance(lattice, Lattice):
        return lattice
    if lattice not in LATTICES:
        raise InputError(f"unknown lattice {lattice!r}; known: {', '.join(LATTICES)} (or pass a Lattice)")
    return LATTICES[lattice]()


@dataclass(frozen=True)
class PairTerm:
    """One unordered pair (each pair of atoms once): sublattices k <= l, cell offset n.

    ``R = B n`` is the lattice part of the separation and ``X = B (n + f_l - f_k)`` the full
    reference separation; in a deformed crystal the separation is (I + A) R + p_l - p_k
    (seed 001, eq 3.4, with p_0 = 0).
    """

    k: int
    l: int
    n: tuple[int, ...]
    R: sp.Matrix
    X: sp.Matrix
    distance: float


def _positive_half(n) -> bool:
    for x in n:
        if x:
            return x > 0
    return False


def pair_terms(lattice: Lattice, values: dict, radius: float) -> list[PairTerm]:
    """Every unordered pair of atoms, one per term, with reference distance below ``radius``.

    Pairs of one sublattice with itself keep one of the offsets n, -n; pairs of two
    sublattices k < l keep every n.  Sorted by distance.
    """
    B_exact = sp.ImmutableMatrix(lattice.basis_at(values))
    B = np.array(B_exact.evalf(30), dtype=float)
    F = np.array(lattice.fractional, dtype=float)
    reach = np.ceil(radius * np.linalg.norm(np.linalg.inv(B), axis=1)).astype(int) + 1
    ranges = [range(-m, m + 1) for m in reach]
    cells = np.array(list(product(*ranges)), dtype=float)
    found = []
    for k in range(len(F)):
        for l in range(k, len(F)):
            X = (cells + (F[l] - F[k])) @ B.T
            dist = np.linalg.norm(X, axis=1)
            for i in np.nonzero((dist < radius) & (dist > 1e-12))[0]:
                n = tuple(int(x) for x in cells[i])
                if k == l and not _positive_half(n):
                    continue
                found.append((dist[i], k, l, n))
    found.sort()
    fractional = [sp.Matrix(f) for f in lattice.fractional]
    terms = []
    for dist, k, l, n in found:
        R = B_exact * sp.Matrix(n)
        terms.append(PairTerm(k, l, n, sp.ImmutableMatrix(R),
                              sp.ImmutableMatrix(R + B_exact * (fractional[l] - fractional[k])), float(dist)))
    return terms
