"""Seed 000: the random-diffusion coarse lattice model by centre-manifold iteration in γ."""
from symms.models.diffusion import build_model
from symms.numerics.embedded_dae import eigenvalue_check
from symms.registry import Derivation, Param


def _order(value: int):
    return None if value >= 2 else "must be an integer ≥ 2 (the evolution starts at O(gamma^2))"


DERIVATION = Derivation(
    name="diffusion",
    description="random lattice diffusion coarsened by a slow manifold in gamma (seed 000, eqs 6-8)",
    params=(Param("order", int, 3, "highest power of gamma in the evolution (≥ 2)", validate=_order, slug="order"),),
    build=lambda order, progress=False: build_model(order, progress=progress),
    checks=eigenvalue_check,
)
