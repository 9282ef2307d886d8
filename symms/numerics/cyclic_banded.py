"""Periodic banded linear algebra for the mass-matrix form of seed 000 (M dU/dt = −K U).

A periodic band operator ``(A U)_j = Σ_s band[j, s] U_{(j + shifts[s]) mod m}`` of half-width
``w`` is ``A = B + E Fᵀ``: ``B`` its non-wrapping part (an ordinary banded matrix) and ``E Fᵀ``
the two w×w corner blocks (rank ≤ 2w).  ``A x = b`` is solved by a banded Cholesky
factorisation of ``B`` (LU when ``B`` is not positive definite) and the Woodbury identity

    A⁻¹ b = y − Z (I + Fᵀ Z)⁻¹ Fᵀ y,      y = B⁻¹ b,  Z = B⁻¹ E,

in O(m w²) work.  ``backend="numpy"`` uses scipy's banded Cholesky/LU; ``backend="c"`` solves
with ``B`` by the banded LU with partial pivoting of ``cyclic_banded.c`` (compiled by
``symms.codegen.compile``, called through ctypes); the Woodbury correction is the same numpy code.
"""
from __future__ import annotations

import ctypes
from functools import lru_cache
from pathlib import Path

import numpy as np
import scipy.linalg as sla

from ..errors import InputError

_DOUBLES = np.ctypeslib.ndpointer(dtype=np.float64, flags="C_CONTIGUOUS")
_INTS = np.ctypeslib.ndpointer(dtype=np.intc, flags="C_CONTIGUOUS")


@lru_cache(maxsize=1)
def _c_library():
    """The compiled ``cyclic_banded.c`` (KernelError when no C compiler is found)."""
    from ..codegen.compile import build
    lib = ctypes.CDLL(str(build((Path(__file__).with_name("cyclic_banded.c")).read_text(), name="cyclic_banded")))
    lib.cb_factor.argtypes = [_DOUBLES, _INTS, ctypes.c_int, ctypes.c_int]
    lib.cb_factor.restype = ctypes.c_int
    lib.cb_solve.argtypes = [_DOUBLES, _INTS, ctypes.c_int, ctypes.c_int, _DOUBLES, ctypes.c_int]
    lib.cb_solve.restype = None
    return lib


def band_to_dense(band: np.ndarray, shifts) -> np.ndarray:
    """The dense m×m matrix of a periodic band (for tests and small problems)."""
    band = np.asarray(band, dtype=float)
    m = band.shape[0]
    A = np.zeros((m, m))
    j = np.arange(m)
    for s, k in enumerate(shifts):
        np.add.at(A, (j, (j + int(k)) % m), band[:, s])
    return A


def apply_band(band: np.ndarray, shifts, U: np.ndarray) -> np.ndarray:
    """``A U`` for U of shape (..., m)."""
    U = np.asarray(U, dtype=float)
    m = band.shape[0]
    j = np.arange(m)
    out = np.zeros(U.shape)
    for s, k in enumerate(shifts):
        out += band[:, s] * U[..., (j + int(k)) % m]
    return out


class CyclicBandedSolver:
    """Factorise a periodic band operator once; :meth:`solve` then costs O(m w²) per right-hand side.

    ``method`` is ``"cholesky"`` when the non-wrapping part is symmetric positive definite (the
    mass matrix near γ = 0, M_0 = 4), else ``"lu"``; with ``backend="c"`` it is always
    ``"c-lu"`` (banded LU with partial pivoting, SPD or not).
    """

    def __init__(self, band, shifts, symmetric: bool = True, backend: str = "numpy"):
        if backend not in ("numpy", "c"):
            raise InputError(f"backend must be 'numpy' or 'c', got {backend!r}")
        band = np.asarray(band, dtype=float)
        shifts = [int(k) for k in shifts]
        if band.ndim != 2 or band.shape[1] != len(shifts):
            raise InputError(f"band must have shape (m, {len(shifts)}) for the shifts {shifts}, got {band.shape}")
        m = band.shape[0]
        w = max((abs(k) for k in shifts), default=0)
        if m <= 2 * w:
            raise InputError(f"a periodic band of half-width {w} needs m > {2 * w} points, got m = {m}")
        if not np.all(np.isfinite(band)):
            raise InputError("the band contains NaN or inf; check kappa and gamma")
        self.m, self.w, self.backend = m, w, backend
        j = np.arange(m)
        ab = np.zeros((2 * w + 1, m))  # LAPACK general band storage: ab[w + i − c, c] = B[i, c]
        corner_rows, corner_cols, corner_vals = [], [], []
        for s, k in enumerate(shifts):
            c = j + k
            inside = (c >= 0) & (c < m)
            np.add.at(ab, (w - k + np.zeros(inside.sum(), dtype=int), c[inside]), band[inside, s])
            corner_rows.append(j[~inside])
            corner_cols.append(c[~inside] % m)
            corner_vals.append(band[~inside, s])
        self._ab = ab
        rows, cols, vals = (np.concatenate(x) if x else np.zeros(0) for x in (corner_rows, corner_cols, corner_vals))
        self._corner_rows = np.unique(rows.astype(int))
        F = np.zeros((self._corner_rows.size, m))  # Fᵀ: the corner rows of A − B
        where = {r: n for n, r in enumerate(self._corner_rows)}
        for r, c, v in zip(rows.astype(int), cols.astype(int), vals):
            F[where[r], c] += v
        self._Ft = F
        self.method = "lu"
        if backend == "c":
            self._factor_c(ab)
        elif symmetric:
            try:
                self._chol = sla.cholesky_banded(ab[: w + 1], lower=False)
                self.method = "cholesky"
            except np.linalg.LinAlgError:
                pass
        E = np.zeros((m, self._corner_rows.size))
        E[self._corner_rows, np.arange(self._corner_rows.size)] = 1.0
        self._Z = self._solve_B(E)
        cap = np.eye(self._corner_rows.size) + self._Ft @ self._Z
        if self._corner_rows.size and np.linalg.cond(cap) > 1e14:
            raise InputError("the periodic band operator is singular (Woodbury capacitance matrix); check the mass matrix at this gamma")
        self._cap = sla.lu_factor(cap) if self._corner_rows.size else None

    def _factor_c(self, ab):
        m, w = self.m, self.w
        rows = np.zeros((m, 3 * w + 1))  # rows[i, c − i + w] = B[i, c] (cyclic_banded.c)
        i = np.arange(m)
        for d in range(-w, w + 1):
            ok = (i + d >= 0) & (i + d < m)
            rows[i[ok], d + w] = ab[w - d, i[ok] + d]
        self._rows, self._piv = rows, np.zeros(m, dtype=np.intc)
        if _c_library().cb_factor(self._rows, self._piv, m, w) != 0:
            raise InputError("the non-periodic part of the band operator is singular; check the mass matrix at this gamma")
        self.method = "c-lu"

    def _solve_B(self, b):
        if self.method == "c-lu":
            x = np.array(np.asarray(b, dtype=float).T, order="C")  # one row per right-hand side, solved in place
            _c_library().cb_solve(self._rows, self._piv, self.m, self.w, x, x.size // self.m)
            return x.T
        if self.method == "cholesky":
            return sla.cho_solve_banded((self._chol, False), b)
        try:
            return sla.solve_banded((self.w, self.w), self._ab, b)
        except np.linalg.LinAlgError:
            raise InputError("the non-periodic part of the band operator is singular; check the mass matrix at this gamma") from None

    def solve(self, b) -> np.ndarray:
        """``A⁻¹ b`` for b of shape (m,) or (m, n)."""
        b = np.asarray(b, dtype=float)
        if b.shape[0] != self.m:
            raise InputError(f"right-hand side must have {self.m} rows, got shape {b.shape}")
        if not np.all(np.isfinite(b)):
            raise InputError("the right-hand side contains NaN or inf")
        y = self._solve_B(b)
        if self._cap is None:
            return y
        return y - self._Z @ sla.lu_solve(self._cap, self._Ft @ y)
