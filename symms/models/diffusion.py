"""Seed 000: random lattice diffusion embedded in overlapping elements (eqs 1, 3, 4).

Element ``j`` holds ``v_{j,0..7}`` (notionally u_{2j-2}, u_{2j-1}, u_{2j}, u_{2j+1}, u_{2j},
u_{2j+1}, u_{2j+2}, u_{2j+3}); ``κ_i`` is the diffusivity between fine points ``u_i`` and
``u_{i+1}``, named at its offset from ``2j`` (``kappa_m2`` = κ_{2j-2}).  The shift acts on κ as
well as v: ε̄^±(κ_{2j} v_{j,i}) = κ_{2j±2} v_{j±1,i}.  At γ = 1 the rows reproduce the fine
lattice (1); this reading of the operator matrices (4) reproduces eq (8) at O(γ²).
"""
from __future__ import annotations

import sympy as sp

from ..manifold import LatticeDAE, v
from ..naming import offset_name

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
