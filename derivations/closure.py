"""Seed 002: window averages of a particle chain, exact stresses (eqs 2.6, 2.7, 5.1, 5.2), the
reconstructed potential of eq 7.1, Landweber deconvolution (eq 3.7 corrected) and its spectrum, the closed
stresses of order n (eqs 5.7, 5.10, 5.11)."""
from symms.registry import Derivation, Param


def _eta(eta):
    return None if 0 < eta < 0.5 else f"must be in (0, 0.5) (window support within half the unit ring), got {eta}"


def _order(n):
    return None if 0 <= n <= 6 else f"must be in 0..6, got {n}"


def _particles(n):
    return None if n >= 16 else f"must be >= 16, got {n}"


def _build(window, eta, particles, order, progress=False):
    from symms.models.closure import build

    return build(window, eta, particles, progress=progress, order=order)


DERIVATION = Derivation(
    name="closure",
    description="particle chain averages (seed 002): exact stresses, eq 7.1 potential, Landweber spectrum, closures of order n, kernels",
    params=(Param("window", str, "quartic", "window function psi", choices=("quartic", "gauss"), slug=""),
            Param("eta", float, 0.1, "window width on the unit ring", validate=_eta, slug="eta"),
            Param("particles", int, 128, "particles of the identity-check run", validate=_particles, slug="N",
                  slug_default=False),
            Param("order", int, 2, "highest order n of the closed stresses (eqs 5.10-5.11)", validate=_order, slug="n",
                  slug_default=False)),
    build=_build,
    checks="symms.models.closure:check_kernels",
)
