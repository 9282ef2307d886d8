"""symms: computer algebra for multiscale modelling.

Derive coarse models symbolically, read them as LaTeX, run them as verified numpy/C kernels.
"""
from .errors import CheckFailed, DerivationError, InputError, KernelError, SymmsError
from .model_file import load_model
from .pipeline import check, derive, load_kernel, load_kernels

__version__ = "0.1.0"
__all__ = ["derive", "check", "load_kernel", "load_kernels", "load_model", "SymmsError", "InputError", "DerivationError", "KernelError", "CheckFailed"]
