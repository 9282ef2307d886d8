"""Table-driven form of a lattice operator (design.md: "Code generation that survives big models").

``dU_j/dt = Σ_k (Σ_p γ^p A_{p,k}(j)) U_{j+k}`` with every ``A_{p,k}`` a sum of terms
``coef × Π_v x_v(j)^e``.  The local variables ``x_v(j)`` are lattice parameters at offsets from
``stride·j`` (``r_o = 1/κ_{2j+o}`` for a reciprocal parameter) and inverse variables
``K_s = 1/h(j+s)`` of the ring's denominator factors.  Kernels hold these arrays and one fixed
loop, so tens of thousands of terms compile in seconds.
"""
from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from ..naming import parse_offset_name


@dataclass(frozen=True)
class OperatorTable:
    """Terms of a lattice operator, sorted by (shift k, power p), as plain integer/rational data.

    ``variables[v]`` is ``("param", offset)`` or ``("inverse", family, shift)``; ``families[f]``
    lists ``(coef, offset)`` of the factor ``h_f = Σ coef · x_offset``.
    """

    stride: int
    reciprocal: bool
    order: int
    variables: tuple[tuple, ...]
    families: tuple[tuple[tuple[Fraction, int], ...], ...]
    terms: tuple[tuple[int, int, Fraction, tuple[tuple[int, int], ...]], ...]  # (k, p, coef, ((var, exp), ...))

    @property
    def shifts(self) -> tuple[int, ...]:
        return tuple(sorted({t[0] for t in self.terms}))

    @property
    def max_param_offset(self) -> int:
        offs = [abs(v[1]) for v in self.variables if v[0] == "param"]
        offs += [abs(o + self.stride * v[2]) for v in self.variables if v[0] == "inverse" for _, o in self.families[v[1]]]
        return max(offs, default=0)


def operator_table(kernel) -> OperatorTable:
    """The table of a :class:`symms.model.LatticeOperatorKernel` (its exact ``terms``)."""
    fam_index = {name: n for n, name in enumerate(kernel.inverses)}
    families = [tuple(form) for form in kernel.inverses.values()]
    used: dict[str, int] = {}
    raw = []
    for p, row in kernel.terms.items():
        for k, poly in row.items():
            for coef, mono in poly:
                for name, _ in mono:
                    used.setdefault(name, 0)
                raw.append((k, p, coef, mono))
    names = sorted(used, key=lambda n: (parse_offset_name(n)[0] != kernel.variable, parse_offset_name(n)))
    index = {n: i for i, n in enumerate(names)}
    variables = []
    for n in names:
        base, off = parse_offset_name(n)
        variables.append(("param", off) if base == kernel.variable else ("inverse", fam_index[base], off))
    terms = sorted(((k, p, coef, tuple(sorted((index[n], e) for n, e in mono))) for k, p, coef, mono in raw),
                   key=lambda t: (t[0], t[1], t[3]))
    order = max(kernel.terms, default=0)
    return OperatorTable(kernel.stride, kernel.reciprocal, order, tuple(variables), tuple(families), tuple(terms))
