"""Seed 001 §4: the 1D quantum chain (eqs 4.13-4.20): ground state, stress from the first integral,
relaxation dynamics and the coupled macro-micro system against the Cauchy-Born closure."""
from symms.derivations._validators import non_negative
from symms.registry import Derivation, Param

DEFAULT_POTENTIAL = "u**3 - 8*u**2"  # no leading minus: argparse would read it as an option


def _strain(A):
    return None if A > -1 else f"must be > -1 (the cell length 1 + A must be positive), got {A}"


DERIVATION = Derivation(
    name="quantum-chain",
    description="1D quantum chain (seed 001 eqs 4.13-4.20): W, lambda, stress from the first integral, "
                "relaxation and the coupled system",
    params=(Param("potential", str, DEFAULT_POTENTIAL, "V(u), u = psi^2, an expression in u (bounded below: "
                  "V may fall no faster than -(pi^2/4) u^3)", slug="", slug_default=False),
            Param("A", float, 1.5, "macroscopic strain; the fibre is [0, 1 + A]", validate=_strain, slug="A"),
            Param("ion-stiffness", float, 2.0, "harmonic ion-ion bond k A^2/2 added to the macro "
                  "energy of the pulse (not in the seed)", validate=non_negative, slug="k")),
    build="symms.models.quantum_chain:build",
    checks="symms.models.quantum_chain:check_kernels",
)
