"""Seed 001 §3–4: Cauchy–Born stored energy W(A,p), stress, moduli and inner relaxation."""
from symms.models.cauchy_born import PARAMS, build, variant
from symms.registry import Derivation

DERIVATION = Derivation(
    name="cauchy-born",
    description="Cauchy-Born W(A,p), stress, elastic moduli, inner relaxation of (multi)lattices (seed 001, eqs 3.2-3.6)",
    params=PARAMS,
    build=lambda progress=False, **params: build(**params),
    variant=variant,
)
