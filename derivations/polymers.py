"""Seed 001 §6: dumbbell and rod kinetic models and the Kramers stress (eqs 6.1-6.4): moment closures
(Oldroyd-B, FENE-P) derived from the Fokker-Planck operator, closed forms in shear and extension, and
Brownian dynamics of the SDEs as the independent check."""
from symms.derivations._validators import positive
from symms.registry import Derivation, Param


def _weissenberg(Wi):
    return None if 0 < Wi <= 100 else (f"must be in (0, 100], got {Wi}: the Brownian dynamics steps 0.01 De, "
                                       "so Wi x 0.01 is the shear per step")


def _extensibility(b):
    return None if b >= 2 else (f"must be >= 2, got {b}: for b < 2 a FENE dumbbell reaches |z|^2 = b in finite time "
                                "(typical values are 10-100)")


DERIVATION = Derivation(
    name="polymers",
    description="dumbbell and rod kinetic models (seed 001 eqs 6.1-6.4): Oldroyd-B and FENE-P from the Fokker-Planck "
                "operator, closed forms in shear and extension, Brownian dynamics checks",
    params=(Param("dimension", int, 3, "dimension of the connector space (2 or 3; rods are always 3D)", choices=(2, 3),
                  slug="d"),
            Param("De", float, 1.0, "Deborah number: the relaxation time of the conformation tensor A", validate=positive,
                  slug="De"),
            Param("b", float, 50.0, "FENE extensibility: |z|^2 < b (FENE-P: tr A < b)", validate=_extensibility, slug="b"),
            Param("Wi", float, 1.0, "Weissenberg number shear rate x De of the start-up of shear", validate=_weissenberg,
                  slug="Wi")),
    build="symms.models.polymers:build",
    checks="symms.models.polymers:check_kernels",
)
