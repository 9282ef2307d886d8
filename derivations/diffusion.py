"""Seed 000: the random-diffusion coarse lattice model by centre-manifold iteration in γ."""
import os

from symms.registry import Derivation, Param

# Measured peak memory and CPU time of the engine at gamma^8 (benchmarks/README.md, issue 11) and the
# growth per order seen from gamma^6 to gamma^8 (terms grow ~10x per order).
_PEAK_GIB_AT_8, _CPU_S_AT_8, _MEMORY_GROWTH, _TIME_GROWTH = 9.8, 495.0, 9.0, 17.0


def _order(value: int):
    return None if value >= 2 else "must be an integer ≥ 2 (the evolution starts at O(gamma^2))"


def _memory_gib() -> float:
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2 ** 30
    except (ValueError, OSError, AttributeError):
        return float("inf")


def limits(params: dict):
    """Orders whose estimated engine memory exceeds this machine's (extrapolated from gamma^8)."""
    order = params["order"]
    if order <= 8:
        return None
    need = _PEAK_GIB_AT_8 * _MEMORY_GROWTH ** (order - 8)
    have = _memory_gib()
    if need <= 0.9 * have:
        return None
    hours = _CPU_S_AT_8 * _TIME_GROWTH ** (order - 8) / 3600
    return (f"--order {order} needs an estimated {need:.0f} GiB and {hours:.1f} CPU-hours (extrapolated from "
            f"gamma^8: {_PEAK_GIB_AT_8} GiB, {_CPU_S_AT_8:.0f} s), and this machine has {have:.0f} GiB")


def _build(order, form=None, progress=False):
    from symms.models.diffusion import build_model

    return build_model(order, progress=progress, form=form or "operator")


DERIVATION = Derivation(
    name="diffusion",
    description="random lattice diffusion coarsened by a slow manifold in gamma (seed 000, eqs 6-8)",
    params=(Param("order", int, 3, "highest power of gamma in the evolution (≥ 2)", validate=_order, slug="order"),
            # omitted = the operator form dU/dt = G U, so today's variants keep their names and regenerate commands
            Param("form", str, None, "mass-matrix: the symmetric pencil M dU/dt = -K U with M = V^T D V, K = -V^T L V "
                  "(omit for dU/dt = G U, eq 8 extended)", choices=("mass-matrix",), slug="",
                  slug_default=False)),
    build=_build,
    checks="symms.numerics.embedded_dae:eigenvalue_check",
    limits=limits,
)
