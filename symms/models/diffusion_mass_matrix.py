"""Seed 000 in mass-matrix form: ``M(γ) dU/dt = −K(γ) U`` with M = VᵀDV, K = −VᵀL V (eqs 3, 5, 8).

The same slow manifold as :func:`symms.models.diffusion.build_model`, written as a symmetric
pencil (minimal truncation: M to γ^{P−2}, K to γ^P; :mod:`symms.manifold.mass_matrix`).
Kernels: ``mass`` and ``stiffness`` (band operators bound to κ), and ``restrict_even`` /
``restrict_odd``, which give ``b = VᵀD E u`` from a fine field u (E the embedding of §2) as
``b_j = Σ_k ρ^e_k(j) u_{2(j+k)} + Σ_k ρ^o_k(j) u_{2(j+k)+1}``; the consistent initial condition
is U(0) = M⁻¹ b (:func:`symms.numerics.mass_matrix_solve.consistent_initial_condition`).
"""
from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

import numpy as np
import sympy as sp

from ..manifold import derive_slow_manifold
from ..manifold.mass_matrix import assert_structure, mass_matrix_form
from ..model import DerivedModel, Equation, LatticeOperatorKernel, Section, Symbol, Table
from ..naming import offset_name, parse_offset_name
from ..numbers import significant
from . import diffusion as base
from .lattice_dae import (GAMMA, TERM_WIDTH, TYPESET_TERMS, definitions, display_terms, factored, lattice_kernel, printed_names,
                          symbol_table)

FINE_OFFSET = {1: -1, 2: 0, 5: 1, 6: 2}  # dynamic component i of element j holds u_{2j + offset} (seed 000 §2)
ERROR_GAMMAS = (0.05, 0.1, 0.2)


def restriction_bands(form) -> tuple[list[dict], list[dict]]:
    """``ρ^e``, ``ρ^o`` by powers of γ: (VᵀD E u)_j = Σ_{i dyn} Σ_{k1} S^{−k1}[c_i^{k1}](j) u_{2j − 2k1 + o_i},
    truncated where M is (γ^{P−2}), so a constant fine field restricts to M times that constant."""
    ring = form.ring
    even, odd = [], []
    for level in form.fine_field[:len(form.mass)]:  # to M's order, so that R·1 = M·1 exactly (V_b·1 = 0 for b ≥ 1)
        e, o = {}, {}
        for i, off in FINE_OFFSET.items():
            for k1, x in level[i].items():
                t = -2 * k1 + off
                target, k = (e, t // 2) if t % 2 == 0 else (o, (t - 1) // 2)
                y = ring.shift(x, -k1)
                target[k] = target[k] + y if k in target else y
        even.append({k: y for k, x in sorted(e.items()) if not (y := ring.nf(x)).is_zero()})
        odd.append({k: y for k, x in sorted(o.items()) if not (y := ring.nf(x)).is_zero()})
    return even, odd


def _kernel(m, ring, name: str, doc: str, bands: list[dict]) -> LatticeOperatorKernel:
    """A table-driven band kernel ``name(U, kappa, gamma)`` = Σ_p γ^p Σ_k bands[p][k](j) U_{j+k}."""
    operator = SimpleNamespace(ring=ring, evolution=bands, spec=m.spec)
    return replace(lattice_kernel(operator, "kappa", True, doc, guards=(base.PROVISO,)), name=name)


def _flux_terms(ring, band: dict, power: int) -> tuple:
    """A symmetric zero-row-sum band in flux form, Σ_{k≠0} K_k(j) γ^p (U_{j+k} − U_j) (eq 8's form);
    a coefficient too wide for a line is split into its monomials."""
    out = []
    for k, c in sorted(band.items()):
        if k == 0:
            continue
        factor = GAMMA ** power * sp.Symbol(offset_name("dU", k))
        whole = factored(ring, c)
        if len(sp.latex(whole)) <= TERM_WIDTH:
            out.append((whole, factor))
        else:
            out += [(factored(ring, ring.ctx.from_dict({mono: x})), factor) for mono, x in zip(c.monoms(), c.coeffs())]
    return tuple(out)


def _size(band: dict) -> int:
    return sum(len(c) for c in band.values())


def _orders_table(rows) -> Table:
    return Table("error_orders",
                 r"Fitted order $q$ of the error $\max|\lambda_{\rm model}-\lambda_{\rm DAE}|\sim\gamma^q$ of the slow "
                 r"spectrum against the embedded DAE (3) with its algebraic rows eliminated (random $\kappa$, $m$ elements, "
                 r"exact null modes removed), at $\gamma = 0.05, 0.1, 0.2$.",
                 ("$m$", "$G_P$", "minimal $(M, K)$", "Rayleigh--Ritz"), rows, digits=3)


def error_orders(form, ms=(5, 6)) -> dict:
    """Fitted error orders of G_P, the minimal pencil and the Rayleigh–Ritz pencil (same manifold)."""
    from ..numerics.slow_forms import SlowForms, fitted_orders

    out = {}
    for m in ms:
        forms = SlowForms(form, np.random.default_rng(7 + m).uniform(0.6, 1.8, 2 * m))
        r = fitted_orders(forms, ["G", "minimal", "rayleigh-ritz"], np.array(ERROR_GAMMAS))
        out[str(m)] = {k: {"order": significant(v["order"], 3), "error_at_0.05": significant(v["errors"][0], 3)} for k, v in r.items()}
    return out


GAMMA1_MS, GAMMA1_SEEDS = (16, 32, 64), 8


def gamma1_forms(form, progress=False) -> tuple[dict, Table]:
    """Issue 12's γ = 1 comparison for P = 2 … order: G_P, the minimal pencil, the Rayleigh–Ritz
    products and the γ = 1 Galerkin form against the fine lattice (1)."""
    from ..numerics.slow_forms import FORMS, gamma1_table

    spec, order = form.manifold.spec, form.order
    forms = {P: form if P == order else mass_matrix_form(derive_slow_manifold(spec, P, progress=progress), "minimal")
             for P in range(2, order + 1)}
    rows = gamma1_table(forms, GAMMA1_MS, GAMMA1_SEEDS)
    label = {"G": "$G_P$", "minimal": "minimal $(M, K)$", "rayleigh-ritz": "Rayleigh--Ritz", "galerkin": r"Galerkin at $\gamma = 1$"}
    table = Table(
        "gamma1_forms",
        rf"Relative error of the 4 slowest non-zero eigenvalues at $\gamma = 1$ against the fine lattice (1) on $2m$ points, "
        rf"mean (max) over {GAMMA1_SEEDS} samples of random $\kappa$ uniform in $[0.5, 2]$; no selection of eigenvectors: only "
        r"the exact null modes (the constant and, $m$ even, the checkerboard) are removed, by deflation. Last columns: "
        rf"constant $\kappa$ at $m = {GAMMA1_MS[-1]}$, and samples (per $m$) with a growing mode.",
        ("form", "$P$") + tuple(f"$m = {mm}$" for mm in GAMMA1_MS) + (r"const.\ $\kappa$", "growing"),
        tuple((label[name], P) + tuple(f"{rows[f'{name}-P{P}-m{mm}']['mean']:.2g} ({rows[f'{name}-P{P}-m{mm}']['max']:.2g})"
                                       for mm in GAMMA1_MS)
              + (rows[f"{name}-P{P}-m{GAMMA1_MS[-1]}"]["constant"],
                 ", ".join(str(rows[f"{name}-P{P}-m{mm}"]["samples_growing"]) for mm in GAMMA1_MS))
              for name in FORMS for P in sorted(forms)))
    return rows, table


def build_mass_matrix_model(order: int = 3, progress: bool = False) -> DerivedModel:
    """Seed 000's coarse model to O(γ^order) as the symmetric pencil M U' = −K U (issue 12)."""
    m = derive_slow_manifold(base.diffusion_spec(), order, progress=progress)
    form = mass_matrix_form(m, "minimal")
    ring = form.ring
    facts = assert_structure(form, check_identity=False)
    even, odd = restriction_bands(form)
    counts = form.term_counts()
    mass_eqs, stiff_eqs = [], []
    ts = base._typesetting(ring)
    for a, band in enumerate(form.mass):
        if band and _size(band) <= TYPESET_TERMS:
            mass_eqs.append(Equation(f"M{a}", sp.Symbol(f"MU{a}"), display_terms(ring, band, a, ts), group=rf"Terms in $\gamma^{{{a}}}$"))
    for p, band in enumerate(form.stiffness):
        if band and _size(band) <= TYPESET_TERMS:
            stiff_eqs.append(Equation(f"K{p}", sp.Symbol(f"KU{p}"), _flux_terms(ring, band, p),
                                      group=rf"Terms in $\gamma^{{{p}}}$ (flux form)"))
    used = sorted({n for bands in (form.mass, form.stiffness, even, odd) for b in bands for c in b.values() for n in ring.variables(c)},
                  key=lambda n: (parse_offset_name(n)[0] != ring.base, parse_offset_name(n)))
    orders = error_orders(form)
    gamma1, gamma1_tab = gamma1_forms(form)
    table = Table("terms", r"Ring terms of $M$ and $K$ (and of $G$ for comparison) by power of $\gamma$; every order is "
                           r"symmetric and $K$ annihilates constants, decided exactly in the coefficient ring.",
                  ("power", "$M$", "$K$", "$G$"),
                  tuple((p, counts["mass"].get(p, "--"), counts["stiffness"].get(p, "--"), sum(len(c) for c in g.values()))
                        for p, g in enumerate(form.evolution)))
    conserved = ("M dU/dt = -K U conserves sum_j (M U)_j exactly (K symmetric with zero row sums), which is sum(D v), the "
                 "embedded DAE's own invariant, i.e. twice the fine mass at gamma = 1; dU/dt = G_P U conserves it only to "
                 f"O(gamma^{order + 1}) and sum_j U_j only to O(gamma^3) (columns of G_3 do not sum to zero)")
    null_mode = ("for even m the checkerboard (-1)^j is an exact null vector of L(gamma) at every gamma, so of every G_p and K_p: a "
                 "second conserved quantity sum_j (-1)^j (M U)_j that the fine lattice (1) does not have; it lives in the embedding "
                 "(no amplitude or form removes it); the consistent initial condition U(0) = M^-1 V^T D E u(0) gives it zero "
                 "amplitude, and comparisons exclude it explicitly")
    sections = (
        Section("The mass-matrix form",
                r"On the slow manifold $v = VU$ of the embedded DAE $D\dot v = L(\gamma)v$ (3), multiplying the invariance "
                r"equation $DVG = LV$ by $V^{\mathsf T}$ gives $M\,dU/dt = -KU$ with $M = V^{\mathsf T}DV$ and "
                r"$K = -V^{\mathsf T}LV$, symmetric because $D$ and $L$ are. Minimal truncation: $M$ to "
                rf"$O(\gamma^{{{order - 2}}})$ and $K$ to $O(\gamma^{{{order}}})$, $K_p = -\sum_a M_a G_{{p-a}}$ (the orders the "
                r"manifold determines); the error is $O(\gamma^{P+1})$ as for $G_P$. "
                r"The pencil conserves $\sum_j (MU)_j = \sum Dv$ exactly ($K$ is symmetric with zero row sums): the embedded "
                r"DAE's own invariant, twice the fine mass at $\gamma = 1$; $dU/dt = G_PU$ conserves it only to "
                rf"$O(\gamma^{{{order + 1}}})$, and $\sum_j U_j$ only to $O(\gamma^3)$ (the columns of $G_3$ do not sum to zero). "
                r"For even $m$ the checkerboard $(-1)^j$ is an exact null vector of $L(\gamma)$ at every $\gamma$, hence of every "
                r"$G_p$ and $K_p$: a second conserved quantity $\sum_j(-1)^j(MU)_j$ that the fine lattice (1) does not have. It "
                r"lives in the embedding (no amplitude or form removes it); the consistent initial condition "
                r"$U(0) = M^{-1}V^{\mathsf T}DE\,u(0)$ gives it zero amplitude, and comparisons exclude it explicitly."),
        Section("Mass matrix", "", tuple(mass_eqs)),
        Section("Stiffness", rf"Orders with more than {TYPESET_TERMS} terms are in model.json.", tuple(stiff_eqs)),
        Section("Structure and accuracy", "", tables=(table, _orders_table(
            tuple((int(mm), r["G"]["order"], r["minimal"]["order"], r["rayleigh-ritz"]["order"]) for mm, r in orders.items())))),
        Section("Full coupling", r"Every form built from the same order-$P$ manifold, at $\gamma = 1$.", tables=(gamma1_tab,)),
    )
    lhs = {f"MU{a}": (rf"[\gamma^{{{a}}}]\,(MU)_j", r"mass matrix $M = V^{\mathsf T}DV$ applied to $U$, by powers of $\gamma$")
           for a in range(len(form.mass))}
    lhs.update({f"KU{p}": (rf"[\gamma^{{{p}}}]\,(KU)_j", r"stiffness $K = -V^{\mathsf T}LV$ applied to $U$; the model is "
                                                           r"$M\,dU/dt = -KU$") for p in range(len(form.stiffness))})
    names = (printed_names(sections) - set(lhs)) | set(used) | {"gamma"}
    symbols = symbol_table(ts, names) + tuple(Symbol(n, tex, meaning if n in ("MU0", "KU2") else "")
                                              for n, (tex, meaning) in sorted(lhs.items()))
    data = {
        "ring": {"variables": used, "definitions": definitions(ring, used, "kappa", True), "inverse_factors": {f.name: sp.sstr(f.h) for f in ring.families}},
        "mass": {str(a): {str(k): ring.to_str(c) for k, c in b.items()} for a, b in enumerate(form.mass) if b},
        "stiffness": {str(p): {str(k): ring.to_str(c) for k, c in b.items()} for p, b in enumerate(form.stiffness) if b},
        "summary": [f"M: {counts['mass']} terms by order; K: {counts['stiffness']} terms by order", conserved, null_mode],
    }
    doc = "of the order-{} mass-matrix model (seed 000, issue 12): {}(U, kappa, gamma)".format
    kernels = (
        _kernel(m, ring, "mass", f"(M U)_j {doc(order, 'mass')}; M = V^T D V to O(gamma^{order - 2})", form.mass),
        _kernel(m, ring, "stiffness", f"(K U)_j {doc(order, 'stiffness')}; K = -V^T L V to O(gamma^{order})", form.stiffness),
        _kernel(m, ring, "restrict_even", f"even-point part of V^T D E u {doc(order, 'restrict_even')} applied to u[0::2]", even),
        _kernel(m, ring, "restrict_odd", f"odd-point part of V^T D E u {doc(order, 'restrict_odd')} applied to u[1::2]", odd),
    )
    results = {
        "order": order, "form": "mass-matrix", "truncation": "minimal",
        "term_counts": {"mass": {str(k): v for k, v in counts["mass"].items()}, "stiffness": {str(k): v for k, v in counts["stiffness"].items()}},
        "exact_facts": {"mass_symmetric_orders": facts["symmetric_mass"], "stiffness_symmetric_orders": facts["symmetric_stiffness"],
                        "stiffness_annihilates_constants_orders": facts["stiffness_annihilates_constants"],
                        "stiffness_is_minus_mass_times_G_through": order},
        "conserved": conserved, "checkerboard_null_mode": null_mode,
        "error_orders_vs_embedded_dae": orders,
        "gamma1_forms": gamma1,
    }
    return DerivedModel(
        derivation="diffusion", variant=f"order{order}-mass-matrix", parameters={"order": order, "form": "mass-matrix"},
        title=rf"Random diffusion on a coarse lattice in mass-matrix form to $O(\gamma^{{{order}}})$",
        source=r"Roberts, \emph{The harmonic mean renormalises random diffusion across a spatial multigrid} "
               r"(seed 000): eqs (1), (3)--(5), (8); symms issue 12.",
        symbols=symbols, sections=sections, kernels=kernels, data=data, results=results)
