"""Table-driven form of a lattice operator (design.md: "Code generation that survives big models").

``dU_j/dt = Σ_k (Σ_p γ^p A_{p,k}(j)) U_{j+k}`` with every ``A_{p,k}`` a sum of terms
``coef × Π_v x_v(j)^e``.  The local variables ``x_v(j)`` are lattice parameters at offsets from
``stride·j`` (``r_o = 1/κ_{2j+o}`` for a reciprocal parameter) and inverse variables
``K_s = 1/h(j+s)`` of the ring's denominator factors.  Kernels hold these arrays and one fixed
loop, so tens of thousands of terms compile in seconds.

The distinct monomials are stored as a prefix tree (:class:`MonomialTrie`): each node is its
parent's monomial times one power ``x_v^e``, so evaluating every monomial at a point costs one
multiplication per node (60,607 nodes for the 43,116 monomials of seed 000's γ⁶ operator, against
723,351 factors term by term).
"""
from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from ..naming import parse_offset_name


@dataclass(frozen=True)
class OperatorTable:
    """Terms of a lattice operator, sorted by (shift k, power p), as plain integer/rational data.

    ``variables[v]`` is ``("param", offset)`` or ``("inverse", family, shift)`` (inverse variables
    first: they occur in almost every monomial, so the trie shares them as prefixes);
    ``families[f]`` lists ``(coef, offset)`` of the factor ``h_f = Σ coef · x_offset``.
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


@dataclass(frozen=True)
class MonomialTrie:
    """The monomials of an :class:`OperatorTable` as a prefix tree in depth-first order.

    Node 0 is the monomial 1; node ``n ≥ 1`` is node ``parent[n]``'s monomial times
    ``x_{var[n]}^{exp[n]}`` at depth ``depth[n]`` (its number of factors), and every node comes
    after its parent with its subtree right after it, so a stack of one value per depth evaluates
    the tree in one pass.  Term ``t`` adds ``coef[t] · γ^{power[t]}`` times node ``node[t]`` to the
    band entry of shift index ``shift[t]``; terms are sorted by (node, shift, power).
    """

    parent: tuple[int, ...]
    var: tuple[int, ...]
    exp: tuple[int, ...]
    depth: tuple[int, ...]
    node: tuple[int, ...]
    shift: tuple[int, ...]
    power: tuple[int, ...]
    coef: tuple[Fraction, ...]

    @property
    def max_depth(self) -> int:
        return max(self.depth)

    @property
    def max_exp(self) -> int:
        return max(self.exp, default=0)


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
    names = sorted(used, key=lambda n: (parse_offset_name(n)[0] == kernel.variable, parse_offset_name(n)))
    index = {n: i for i, n in enumerate(names)}
    variables = []
    for n in names:
        base, off = parse_offset_name(n)
        variables.append(("param", off) if base == kernel.variable else ("inverse", fam_index[base], off))
    terms = sorted(((k, p, coef, tuple(sorted((index[n], e) for n, e in mono))) for k, p, coef, mono in raw),
                   key=lambda t: (t[0], t[1], t[3]))
    order = max(kernel.terms, default=0)
    return OperatorTable(kernel.stride, kernel.reciprocal, order, tuple(variables), tuple(families), tuple(terms))


def monomial_trie(table: OperatorTable) -> MonomialTrie:
    """The prefix tree of ``table``'s monomials (factors in variable order) and its terms."""
    prefixes = {()}
    for _, _, _, mono in table.terms:
        prefixes.update(mono[:i] for i in range(1, len(mono) + 1))
    nodes = sorted(prefixes)  # lexicographic order of factor tuples is depth-first preorder
    position = {mono: n for n, mono in enumerate(nodes)}
    parent = [0] + [position[mono[:-1]] for mono in nodes[1:]]
    var = [0] + [mono[-1][0] for mono in nodes[1:]]
    exp = [0] + [mono[-1][1] for mono in nodes[1:]]
    shift_index = {k: s for s, k in enumerate(table.shifts)}
    terms = sorted((position[mono], shift_index[k], p, coef) for k, p, coef, mono in table.terms)
    node, shift, power, coef = zip(*terms) if terms else ((), (), (), ())
    return MonomialTrie(tuple(parent), tuple(var), tuple(exp), tuple(len(mono) for mono in nodes),
                        node, shift, power, coef)
