"""Seed 001 §4: the diatomic chain's fibre-bundle dynamics (eq 4.12) against molecular dynamics."""
from symms.derivations._validators import positive
from symms.registry import Derivation, Param


DERIVATION = Derivation(
    name="chain-dynamics",
    description="diatomic chain: fibre-bundle model (seed 001 eq 4.12) vs MD, error table and plot",
    params=(Param("potential", str, "lj", "pair potential: lj or morse (nearest neighbours only)", choices=("lj", "morse"),
                  slug=""),
            Param("cutoff", float, 1.5, "cutoff between a0/2 and a0 (nearest neighbours only)", validate=positive,
                  slug="rc"),
            Param("m-a", float, 1.0, "mass of the A atoms", validate=positive, slug="mA", slug_default=False,
                  keyword="m_A", aliases=("m-A",)),
            Param("m-b", float, 3.0, "mass of the B atoms", validate=positive, slug="mB", keyword="m_B",
                  aliases=("m-B",))),
    build="symms.models.chain_dynamics:build_model",
    checks="symms.models.chain_dynamics:check_kernels",
)
