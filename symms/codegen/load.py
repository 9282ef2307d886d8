"""Load generated kernels as Python callables: the numpy module, or the C library via ctypes.

Both backends take the same arguments and broadcast the same way; argument errors become
:class:`symms.errors.InputError` naming the fix.
"""
from __future__ import annotations

import ctypes
import importlib.util
from pathlib import Path

import numpy as np

from ..errors import InputError, KernelError
from .compile import build

_c_double_p = ctypes.POINTER(ctypes.c_double)
_c_long_p = ctypes.POINTER(ctypes.c_long)


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
    array = np.array(array, dtype=np.float64, order="C")
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


class LatticeCKernel:
    """``rhs(U, kappa, gamma)`` backed by the compiled lattice-operator library."""

    def __init__(self, source: str, name: str, guard_messages: list[str], stride: int, parameter: str = "kappa"):
        self.lib = ctypes.CDLL(str(build(source, name)))
        self.lib.symms_rhs.argtypes = [_c_double_p, ctypes.c_long, ctypes.c_long, _c_double_p, ctypes.c_double, _c_double_p, _c_long_p]
        self.lib.symms_rhs.restype = ctypes.c_int
        self.lib.symms_coarse_operator.argtypes = [_c_double_p, ctypes.c_long, ctypes.c_double, _c_double_p, _c_long_p]
        self.lib.symms_coarse_operator.restype = ctypes.c_int
        self.shifts = np.array([self.lib.symms_shift(s) for s in range(self.lib.symms_nshift())])
        self.name, self.guard_messages, self.stride, self.parameter = name, guard_messages, stride, parameter

    def _kappa(self, kappa):
        kappa = _as_float_array(kappa, self.parameter)
        if kappa.ndim != 1 or kappa.size == 0 or kappa.size % self.stride:
            raise InputError(f"{self.name}: {self.parameter} must have shape ({self.stride}*m,) for m coarse points, got {kappa.shape}")
        return kappa

    def _raise(self, rc, where):
        if rc == 1:
            raise InputError(f"{self.name}: {self.parameter} must be finite and positive everywhere (index {where})")
        if rc >= 2:
            raise InputError(f"{self.name}: {self.guard_messages[rc - 2]} (fails at element j = {where})")
        raise KernelError(f"{self.name}: kernel returned error code {rc}")

    def coarse_operator(self, kappa, gamma):
        """G[j, s]: coefficient of U[(j + shifts[s]) % m] in dU_j/dt."""
        kappa = self._kappa(kappa)
        m = kappa.size // self.stride
        G = np.empty((m, self.shifts.size))
        where = ctypes.c_long(0)
        rc = self.lib.symms_coarse_operator(kappa.ctypes.data_as(_c_double_p), m, _as_real_number(gamma, "gamma"),
                                            G.ctypes.data_as(_c_double_p), ctypes.byref(where))
        if rc:
            self._raise(rc, where.value)
        return G

    def __call__(self, U, kappa, gamma):
        kappa = self._kappa(kappa)
        m = kappa.size // self.stride
        U = _as_float_array(U, "U")
        if U.ndim == 0 or U.shape[-1] != m:
            raise InputError(f"{self.name}: U must have shape (..., {m}) to match {self.parameter} of length {kappa.size}, got {U.shape}")
        out = np.empty_like(U)
        where = ctypes.c_long(0)
        rc = self.lib.symms_rhs(U.ctypes.data_as(_c_double_p), U.size // m, m, kappa.ctypes.data_as(_c_double_p),
                                _as_real_number(gamma, "gamma"), out.ctypes.data_as(_c_double_p), ctypes.byref(where))
        if rc:
            self._raise(rc, where.value)
        return out


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
