"""Pair potentials V(r) as exact SymPy expressions, with a cutoff (the V of seed 001, eq 3.3).

Cutoff modes, for r < rc (every mode is zero for r >= rc):

- ``truncated`` (the default, as LAMMPS ``lj/cut``): V(r);
- ``shifted``: V(r) - V(rc), continuous at rc;
- ``smooth``: V(r) - V(rc) - (r - rc) V'(rc) - (r - rc)^2/2 V''(rc), so that V, V' and V''
  all vanish at rc (a second-order shifted-force form: W is C^2 when a pair crosses rc).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import sympy as sp

from ..errors import InputError
from ..expr import parse_expression

r = sp.Symbol("r", positive=True)
s = sp.Symbol("s", positive=True)  # squared distance, s = r**2

CUTOFF_MODES = ("truncated", "shifted", "smooth")
NAMED_POTENTIALS = ("lj", "morse")


@dataclass(frozen=True)
class PairPotential:
    """V(r) (``expr``, uncut), its cutoff ``rc`` (exact) and how it is cut (``mode``)."""

    name: str
    expr: sp.Expr
    cutoff: sp.Expr
    mode: str = "truncated"

    def __post_init__(self):
        if r not in self.expr.free_symbols:
            raise InputError(f"potential {self.name!r}: the expression {self.expr} does not depend on r")
        extra = self.expr.free_symbols - {r}
        if extra:
            raise InputError(f"potential {self.name!r}: symbols {sorted(map(str, extra))} have no value; only r may be free")
        if self.mode not in CUTOFF_MODES:
            raise InputError(f"cutoff mode must be one of {', '.join(CUTOFF_MODES)}; got {self.mode!r}")
        if not (self.cutoff.is_number and self.cutoff > 0):
            raise InputError(f"the cutoff must be a positive number; got {self.cutoff}")

    @property
    def inside(self) -> sp.Expr:
        """V as used for r < rc, after the cutoff mode's correction."""
        rc, V = self.cutoff, self.expr
        if self.mode == "truncated":
            return V
        if self.mode == "shifted":
            return V - V.subs(r, rc)
        d1, d2 = sp.diff(V, r), sp.diff(V, r, 2)
        return V - V.subs(r, rc) - (r - rc) * d1.subs(r, rc) - (r - rc) ** 2 / 2 * d2.subs(r, rc)

    @property
    def of_squared_distance(self) -> sp.Expr:
        """V(sqrt(s)) for s < rc^2: the form the lattice sums differentiate (cheaper than r)."""
        return sp.expand_power_base(self.inside.subs(r, sp.sqrt(s)), force=True)

    def numeric(self, derivative: int = 0):
        """numpy function of r: the ``derivative``-th derivative of the cut V (zero for r >= rc)."""
        f = sp.lambdify(r, sp.diff(self.inside, r, derivative), "numpy")
        rc = float(self.cutoff)

        def V(x):
            x = np.asarray(x, dtype=float)
            inside = x < rc
            out = np.zeros_like(x)
            out[inside] = f(x[inside])
            return out

        return V

    def minimum(self) -> float:
        """The r > 0 where the uncut V is least (below the cutoff); DerivationError-free float."""
        from scipy.optimize import minimize_scalar

        f = sp.lambdify(r, self.expr, "numpy")
        rc = float(self.cutoff)
        grid = np.linspace(rc * 1e-3, rc, 4001)
        with np.errstate(all="ignore"):
            values = np.nan_to_num(f(grid), nan=np.inf)
        i = int(np.argmin(values))
        if i in (0, len(grid) - 1):
            raise InputError(
                f"potential {self.name!r} has no minimum below the cutoff {self.cutoff}: no zero-stress lattice exists"
            )
        best = minimize_scalar(f, bracket=(grid[i - 1], grid[i], grid[i + 1]))
        return float(best.x)


def _exact(value) -> sp.Expr:
    """A user number as an exact SymPy number (2.5 -> 5/2, as written in decimal)."""
    if isinstance(value, sp.Basic):
        return value
    if isinstance(value, float):
        return sp.Rational(repr(value))
    if isinstance(value, int):
        return sp.Integer(value)
    return parse_expression(str(value), {})


def lennard_jones(epsilon=1, sigma=1) -> sp.Expr:
    """4 eps ((sigma/r)^12 - (sigma/r)^6)."""
    epsilon, sigma = _exact(epsilon), _exact(sigma)
    return 4 * epsilon * ((sigma / r) ** 12 - (sigma / r) ** 6)


def morse(depth=1, alpha=4, r0=1) -> sp.Expr:
    """D (exp(-2 alpha (r - r0)) - 2 exp(-alpha (r - r0))): minimum -D at r0."""
    depth, alpha, r0 = _exact(depth), _exact(alpha), _exact(r0)
    return depth * (sp.exp(-2 * alpha * (r - r0)) - 2 * sp.exp(-alpha * (r - r0)))


DEFAULT_CUTOFFS = {"lj": sp.Rational(5, 2), "morse": sp.Rational(5, 2)}


def make_potential(potential: str | sp.Expr, cutoff=None, mode: str = "truncated") -> PairPotential:
    """A :class:`PairPotential` from a name (``lj``, ``morse``), an expression string in r, or a SymPy expr.

    ``cutoff`` None means the named potential's default (2.5 in its length unit); a user
    expression needs an explicit cutoff because W is an exact *finite* lattice sum (eq 3.4).
    """
    if isinstance(potential, str) and potential in NAMED_POTENTIALS:
        name, expr = potential, (lennard_jones() if potential == "lj" else morse())
        if cutoff is None:
            cutoff = DEFAULT_CUTOFFS[potential]
    else:
        name = str(potential)
        if isinstance(potential, str) and potential.strip().isidentifier() and potential.strip() != "r":
            raise InputError(f"unknown potential {potential!r}; known: {', '.join(NAMED_POTENTIALS)}; "
                             "or give an expression in r, e.g. '4*(r**-12 - r**-6)'")
        expr = parse_expression(potential, {"r": r}) if isinstance(potential, str) else potential.subs(sp.Symbol("r"), r)
        if cutoff is None:
            raise InputError(f"potential {name!r}: give a cutoff (the lattice sum of eq 3.4 must be finite)")
    return PairPotential(name=name, expr=expr, cutoff=_exact(cutoff), mode=mode)
