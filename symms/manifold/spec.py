"""A lattice DAE as data (seed 000 eq 3 generalised).

Element ``j`` holds variables ``v_{j,0..n-1}``; row ``r`` reads ``D_r dv_{j,r}/dt = rhs_r`` where
``D_r`` is 1 (dynamic) or 0 (algebraic) and ``rhs_r`` is linear in ``v_{j+e,i}`` with
coefficients polynomial in the coupling ``γ`` and rational in a lattice parameter family whose
offsets (relative to element ``j``) move by ``stride`` per element.  The coarse amplitude is
``U_j = Σ_i a_i v_{j,i}``.  Nothing here knows what the model means.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

import sympy as sp

from ..errors import InputError
from ..naming import offset_name, parse_offset_name


def v(element: int, i: int) -> sp.Symbol:
    """The symbol for ``v_{j+element, i}``."""
    return sp.Symbol(f"{offset_name('v', element)}_{i}")


def parse_v(sym: sp.Symbol) -> tuple[int, int] | None:
    """``(element, i)`` of a :func:`v` symbol, None for other symbols."""
    head, _, tail = sym.name.rpartition("_")
    parsed = parse_offset_name(head) if tail.isdigit() else None
    if not parsed or parsed[0] != "v":
        return None
    return parsed[1], int(tail)


@dataclass(frozen=True)
class LatticeDAE:
    """Rows, dynamic mask and amplitude of a lattice DAE (seed 000 eq 3 is one instance).

    ``parameter`` is the base name of the lattice parameter symbols (``kappa`` → ``kappa_m2``
    …); when ``reciprocal`` the ring works in ``ring_base`` = 1/parameter (resistivities), in
    which seed 000's denominators are linear.  ``inverse_names`` maps a name to a SymPy
    expression ``1/h`` so that a denominator factor proportional to ``h`` found by the engine is
    named (e.g. ``K = 4/(r_m2 + r_m1 + r_p1 + r_p2)``, the harmonic mean of eq 7).
    """

    name: str
    dynamic: tuple[bool, ...]
    rows: tuple[sp.Expr, ...]
    amplitude: tuple[sp.Rational, ...]
    gamma: sp.Symbol
    parameter: str
    stride: int
    reciprocal: bool = True
    ring_base: str = "r"
    inverse_names: tuple[tuple[str, sp.Expr], ...] = ()

    def __post_init__(self):
        n = len(self.dynamic)
        if not n or len(self.rows) != n or len(self.amplitude) != n:
            raise InputError(
                f"spec {self.name}: need as many rows and amplitude weights as variables "
                f"({n}); got {len(self.rows)} rows and {len(self.amplitude)} weights"
            )
        if any(isinstance(row, str) for row in self.rows):
            raise InputError(f"spec {self.name}: rows must be SymPy expressions; read text with symms.expr.parse_expression")
        for r, row in enumerate(self.rows):
            for sym in sp.sympify(row, strict=True).free_symbols:
                if sym == self.gamma or parse_v(sym):
                    continue
                parsed = parse_offset_name(sym.name)
                if not parsed or parsed[0] != self.parameter:
                    raise InputError(
                        f"spec {self.name} row {r}: unknown symbol {sym}; use v(e, i), "
                        f"{self.gamma} and {self.parameter}_<offset> (e.g. {offset_name(self.parameter, -2)})"
                    )
            if any(i >= n for _, i in self.row_variables(r)):
                raise InputError(f"spec {self.name} row {r} uses a variable index ≥ {n}")

    @property
    def n(self) -> int:
        return len(self.dynamic)

    def row_variables(self, r: int) -> list[tuple[int, int]]:
        return sorted(p for s in sp.sympify(self.rows[r], strict=True).free_symbols if (p := parse_v(s)))

    def digest(self) -> str:
        """A stable hash of the spec (for caches)."""
        text = repr((self.name, self.dynamic, tuple(map(sp.srepr, self.rows)), self.amplitude, str(self.gamma),
                     self.parameter, self.stride, self.reciprocal, self.ring_base,
                     tuple((k, sp.srepr(e)) for k, e in self.inverse_names)))
        return hashlib.sha256(text.encode()).hexdigest()[:16]
