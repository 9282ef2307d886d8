"""The zero-stress reference state: lattice parameters where the energy per atom is stationary.

The reference configuration of seed 001 §3 (x in y = x + U(x)) is taken stress-free: the energy
per atom of the undeformed lattice (eq 3.4 at A = 0, shifts at their fractional positions) is
stationary in the lattice parameters.  Exact when that is a rational polynomial equation with a
root printable as is, else a 45-digit rational.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np
import sympy as sp

from ...errors import DerivationError, InputError
from ..lattices import Lattice, get_lattice, pair_terms
from ..potentials import PairPotential, s
from .sums import Bond, LatticeSum

_RATIONAL_DIGITS = 45
_MAX_INTEGER = 2 ** 53  # closed forms with larger integers (big lattice sums) become 45-digit rationals


@dataclass(frozen=True)
class Reference:
    """A zero-stress reference state: exact lattice-parameter values and the energy per atom."""

    values: dict
    exact: bool
    energy_per_atom: sp.Expr


def _rational(x) -> sp.Rational:
    """A high-precision SymPy Float as the exact rational of its first 45 decimal digits."""
    return sp.Rational(str(sp.Float(x, _RATIONAL_DIGITS)))


def _energy_per_atom(lattice: Lattice, potential: PairPotential, terms) -> sp.Expr:
    """Σ V over the given pairs per atom (eq 3.4 at A = 0 times |Γ|), in the lattice-parameter symbols.

    Pairs at the same squared distance form one shell: a bond of that weight with no deformation.
    """
    fractional = [sp.Matrix(f) for f in lattice.fractional]
    shells = Counter()
    for t in terms:
        X = lattice.basis * (sp.Matrix(t.n) + fractional[t.l] - fractional[t.k])
        shells[sp.expand(X.dot(X))] += 1
    bonds = [Bond(weight, q) for q, weight in shells.items()]
    return LatticeSum(bonds, (potential.of_squared_distance,), s).energy() / lattice.atoms_per_cell


def _printable_exactly(root: sp.Expr) -> bool:
    """True when every integer in the closed form is below 2^53 (printers and numpy handle it as is)."""
    return all(abs(n.p) < _MAX_INTEGER and n.q < _MAX_INTEGER for n in root.atoms(sp.Rational))


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


def zero_stress_reference(lattice: Lattice | str, potential: PairPotential, max_iterations: int = 20,
                          progress=None) -> Reference:
    """Lattice parameters where the energy per atom (seed 001 eq 3.4 at A = 0) is stationary, fixed fractional shifts.

    The pair set depends on the parameters (the cutoff is absolute), so iterate: choose the
    pairs inside rc at the current parameters, solve ∂E/∂a = 0 for that set, repeat until the
    set does not change.  The starting point puts the nearest neighbours at the minimum of V.
    ``progress(message)`` hears of each iteration.
    """
    report = progress or (lambda message: None)
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
        report(f"zero-stress reference: stationary energy per atom over {len(terms)} pairs")
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
