"""Seed 001 §3: the Kohn-Sham fibre of a deformed silicon cell on PySCF and its Piola stress (eqs 3.17-3.22)."""
from symms.derivations._validators import deformation
from symms.registry import Derivation, Param


def _at_least(n):
    return lambda x: None if x >= n else f"must be at least {n}, got {x}"


def _gth(name):
    return None if name.lower().startswith("gth-") else f"must be a GTH basis (gth-szv, gth-dzvp, ...), got {name!r}"


DERIVATION = Derivation(
    name="kohn-sham",
    description="Kohn-Sham fibre of a deformed silicon cell on PySCF (LDA, GTH): W_CB, the Piola stress "
                "P = det F sigma F^-T of the analytic stress vs finite differences (seed 001 eqs 3.17-3.22); "
                "needs pip install 'symms[dft]'",
    params=(
        Param("A", str, "[[0.02, 0.03, -0.01], [-0.01, -0.015, 0.02], [0.005, -0.02, 0.01]]",
              "displacement gradient A (JSON 3x3, row i = (A_i1, A_i2, A_i3)); det(I + A) > 0",
              validate=deformation, slug="A", slug_default=False),
        Param("mesh", int, 15, "FFT points per lattice direction, held fixed under the deformation",
              validate=_at_least(5), slug="m"),
        Param("basis", str, "gth-szv", "GTH Gaussian basis (gth-szv, gth-dzv, gth-dzvp, ...)", validate=_gth,
              slug=""),
        Param("kmesh", int, 1, "k-points per reciprocal direction (1: Gamma, on the k-point code path)",
              validate=_at_least(1), slug="k"),
        Param("max-cycle", int, 60, "SCF iteration limit (not converged: the derivation fails)",
              validate=_at_least(1), slug="c", slug_default=False),
    ),
    build="symms.models.kohn_sham:build",
)
