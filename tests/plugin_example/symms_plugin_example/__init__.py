"""A third-party derivation: the energy and force of a harmonic spring, V = k x²/2.

The whole plugin is this module and one entry point in ``pyproject.toml``.
"""
import sympy as sp

from symms.model import Array, DerivedModel, Equation, ExpressionKernel, Section, Symbol
from symms.registry import Derivation, Param


def build(stiffness: float, progress=None) -> DerivedModel:
    """The spring's energy and force as kernels of the extension x."""
    x = sp.Symbol("x")
    k = sp.nsimplify(stiffness)
    energy = k * x ** 2 / 2
    return DerivedModel(
        derivation="harmonic-spring", variant="", parameters={"stiffness": stiffness},
        title="A harmonic spring", source="a tiny plugin example",
        symbols=(Symbol("x", "x", "extension"),),
        sections=(Section("Energy", "", (Equation("V", sp.Symbol("V"), (energy,)),)),),
        kernels=(ExpressionKernel("energy", "V(x) = k x^2/2", (Array("x", (), (x,)),), (Array("V", (), (energy,)),),
                                  sample=(("x", -1.0, 1.0),)),
                 ExpressionKernel("force", "F(x) = -dV/dx", (Array("x", (), (x,)),),
                                  (Array("F", (), (-sp.diff(energy, x),)),), sample=(("x", -1.0, 1.0),))),
    )


DERIVATION = Derivation(
    name="harmonic-spring",
    description="energy and force of a harmonic spring (third-party plugin example)",
    params=(Param("stiffness", float, 2.0, "spring constant k", slug="k"),),
    build=build,
)
