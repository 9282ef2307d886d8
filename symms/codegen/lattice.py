"""Lattice-operator kernels: an :class:`OperatorTable` → the template context every backend fills.

Each backend assembles the band ``B[s, j]`` (the coefficient of ``U[(j + shifts[s]) mod m]`` in
``dU_j/dt``) once per ``(kappa, gamma)`` from the monomial trie of the table, and applies it as a
stencil; ``rhs(U, kappa, gamma)`` is the two in a row.
"""
from __future__ import annotations

from fractions import Fraction

from ..naming import parse_offset_name
from .printing import wrap_list
from .tables import monomial_trie


def _guard_context(guards, parameter):
    offsets = sorted({parse_offset_name(s.name)[1] for g in guards for s in g.expr.free_symbols})
    names = {o: f"{parameter}_{'m' if o < 0 else 'p'}{abs(o)}" if o else f"{parameter}_0" for o in offsets}
    return offsets, names


def _starts(keys, count: int) -> list[int]:
    """CSR offsets: ``starts[n]`` is the first position of key ``n`` in the sorted ``keys``."""
    starts, position = [0] * (count + 1), 0
    for n in range(count):
        while position < len(keys) and keys[position] == n:
            position += 1
        starts[n + 1] = position
    return starts


def lattice_context(table, guards, header: str, parameter: str = "kappa") -> dict:
    """The template context of the operator ``table`` with domain ``guards``; ``guard_exprs``
    (expression > 0, message) are left for each backend to print as ``guards``.  Coefficients are
    Python floats (``str`` of a float is its shortest correctly rounded literal)."""
    trie = monomial_trie(table)
    fam_start, fam_coef, fam_off = [0], [], []
    for fam in table.families:
        for c, o in fam:
            fam_coef.append(float(Fraction(c)))
            fam_off.append(o)
        fam_start.append(len(fam_coef))
    offsets, names = _guard_context(guards, parameter)
    shifts = list(table.shifts)
    return dict(
        header=header,
        stride=table.stride,
        reciprocal=table.reciprocal,
        order=table.order,
        shifts=shifts,
        nshift=len(shifts),
        reach=max((abs(k) for k in shifts), default=0),
        nvar=len(table.variables),
        var_kind=[0 if v[0] == "param" else 1 for v in table.variables],
        var_a=[v[1] for v in table.variables],
        var_b=[0 if v[0] == "param" else v[2] for v in table.variables],
        nfam=len(table.families),
        fam_start=fam_start, fam_coef=fam_coef, fam_off=fam_off,
        nnode=len(trie.parent),
        max_depth=trie.max_depth,
        max_exp=trie.max_exp,
        node_parent=list(trie.parent), node_var=list(trie.var), node_exp=list(trie.exp), node_depth=list(trie.depth),
        nterm=len(trie.node),
        term_node=list(trie.node), term_start=_starts(trie.node, len(trie.parent)),
        term_shift=list(trie.shift), term_power=list(trie.power), term_coef=[float(c) for c in trie.coef],
        guard_offsets=[(o, names[o]) for o in offsets],
        guard_exprs=[(g.expr, g.message) for g in guards],
        parameter=parameter,
        wrap=wrap_list,
    )
