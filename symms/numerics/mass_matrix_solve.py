"""Time stepping data of the mass-matrix model M dU/dt = −K U (seed 000, issue 12).

Works with any band kernels exposing ``coarse_operator(kappa, gamma)`` and ``shifts`` (the
generated ``mass``, ``stiffness``, ``restrict_even``, ``restrict_odd`` kernels of
``symms derive diffusion --form mass-matrix``, or their exact ring evaluation); and
:class:`GalerkinModel`, the γ = 1 Galerkin form assembled sparse from the manifold itself.
"""
from __future__ import annotations

import numpy as np

from ..errors import InputError
from .cyclic_banded import CyclicBandedSolver, apply_band
from .slow_forms import galerkin_matrices


class MassMatrixModel:
    """``M`` factorised once for one κ and γ; :meth:`rhs` is dU/dt = −M⁻¹ K U."""

    def __init__(self, kernels: dict, kappa, gamma: float = 1.0, backend: str = "numpy"):
        missing = [k for k in ("mass", "stiffness") if k not in kernels]
        if missing:
            raise InputError(f"the mass-matrix model needs the kernels {missing}")
        self.kernels, self.gamma = kernels, float(gamma)
        self.kappa = np.asarray(kappa, dtype=float)
        mass, stiff = kernels["mass"], kernels["stiffness"]
        self.solver = CyclicBandedSolver(mass.coarse_operator(self.kappa, self.gamma), mass.shifts, backend=backend)
        self._K = (stiff.coarse_operator(self.kappa, self.gamma), stiff.shifts)
        self._M = (mass.coarse_operator(self.kappa, self.gamma), mass.shifts)

    def apply_mass(self, U):
        return apply_band(*self._M, U)

    def apply_stiffness(self, U):
        return apply_band(*self._K, U)

    def rhs(self, U) -> np.ndarray:
        """dU/dt = −M⁻¹ K U for U of shape (m,)."""
        return -self.solver.solve(self.apply_stiffness(U))

    def consistent_initial_condition(self, u0) -> np.ndarray:
        """U(0) = M⁻¹ Vᵀ D E u(0): the D-weighted least-squares fit of the slow manifold to the
        embedded fine field E u(0) (seed 000 §2's duplication), from the restriction kernels."""
        u0 = np.asarray(u0, dtype=float)
        m = self.solver.m
        if u0.shape != (2 * m,):
            raise InputError(f"the fine field must have shape ({2 * m},) for m = {m} coarse points, got {u0.shape}")
        for name in ("restrict_even", "restrict_odd"):
            if name not in self.kernels:
                raise InputError(f"the consistent initial condition needs the kernel {name}")
        b = sum(apply_band(self.kernels[name].coarse_operator(self.kappa, self.gamma), self.kernels[name].shifts, part)
                for name, part in (("restrict_even", u0[0::2]), ("restrict_odd", u0[1::2])))
        return self.solver.solve(b)


def periodic_bands(S, m: int) -> tuple[np.ndarray, list[int]]:
    """A sparse periodic m×m operator as ``(band, shifts)``: ``band[j, s] = S[j, (j + k_s) mod m]``."""
    S = S.tocoo()
    offsets = (S.col - S.row) % m
    offsets = np.where(offsets > m // 2, offsets - m, offsets)
    shifts = sorted(set(offsets.tolist()))
    band = np.zeros((m, len(shifts)))
    np.add.at(band, (S.row, np.searchsorted(shifts, offsets)), S.data)
    return band, shifts


class GalerkinModel:
    """The γ = 1 Galerkin form ``M dU/dt = −K U`` of an order-P manifold for one κ, the README's
    recommendation for random media: ``M = V_dᵀV_d`` and ``K = −V_dᵀ A V_d`` assembled sparse in O(m)
    (:func:`~symms.numerics.slow_forms.galerkin_matrices`), M factorised once as a periodic band,
    so :meth:`rhs` costs O(m) per call.  ``form`` is a :class:`~symms.manifold.mass_matrix.MassMatrixForm`
    (its fine field is what is used)."""

    def __init__(self, form, kappa, gamma: float = 1.0, backend: str = "numpy"):
        self.M, self.K, self.Vd = galerkin_matrices(form, kappa, gamma)
        self.m = self.M.shape[0]
        self.solver = CyclicBandedSolver(*periodic_bands(self.M, self.m), backend=backend)

    def rhs(self, U) -> np.ndarray:
        """dU/dt = −M⁻¹ K U for U of shape (m,)."""
        U = np.asarray(U, dtype=float)
        if U.shape != (self.m,):
            raise InputError(f"U must have shape ({self.m},), got {U.shape}")
        return -self.solver.solve(self.K @ U)

    def consistent_initial_condition(self, u0) -> np.ndarray:
        """U(0) = M⁻¹ V_dᵀ u(0): the least-squares fit of the mid-element fine values V_d U to u(0)."""
        u0 = np.asarray(u0, dtype=float)
        if u0.shape != (2 * self.m,):
            raise InputError(f"the fine field must have shape ({2 * self.m},) for m = {self.m} coarse points, got {u0.shape}")
        return self.solver.solve(self.Vd.T @ u0)

    def fine_field(self, U) -> np.ndarray:
        """The fine field u ≈ V_d U of the coarse state U (shape (2m,))."""
        return self.Vd @ np.asarray(U, dtype=float)
