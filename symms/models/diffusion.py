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
from ..model import DerivedModel, Guard, Section
from ..naming import offset_name
from ..numerics import convergence
from .lattice_dae import (EVOLUTION_TEXT, TYPESET_TERMS, Typesetting, coarse_evolution, lattice_kernel, manifold_equations,
                          model_data, printed_names, residual_tex, structure_table, symbol_table, used_variables)

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

PROVISO = Guard(
    2 * kappa(0) * (kappa(-2) + kappa(2)) - kappa(-2) * kappa(2),
    "stability proviso 2*kappa_2j*(kappa_2j-2 + kappa_2j+2) - kappa_2j-2*kappa_2j+2 > 0 violated (seed 000 section 2)",
)


def _typesetting(ring) -> Typesetting:
    """Seed 000's symbols: resistivities ρ_i = 1/κ_i and the harmonic means K_j of eq (7)."""
    return Typesetting(
        ring_base=ring.base, ring_latex=r"\rho", stride=2,
        ring_meaning=r"resistivity $1/\kappa_{2j}$ ($\kappa_i$: diffusivity between $u_i$ and $u_{i+1}$)",
        inverse={"K": ("K", r"harmonic mean $4/(\rho_{2j-2}+\rho_{2j-1}+\rho_{2j+1}+\rho_{2j+2})$, eq (7)")})


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


def build_model(order: int = 3, progress: bool = False, form: str = "operator") -> DerivedModel:
    """Seed 000's coarse model to O(γ^order): evolution (eq 8), manifold (eq 6), kernel, facts.

    ``form="mass-matrix"`` gives the same manifold as the symmetric pencil M dU/dt = −K U
    (:func:`symms.models.diffusion_mass_matrix.build_mass_matrix_model`)."""
    if form == "mass-matrix":
        from .diffusion_mass_matrix import build_mass_matrix_model

        return build_mass_matrix_model(order, progress=progress)
    radius = _radius_started(order)
    m = derive_slow_manifold(diffusion_spec(), order, progress=progress)
    facts = analyse(m)
    ts = _typesetting(m.ring)
    radius = radius()
    sections = (
        Section("The embedded lattice DAE",
                r"Fine diffusion (1) embedded in overlapping elements, eqs (3)--(4): element $j$ holds $v_{j,0}$, \dots, $v_{j,7}$ "
                r"(notionally $u_{2j-2}$, $u_{2j-1}$, $u_{2j}$, $u_{2j+1}$, $u_{2j}$, $u_{2j+1}$, $u_{2j+2}$, $u_{2j+3}$); rows 0, 3, 4, 7 are "
                r"coupling conditions, rows 1, 2, 5, 6 fine dynamics; the shift acts on $\kappa$ as well as $v$. "
                r"The coarse amplitude is $U_j = (v_{j,2}+v_{j,3}+v_{j,4}+v_{j,5})/4$. Coefficients are written with "
                r"resistivities $\rho_i = 1/\kappa_i$ and the harmonic means "
                r"$K_j = 4/(\rho_{2j-2}+\rho_{2j-1}+\rho_{2j+1}+\rho_{2j+2})$ of eq (7)."),
        Section("Slow manifold", r"The fine structure in each element, cf.\ eq (6); higher orders are in model.json.",
                manifold_equations(m, ts, range(1, min(order, 2)))),
        Section("Coarse evolution", EVOLUTION_TEXT % TYPESET_TERMS, coarse_evolution(m, facts, ts)),
        Section("Structure of every order", "Residual: " + residual_tex(order) + ".", tables=(structure_table(facts),)),
        Section("Radius of convergence", plain_text(radius["statement"])),
    )
    data, results = model_data(m, facts, "kappa", reciprocal=True)
    data["summary"].append(radius["statement"])
    results["radius_of_convergence"] = radius
    kernel = lattice_kernel(m, "kappa", True, f"dU/dt of the order-{order} coarse model (seed 000 eq 8 extended): rhs(U, kappa, gamma)",
                            guards=(PROVISO,))
    names = printed_names(sections) | set(used_variables(m)) | {"gamma"}
    return DerivedModel(
        derivation="diffusion", variant=f"order{order}", parameters={"order": order},
        title=rf"Random diffusion on a coarse lattice to $O(\gamma^{{{order}}})$",
        source=r"Roberts, \emph{The harmonic mean renormalises random diffusion across a spatial multigrid} "
               r"(seed 000): eqs (1), (3)--(4), (6)--(8).",
        symbols=symbol_table(ts, names), sections=sections, kernels=(kernel,), data=data, results=results,
    )
