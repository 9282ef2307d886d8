"""Lattice-operator kernels: an :class:`OperatorTable` → the template context every backend fills.

Each backend defines ``coarse_operator(kappa, gamma)`` (the band ``G[j, s]`` multiplying
``U[(j + shifts[s]) mod m]``) and ``rhs(U, kappa, gamma)`` from it; the C source is one fixed loop
over static tables with Horner in γ.
"""
from __future__ import annotations

from ..naming import parse_offset_name
from .printing import float_literal, wrap_list


def _guard_context(guards, parameter):
    offsets = sorted({parse_offset_name(s.name)[1] for g in guards for s in g.expr.free_symbols})
    names = {o: f"{parameter}_{'m' if o < 0 else 'p'}{abs(o)}" if o else f"{parameter}_0" for o in offsets}
    return offsets, names


def lattice_context(table, guards, header: str, parameter: str = "kappa") -> dict:
    """The template context of the operator ``table`` with domain ``guards``; ``guard_exprs``
    (expression > 0, message) are left for each backend to print as ``guards``."""
    flat_var, flat_exp, starts = [], [], [0]
    for _, _, _, factors in table.terms:
        for v, e in factors:
            flat_var.append(v)
            flat_exp.append(e)
        starts.append(len(flat_var))
    fam_start, fam_coef, fam_off = [0], [], []
    for fam in table.families:
        for c, o in fam:
            fam_coef.append(float_literal(c))
            fam_off.append(o)
        fam_start.append(len(fam_coef))
    offsets, names = _guard_context(guards, parameter)
    return dict(
        header=header,
        stride=table.stride,
        reciprocal=table.reciprocal,
        order=table.order,
        shifts=list(table.shifts),
        nshift=len(table.shifts),
        nvar=len(table.variables),
        nterm=len(table.terms),
        var_kind=[0 if v[0] == "param" else 1 for v in table.variables],
        var_a=[v[1] for v in table.variables],
        var_b=[0 if v[0] == "param" else v[2] for v in table.variables],
        nfam=len(table.families),
        fam_start=fam_start, fam_coef=fam_coef, fam_off=fam_off,
        term_k=[t[0] for t in table.terms],
        term_p=[t[1] for t in table.terms],
        term_coef=[float_literal(t[2]) for t in table.terms],
        factor_start=starts, factor_var=flat_var, factor_exp=flat_exp,
        reach=table.max_param_offset,
        guard_offsets=[(o, names[o]) for o in offsets],
        guard_exprs=[(g.expr, g.message) for g in guards],
        parameter=parameter,
        wrap=wrap_list,
    )
