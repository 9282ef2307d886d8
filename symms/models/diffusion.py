"""Seed 000: random lattice diffusion embedded in overlapping elements (eqs 1, 3, 4).

Element ``j`` holds ``v_{j,0..7}`` (notionally u_{2j-2}, u_{2j-1}, u_{2j}, u_{2j+1}, u_{2j},
u_{2j+1}, u_{2j+2}, u_{2j+3}); ``κ_i`` is the diffusivity between fine points ``u_i`` and
``u_{i+1}``, named at its offset from ``2j`` (``kappa_m2`` = κ_{2j-2}).  The shift acts on κ as
well as v: ε̄^±(κ_{2j} v_{j,i}) = κ_{2j±2} v_{j±1,i}.  At γ = 1 the rows reproduce the fine
lattice (1); this reading of the operator matrices (4) reproduces eq (8) at O(γ²).
"""
from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import sympy as sp

from ..cache import cached_json, is_cached
from ..latex import plain_text
from ..manifold import LatticeDAE, derive_slow_manifold, v
from ..manifold.structure import analyse
from ..model import Table, DerivedModel, Equation, Guard, LatticeOperatorKernel, Section, Symbol
from ..naming import index_latex, offset_name, parse_offset_name
from ..numerics import convergence

GAMMA = sp.Symbol("gamma")


def kappa(offset: int) -> sp.Symbol:
    """κ_{2j+offset}."""
    return sp.Symbol(offset_name("kappa", offset))


def diffusion_spec(amplitude=(0, 0, sp.Rational(1, 4), sp.Rational(1, 4), sp.Rational(1, 4), sp.Rational(1, 4), 0, 0)) -> LatticeDAE:
    """The embedded DAE (3)–(4) with U_j the mean of the mid-element values (default)."""
    g, gp = GAMMA, 1 - GAMMA
    km2, km1, k0, kp1, kp2 = (kappa(o) for o in (-2, -1, 0, 1, 2))
    rows = (
        km2 * (v(0, 1) - v(0, 0)) + gp * k0 * (v(0, 4) - v(0, 3)) + g * km2 * (v(-1, 4) - v(-1, 3)),
        km2 * v(0, 0) - (km2 + km1) * v(0, 1) + km1 * v(0, 2),
        km1 * v(0, 1) - (km1 + k0) * v(0, 2) + k0 * v(0, 3),
        -k0 * (gp * v(0, 0) + g * v(1, 0)) + k0 * v(0, 2) - k0 * v(0, 3) + k0 * (gp * v(0, 7) + g * v(-1, 7)),
        k0 * (gp * v(0, 0) + g * v(1, 0)) - k0 * v(0, 4) + k0 * v(0, 5) - k0 * (gp * v(0, 7) + g * v(-1, 7)),
        k0 * v(0, 4) - (k0 + kp1) * v(0, 5) + kp1 * v(0, 6),
        kp1 * v(0, 5) - (kp1 + kp2) * v(0, 6) + kp2 * v(0, 7),
        gp * k0 * (v(0, 3) - v(0, 4)) + g * kp2 * (v(1, 3) - v(1, 4)) + kp2 * (v(0, 6) - v(0, 7)),
    )
    r = {o: sp.Symbol(offset_name("r", o)) for o in (-2, -1, 1, 2)}
    return LatticeDAE(
        name="diffusion",
        dynamic=(False, True, True, False, False, True, True, False),
        rows=rows,
        amplitude=tuple(sp.Rational(a) for a in amplitude),
        gamma=GAMMA,
        parameter="kappa",
        stride=2,
        reciprocal=True,
        ring_base="r",
        inverse_names=(("K", 4 / (r[-2] + r[-1] + r[1] + r[2])),),
    )


# --- the derived model ------------------------------------------------------------------------

TYPESET_TERMS = 400  # orders with more evolution terms are summarised, their coefficients kept in model.json
PROVISO = Guard(
    2 * kappa(0) * (kappa(-2) + kappa(2)) - kappa(-2) * kappa(2),
    "stability proviso 2*kappa_2j*(kappa_2j-2 + kappa_2j+2) - kappa_2j-2*kappa_2j+2 > 0 violated (seed 000 section 2)",
)


def _used_variables(m) -> list[str]:
    """Ring variables the model uses, in a canonical order (independent of the ring's window)."""
    used = set()
    for g in m.evolution:
        for c in g.values():
            used |= m.ring.variables(c)
    for level in m.manifold:
        for comp in level:
            for c in comp.values():
                used |= m.ring.variables(c)
    return sorted(used, key=lambda n: (parse_offset_name(n)[0] != m.ring.base, parse_offset_name(n)))


def _symbol_table(ring, names: list[str], max_shift: int) -> tuple[Symbol, ...]:
    """Every symbol's LaTeX form; one representative of each family carries the meaning."""
    out = [Symbol("gamma", r"\gamma", r"coupling parameter between elements (physical case $\gamma = 1$)")]
    for name in names:
        base, off = parse_offset_name(name)
        if base == ring.base:
            out.append(Symbol(name, rf"\rho_{{{index_latex('j', 2, off)}}}",
                              r"resistivity $1/\kappa_{2j}$ ($\kappa_i$: diffusivity between $u_i$ and $u_{i+1}$)" if off == 0 else ""))
        else:
            out.append(Symbol(name, rf"K_{{{index_latex('j', 1, off)}}}",
                              r"harmonic mean $4/(\rho_{2j-2}+\rho_{2j-1}+\rho_{2j+1}+\rho_{2j+2})$, eq (7)" if off == 0 else ""))
    for k in range(-max_shift, max_shift + 1):
        out.append(Symbol(offset_name("U", k), rf"U_{{{index_latex('j', 1, k)}}}", "coarse amplitude at $X_j$" if k == 0 else ""))
    for i in range(8):
        out.append(Symbol(f"v_{i}", rf"v_{{j,{i}}}", r"fine field in element $j$ on the slow manifold" if i == 0 else ""))
    out.append(Symbol("dUdt", r"\frac{dU_j}{dt}", ""))
    return tuple(out)


def _factored(ring, poly):
    """A ring coefficient as a factored SymPy product (harmonic sums written as K), for display."""
    constant, factors = ring.factored(poly)
    out = sp.Rational(int(constant.p), int(constant.q))
    for factor, power in factors:
        out *= ring.to_sympy(factor) ** int(power)
    return out


def _u(k: int) -> sp.Symbol:
    return sp.Symbol(offset_name("U", k))


def _display_terms(ring, row: dict, power: int, width: int = 100) -> tuple:
    """``γ^p Σ_k coef_k U_{j+k}`` as ``(coefficient, γ^p U_{j+k})`` terms: each coefficient
    factored, or split into its terms when the factored form would not fit on a line."""
    out = []
    for k, c in sorted(row.items()):
        factor = sp.Symbol("gamma") ** power * _u(k)
        factored = _factored(ring, c)
        if len(sp.latex(factored)) <= width:
            out.append((factored, factor))
        else:
            out += [(_factored(ring, ring.ctx.from_dict({m: x})), factor) for m, x in zip(c.monoms(), c.coeffs())]
    return tuple(out)


def _definitions(ring, names) -> dict[str, str]:
    """Local kernel variables ``names`` in terms of the lattice parameter κ."""
    families = {f.name: f for f in ring.families}
    out = {}
    for name in names:
        base, off = parse_offset_name(name)
        if base == ring.base:
            out[name] = f"1/{offset_name('kappa', off)}"
        else:
            fam = families[base]
            h = fam.h.xreplace({x: 1 / kappa(parse_offset_name(x.name)[1] + ring.stride * off) for x in fam.h.free_symbols})
            out[name] = sp.sstr(1 / h)
    return out


def radius_of_convergence(order: int) -> dict:
    """Issue 4's radius facts for the γ-series (exact constant-κ analysis, ratio/root tests on
    orders 2..max(order, 3)); computed once per order and cached."""
    P = max(order, 3)
    return cached_json(f"radius-order{P}", [Path(convergence.__file__)], lambda: convergence.radius_estimate(P))


def _radius_started(order: int):
    """A getter for :func:`radius_of_convergence`; when not cached yet, the facts are computed in
    a forked process meanwhile (they do not depend on the engine), so the first run costs no
    extra wall time on two cores."""
    if is_cached(f"radius-order{max(order, 3)}", [Path(convergence.__file__)]):
        return lambda: radius_of_convergence(order)
    try:
        pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork"))
        future = pool.submit(radius_of_convergence, order)
    except (OSError, ValueError):  # no fork here: compute inline when asked
        return lambda: radius_of_convergence(order)

    def result():
        try:
            return future.result()
        finally:
            pool.shutdown()
    return result


def build_model(order: int = 3, progress: bool = False) -> DerivedModel:
    """Seed 000's coarse model to O(γ^order): evolution (eq 8), manifold (eq 6), kernel, facts."""
    radius = _radius_started(order)
    m = derive_slow_manifold(diffusion_spec(), order, progress=progress)
    ring = m.ring
    facts = analyse(m)
    max_shift = max((max((abs(k) for k in g), default=0) for g in m.evolution), default=0)
    terms = {p: {k: tuple(ring.terms(c)) for k, c in g.items()} for p, g in enumerate(m.evolution) if g}
    kernel_variables = sorted({name for row in terms.values() for poly in row.values() for _, mono in poly for name, _ in mono})
    inverses = {f.name: tuple((c, parse_offset_name(mono[0][0])[1]) for c, mono in ring.terms(ring.from_sympy_poly(f.h)))
                for f in ring.families}
    radius = radius()

    manifold_eqs = []
    for p in range(1, min(order, 2)):
        for i in range(8):
            manifold_eqs.append(Equation(f"v{i}_g{p}", sp.Symbol(f"v_{i}"),
                                         ((sp.Integer(1), _u(0)),) + _display_terms(ring, m.manifold[p][i], p),
                                         group=rf"Fine structure to $O(\gamma^{{{p}}})$"))
    evolution_eqs = []
    for f in facts:
        if 0 < f.terms <= TYPESET_TERMS:
            evolution_eqs.append(Equation(f"g{f.order}", sp.Symbol("dUdt"),
                                          _display_terms(ring, m.evolution[f.order], f.order),
                                          group=rf"Terms in $\gamma^{{{f.order}}}$"))
    residual_tex = (rf"every row's residual is exactly zero through $O(\gamma^{{{order - 1}}})$; at $O(\gamma^{{{order}}})$ it is "
                    rf"orthogonal to the slow mode, so $dU_j/dt$ is exact through $O(\gamma^{{{order}}})$")
    structure_table = Table(
        "structure", r"Structure of every order, decided exactly in the coefficient ring. Self-adjoint: "
                     r"$g_k(j) = g_{-k}(j+k)$; conservative: $\sum_k g_k = 0$.",
        ("order", "terms", r"shifts $k$", "self-adjoint", "conservative"),
        tuple((f.order, f.terms, ", ".join(map(str, f.shifts)) or "--", f.self_adjoint, f.conservative) for f in facts))
    sections = (
        Section("The embedded lattice DAE",
                r"Fine diffusion (1) embedded in overlapping elements, eqs (3)--(4): element $j$ holds $v_{j,0}$, \dots, $v_{j,7}$ "
                r"(notionally $u_{2j-2}$, $u_{2j-1}$, $u_{2j}$, $u_{2j+1}$, $u_{2j}$, $u_{2j+1}$, $u_{2j+2}$, $u_{2j+3}$); rows 0, 3, 4, 7 are "
                r"coupling conditions, rows 1, 2, 5, 6 fine dynamics; the shift acts on $\kappa$ as well as $v$. "
                r"The coarse amplitude is $U_j = (v_{j,2}+v_{j,3}+v_{j,4}+v_{j,5})/4$. Coefficients are written with "
                r"resistivities $\rho_i = 1/\kappa_i$ and the harmonic means "
                r"$K_j = 4/(\rho_{2j-2}+\rho_{2j-1}+\rho_{2j+1}+\rho_{2j+2})$ of eq (7)."),
        Section("Slow manifold", r"The fine structure in each element, cf.\ eq (6); higher orders are in model.json.",
                tuple(manifold_eqs)),
        Section("Coarse evolution", rf"$dU_j/dt$ by powers of $\gamma$, cf.\ eq (8); orders with more than "
                                    rf"{TYPESET_TERMS} terms are summarised in the next section and given in full in model.json.",
                tuple(evolution_eqs)),
        Section("Structure of every order", "Residual: " + residual_tex + ".", tables=(structure_table,)),
        Section("Radius of convergence", plain_text(radius["statement"])),
    )
    structure = {str(f.order): f.as_dict() for f in facts}
    data = {
        "ring": {"variables": _used_variables(m), "definitions": _definitions(ring, kernel_variables),
                 "inverse_factors": {f.name: sp.sstr(f.h) for f in ring.families}},
        "evolution": {str(p): {str(k): ring.to_str(c) for k, c in sorted(g.items())} for p, g in enumerate(m.evolution) if g},
        "manifold": {str(p): {str(i): {str(k): ring.to_str(c) for k, c in sorted(row.items())} for i, row in enumerate(comps)}
                     for p, comps in enumerate(m.manifold)},
        "structure": structure,
        "residual": m.residual_statement,
        "summary": [f"gamma^{f.order}: {f.terms} terms, shifts {list(f.shifts)}, self-adjoint {f.self_adjoint}, "
                    f"conservative {f.conservative}" for f in facts if f.terms] + [radius["statement"]],
    }
    kernel = LatticeOperatorKernel(
        name="rhs",
        doc=f"dU/dt of the order-{order} coarse model (seed 000 eq 8 extended): rhs(U, kappa, gamma)",
        parameter="kappa", stride=2, gamma="gamma",
        coefficients={p: {k: ring.to_str(c) for k, c in g.items()} for p, g in enumerate(m.evolution) if g},
        definitions=_definitions(ring, kernel_variables), variable=ring.base, reciprocal=True, terms=terms,
        inverses=inverses, guards=(PROVISO,),
    )
    results = {
        "order": order,
        "residual": m.residual_statement,
        "term_counts": {str(f.order): f.terms for f in facts},
        "max_shift": {str(f.order): f.as_dict()["max_shift"] for f in facts},
        "self_adjoint": all(f.self_adjoint for f in facts),
        "conservative": all(f.conservative for f in facts),
        "structure": structure,
        "radius_of_convergence": radius,
    }
    return DerivedModel(
        derivation="diffusion", variant=f"order{order}", parameters={"order": order},
        title=rf"Random diffusion on a coarse lattice to $O(\gamma^{{{order}}})$",
        source=r"Roberts, \emph{The harmonic mean renormalises random diffusion across a spatial multigrid} "
               r"(seed 000): eqs (1), (3)--(4), (6)--(8).",
        symbols=_symbol_table(ring, _used_variables(m), max_shift), sections=sections, kernels=(kernel,), data=data, results=results,
    )
