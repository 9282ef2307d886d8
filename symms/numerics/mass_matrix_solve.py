"""Time stepping data of the mass-matrix model M dU/dt = −K U (seed 000, issue 12).

Works with any band kernels exposing ``coarse_operator(kappa, gamma)`` and ``shifts`` (the
generated ``mass``, ``stiffness``, ``restrict_even``, ``restrict_odd`` kernels of
``symms derive diffusion --form mass-matrix``, or their exact ring evaluation).
"""
from __future__ import annotations

import numpy as np

from ..errors import InputError
from .cyclic_banded import CyclicBandedSolver, apply_band


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
