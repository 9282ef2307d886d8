"""Seed 001 §5: Ginzburg–Landau interacting diffusion (eqs 5.1-5.7): the diffusion coefficient D(U) to
O(lambda^3), the seed's eqs 5.5-5.7 corrected, against the transfer integral and a Langevin run of eq 5.2."""
from symms.derivations._validators import positive
from symms.registry import Derivation, Param


def _non_negative(x):
    return None if x >= 0 else f"must be >= 0 (lambda < 0 makes exp(-beta H) non-normalisable), got {x}"


DERIVATION = Derivation(
    name="ginzburg-landau",
    description="Ginzburg-Landau lattice diffusion (seed 001 eqs 5.1-5.7): D(U) = -F''/(2 beta) to O(lambda^3) "
                "vs the transfer integral and Langevin dynamics",
    params=(Param("alpha", float, 1.0, "quadratic coefficient of V = alpha phi^2 + lambda phi^4 (> 0)",
                  validate=positive, slug="a"),
            Param("lambda", float, 0.05, "quartic coefficient of V (>= 0)", validate=_non_negative, slug="l",
                  keyword="lam"),
            Param("beta", float, 2.0, "inverse temperature 1/k_B T (> 0)", validate=positive, slug="b"),
            Param("U-max", float, 3.0, "the map of D(U) covers 0 <= U <= U-max (D is even in U)",
                  validate=positive, slug="U")),
    build="symms.models.ginzburg_landau:build",
    checks="symms.models.ginzburg_landau:check_kernels",
)
