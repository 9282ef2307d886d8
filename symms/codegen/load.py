"""Load generated kernels as Python callables: the numpy module, or the C library via ctypes.

Both backends take the same arguments and broadcast the same way; argument errors become
:class:`symms.errors.InputError` naming the fix.  A lattice operator is a :class:`LatticeKernel`
in every backend: ``rhs.bind(kappa, gamma)`` assembles its band once (a :class:`BoundOperator`),
and the backend only supplies the assembly and the stencil.
"""
from __future__ import annotations

import ctypes
import importlib.util
from pathlib import Path

import numpy as np
import scipy.sparse as sps

from ..errors import InputError, KernelError
from .compile import build

_c_double_p = ctypes.POINTER(ctypes.c_double)
_c_long_p = ctypes.POINTER(ctypes.c_long)


def source_file(folder: Path, entry: dict, default: str) -> Path:
    """The generated file holding kernel ``entry``: ``default`` (``kernels.py``/``kernels.c``), or
    ``kernels_<name>.<suffix>`` for a model's second and further lattice operators."""
    own = folder / default.replace("kernels.", f"kernels_{entry['name']}.", 1)
    return own if own.exists() else folder / default


def numpy_module(path: Path):
    """Import the generated numpy module at ``path``."""
    spec = importlib.util.spec_from_file_location(f"symms_generated_{abs(hash(str(path)))}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _as_float_array(value, name):
    """``value`` as a C-contiguous float64 array of the same shape (0-d stays 0-d), refusing what
    is not real and finite (complex, object, bool, NaN, infinity) with the same message in every backend."""
    array = np.asarray(value)
    if array.dtype.kind not in "fiu":
        raise InputError(f"{name} must be a real numeric array, got dtype {array.dtype}")
    array = np.asarray(array, dtype=np.float64, order="C")
    if not np.isfinite(array).all():
        where = np.argwhere(~np.isfinite(array))[0]
        raise InputError(f"{name} must be finite: NaN or infinity at index {tuple(int(i) for i in where)}")
    return array


def _as_real_number(value, name) -> float:
    """``value`` as one real, finite number (e.g. γ), or an InputError."""
    array = _as_float_array(value, name)
    if array.ndim != 0:
        raise InputError(f"{name} must be one real number, got an array of shape {array.shape}")
    return float(array)


class NumpyKernel:
    """A generated numpy function with its arguments validated as the C kernels validate them
    (``scalars``: positions of arguments that must be single numbers) and errors as InputError."""

    def __init__(self, function, name: str, arguments: tuple[str, ...] = (), scalars: tuple[int, ...] = ()):
        self.function, self.name, self.arguments, self.scalars = function, name, arguments, scalars
        self.__doc__ = function.__doc__

    def __call__(self, *args):
        if self.arguments and len(args) != len(self.arguments):
            raise InputError(f"{self.name} takes {len(self.arguments)} arguments ({', '.join(self.arguments)}), got {len(args)}")
        names = self.arguments or tuple(f"argument {i + 1}" for i in range(len(args)))
        args = [_as_real_number(a, n) if i in self.scalars else _as_float_array(a, n)
                for i, (a, n) in enumerate(zip(args, names))]
        try:
            return self.function(*args)
        except ValueError as exc:
            raise InputError(f"{self.name}: {exc}") from None


def _check_kappa(kappa, name: str, parameter: str, stride: int) -> np.ndarray:
    """The lattice parameter as float64 of shape (stride*m,), finite and positive, or an InputError."""
    kappa = _as_float_array(kappa, parameter)
    if kappa.ndim != 1 or kappa.size == 0 or kappa.size % stride:
        raise InputError(f"{name}: {parameter} must have shape ({stride}*m,) for m coarse points, got {kappa.shape}")
    bad = np.flatnonzero(~(kappa > 0))
    if bad.size:
        raise InputError(f"{name}: {parameter} must be finite and positive everywhere (index {int(bad[0])})")
    return kappa


def _check_field(U, m: int, name: str, parameter: str, stride: int) -> np.ndarray:
    """The field U as float64 of shape (..., m), finite, or an InputError."""
    U = _as_float_array(U, "U")
    if U.ndim == 0 or U.shape[-1] != m:
        raise InputError(f"{name}: U must have shape (..., {m}) to match {parameter} of length {stride * m}, got {U.shape}")
    return U


class BoundOperator:
    """A lattice operator at fixed (κ, γ), assembled once: ``op(U)`` is dU/dt for U of shape (..., m).

    ``band`` is G[j, s], the coefficient of U[(j + shifts[s]) % m] in dU_j/dt (read only, shape
    (m, len(shifts))); ``matrix()`` is the same operator as an m × m ``scipy.sparse`` CSR matrix.
    """

    def __init__(self, band: np.ndarray, shifts: np.ndarray, apply, name: str, parameter: str, stride: int):
        band.flags.writeable = False
        self._rows, self._apply = band, apply  # rows[s, j] = G[j, s], contiguous per shift
        self.shifts = shifts
        self.m = band.shape[1]
        self.name, self.parameter, self.stride = name, parameter, stride

    @property
    def band(self) -> np.ndarray:
        return self._rows.T

    def __call__(self, U):
        return self._apply(self._rows, _check_field(U, self.m, self.name, self.parameter, self.stride))

    def matrix(self) -> sps.csr_matrix:
        """The operator as a CSR matrix M, ``M @ U == op(U)`` (entries of shifts equal mod m summed)."""
        m, width = self.m, self.shifts.size
        columns = (np.arange(m)[:, None] + self.shifts[None, :]) % m
        M = sps.csr_matrix((np.array(self.band).ravel(), columns.ravel(), np.arange(0, m * width + 1, width)), shape=(m, m))
        M.sum_duplicates()
        return M


class LatticeKernel:
    """``rhs(U, kappa, gamma)`` of a lattice-operator kernel, the same in every backend.

    ``bind(kappa, gamma)`` assembles the band once (:class:`BoundOperator`); ``rhs`` is a bind and
    one application.  A backend gives ``band(kappa, gamma)`` (the rows B[s, j] for a checked
    float64 kappa and a float gamma) and ``apply(B, U)``.
    """

    def __init__(self, name: str, parameter: str, stride: int, shifts, band, apply):
        self.name, self.parameter, self.stride = name, parameter, stride
        self.shifts = np.array(shifts, dtype=np.int64)
        self._band, self._apply = band, apply

    def bind(self, kappa, gamma) -> BoundOperator:
        """The operator at (``kappa``, ``gamma``), assembled once; apply it as ``op(U)``."""
        kappa = _check_kappa(kappa, self.name, self.parameter, self.stride)
        rows = self._band(kappa, _as_real_number(gamma, "gamma"))
        return BoundOperator(rows, self.shifts, self._apply, self.name, self.parameter, self.stride)

    def coarse_operator(self, kappa, gamma) -> np.ndarray:
        """G[j, s]: coefficient of U[(j + shifts[s]) % m] in dU_j/dt."""
        return self.bind(kappa, gamma).band

    def __call__(self, U, kappa, gamma):
        kappa = _check_kappa(kappa, self.name, self.parameter, self.stride)
        U = _check_field(U, kappa.size // self.stride, self.name, self.parameter, self.stride)
        return self.bind(kappa, gamma)(U)


def lattice_c_kernel(source: str, library: str, name: str, guard_messages: list[str], stride: int,
                     parameter: str = "kappa") -> LatticeKernel:
    """The :class:`LatticeKernel` of the compiled lattice-operator ``source`` (``symms_band``, ``symms_apply``)."""
    lib = ctypes.CDLL(str(build(source, library)))
    lib.symms_band.argtypes = [_c_double_p, ctypes.c_long, ctypes.c_double, _c_double_p, _c_long_p]
    lib.symms_band.restype = ctypes.c_int
    lib.symms_apply.argtypes = [_c_double_p, ctypes.c_long, _c_double_p, ctypes.c_long, _c_double_p]
    lib.symms_apply.restype = None
    shifts = [lib.symms_shift(s) for s in range(lib.symms_nshift())]

    def band(kappa, gamma):
        m = kappa.size // stride
        rows = np.empty((len(shifts), m))
        where = ctypes.c_long(0)
        rc = lib.symms_band(kappa.ctypes.data_as(_c_double_p), m, gamma, rows.ctypes.data_as(_c_double_p), ctypes.byref(where))
        if rc == 1:
            raise InputError(f"{name}: {parameter} must be finite and positive everywhere (index {where.value})")
        if rc >= 2:
            raise InputError(f"{name}: {guard_messages[rc - 2]} (fails at element j = {where.value})")
        if rc:
            raise KernelError(f"{name}: kernel returned error code {rc} (out of memory)")
        return rows

    def apply(rows, U):
        m = rows.shape[1]
        out = np.empty(U.shape)
        lib.symms_apply(rows.ctypes.data_as(_c_double_p), m, U.ctypes.data_as(_c_double_p), U.size // m,
                        out.ctypes.data_as(_c_double_p))
        return out

    return LatticeKernel(name, parameter, stride, shifts, band, apply)


class ExpressionCKernel:
    """A compiled expression kernel with the numpy module's calling convention."""

    def __init__(self, library: ctypes.CDLL, name: str, inputs: list[tuple[str, tuple]], outputs: list[tuple[str, tuple]],
                 guard_messages: list[str]):
        self.function = getattr(library, f"symms_{name}")
        self.function.argtypes = [_c_double_p, ctypes.c_long, _c_double_p, _c_long_p]
        self.function.restype = ctypes.c_int
        self.name, self.inputs, self.outputs, self.guard_messages = name, inputs, outputs, guard_messages

    def __call__(self, *args):
        if len(args) != len(self.inputs):
            raise InputError(f"{self.name} takes {len(self.inputs)} arrays ({', '.join(n for n, _ in self.inputs)}), got {len(args)}")
        arrays, batches = [], []
        for value, (name, shape) in zip(args, self.inputs):
            array = _as_float_array(value, name)
            if array.ndim < len(shape) or tuple(array.shape[array.ndim - len(shape):]) != tuple(shape):
                raise InputError(f"{self.name}: {name} must have shape (..., {', '.join(map(str, shape))}), got {array.shape}")
            batches.append(array.shape[: array.ndim - len(shape)])
            arrays.append((array, shape))
        batch = np.broadcast_shapes(*batches)
        flat = [np.broadcast_to(a, batch + tuple(s)).reshape(batch + (-1,)) for a, s in arrays]
        packed = np.ascontiguousarray(np.concatenate(flat, axis=-1).reshape(-1, sum(f.shape[-1] for f in flat)))
        nout = sum(int(np.prod(s)) for _, s in self.outputs)
        out = np.empty((packed.shape[0], nout))
        where = ctypes.c_long(0)
        rc = self.function(packed.ctypes.data_as(_c_double_p), packed.shape[0], out.ctypes.data_as(_c_double_p), ctypes.byref(where))
        if rc:
            raise InputError(f"{self.name}: {self.guard_messages[rc - 1]} (at point {where.value})")
        results, start = [], 0
        for _, shape in self.outputs:
            size = int(np.prod(shape))
            results.append(out[:, start:start + size].reshape(batch + tuple(shape)))
            start += size
        return results[0] if len(results) == 1 else tuple(results)


def expression_c_library(source: str, name: str) -> ctypes.CDLL:
    return ctypes.CDLL(str(build(source, name)))
