"""Seed 000 at full coupling: γ = 1 fidelity, γ-series convergence, Padé, multigrid hierarchy (issue 4)."""
from symms.registry import Derivation, Param


def _levels(value: int):
    return None if 1 <= value <= 6 else "must be an integer in 1..6 (2^16 fine points hold 6 levels)"


def _order(value: int):
    return None if 2 <= value <= 6 else "must be an integer in 2..6"


DERIVATION = Derivation(
    name="diffusion-hierarchy",
    description="seed 000 at gamma = 1: eigenvalues vs the fine lattice, radius of convergence, Pade, multigrid hierarchy",
    params=(Param("levels", int, 4, "coarse levels of the hierarchy demonstration (1..6)", validate=_levels, slug="levels"),
            Param("max-order", int, 6, "highest order P of the gamma-series compared (2..6)", validate=_order, slug="P",
                  aliases=("max_order",)),
            Param("seed", int, 2026, "seed of the random fine diffusivities", slug="seed")),
    build="symms.models.hierarchy:build_report",
    needs="symms.models.hierarchy:needs",
    checks="symms.models.hierarchy:check_level_one",
    folder="diffusion/hierarchy",
)
