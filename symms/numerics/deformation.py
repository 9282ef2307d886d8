"""The homogeneous deformation of a fibre's cell: F = I + A with A the displacement gradient (seed 001 §3)."""
from __future__ import annotations

import numpy as np

from ..errors import InputError


def check_deformation(A) -> np.ndarray:
    """A as a finite 3 × 3 float array with det(I + A) > 0, or a one-line InputError."""
    A = np.asarray(A, dtype=float)
    if A.shape != (3, 3) or not np.all(np.isfinite(A)):
        raise InputError(f"the displacement gradient A must be a finite 3x3 matrix, got shape {A.shape}")
    J = float(np.linalg.det(np.eye(3) + A))
    if J <= 0:
        raise InputError(f"det(I + A) = {J:.6g} <= 0: the deformation must preserve orientation (det(I + A) > 0)")
    return A
