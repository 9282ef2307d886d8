"""Seed 001 §3-4: the TFW fibre of a deformed cell and its constrained stress (eqs 3.11-3.16, 4.1-4.8)."""
from symms.derivations._validators import deformation, positive
from symms.registry import Derivation, Param


def _grid(n):
    return None if n >= 4 else f"must be at least 4 points per side, got {n}"


DERIVATION = Derivation(
    name="tfw",
    description="TFW energy of a deformed cell, ground state and stress P = dW/dA - lambda dg/dA "
                "(seed 001 eqs 3.11-3.16, 4.1-4.8) vs finite differences",
    params=(
        Param("units", str, "hartree", "coefficients: seed (unit TF and vW coefficients, eq 3.8) or hartree "
              "(atomic units: C_TF = (3/10)(3 pi^2)^(2/3), vW 1/2)", choices=("seed", "hartree"), slug=""),
        Param("grid", int, 16, "grid points per side of the reference cell", validate=_grid, slug="N"),
        Param("A", str, "[[0.02, 0.03, -0.01], [-0.01, -0.015, 0.02], [0.005, -0.02, 0.01]]",
              "displacement gradient A (JSON 3x3, row i = (A_i1, A_i2, A_i3)); det(I + A) > 0",
              validate=deformation, slug="A", slug_default=False),
        Param("side", float, 4.0, "side a of the simple cubic reference cell", validate=positive, slug="a",
              slug_default=False),
        Param("valence", float, 1.0, "valence electrons n per ion", validate=positive, slug="n", slug_default=False),
        Param("ion-width", float, 0.5, "width sigma of the Gaussian ion charge (physical length)", validate=positive,
              slug="s", slug_default=False),
        Param("ions", str, "gaussian", "ion charge: gaussian or jellium (uniform background: the uniform electron gas)",
              choices=("gaussian", "jellium"), slug="", slug_default=False),
        Param("dynamics", bool, False, "also run the relaxational fibre dynamics of eq 4.8 along a ramp to A "
              "(stretch: F(A(t)) against the quasi-static stress)", slug="dynamics"),
    ),
    build="symms.models.tfw:build",
    checks="symms.models.tfw:check_kernels",
)
