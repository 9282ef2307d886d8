"""symms: computer algebra for multiscale modelling.

Derive coarse models symbolically, read them as LaTeX, run them as verified numpy/C kernels.
The API (``derive``, ``check``, ``load_kernel``, ``load_kernels``, ``load_model``) is imported on
first use, so ``import symms`` and the ``symms`` command start without SymPy.
"""
from .errors import CheckFailed, DerivationError, InputError, KernelError, SymmsError

__version__ = "0.1.0"
__all__ = ["derive", "check", "load_kernel", "load_kernels", "load_model", "SymmsError", "InputError", "DerivationError",
           "KernelError", "CheckFailed"]
_LAZY = {"derive": "pipeline", "check": "pipeline", "load_kernel": "pipeline", "load_kernels": "pipeline",
         "load_model": "model_file"}


def __getattr__(name):
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'symms' has no attribute {name!r}")


def __dir__():
    return sorted(set(globals()) | set(__all__))
