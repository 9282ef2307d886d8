"""The backends, by name: each is one module (printer + templates + load), listed here once.

A third backend (Fortran, numba, …) is one more module with ``NAME``, ``FILE``, ``render`` and
``load``, added to :data:`BACKENDS`; nothing else changes.
"""
from __future__ import annotations

from ..errors import InputError
from ..model import ExpressionKernel, LatticeOperatorKernel
from . import c_backend, numpy_backend
from .expression import lower as lower_expressions
from .lattice import lattice_context
from .tables import operator_table

BACKENDS = {module.NAME: module for module in (numpy_backend, c_backend)}


def get(name: str):
    """The backend module called ``name``, or an InputError naming the choices."""
    if name not in BACKENDS:
        raise InputError(f"unknown backend {name!r}; choose from {', '.join(BACKENDS)}")
    return BACKENDS[name]


def lower(kernels, header: str, derivation: str = "model") -> list:
    """The backend-independent form of a model's kernels: a list of ``(kind, data, header)``.

    A model emits expression kernels (one ``"expression"`` entry, their straight-line statements)
    or lattice operators (one ``"lattice"`` entry each, a template context from its
    :class:`~symms.codegen.tables.OperatorTable`).  The first lattice operator is written as
    ``kernels.*``, every further one as ``kernels_<name>.*`` (its context's ``stem``).
    """
    lattice = [k for k in kernels if isinstance(k, LatticeOperatorKernel)]
    expression = [k for k in kernels if isinstance(k, ExpressionKernel)]
    if lattice and expression:
        raise InputError(f"{derivation}: a model emits either lattice operators or expression kernels, not both")
    if expression:
        return [("expression", lower_expressions(expression), header)]
    return [("lattice", {**lattice_context(operator_table(k), k.guards, header, k.parameter),
                         "stem": "kernels" if i == 0 else f"kernels_{k.name}"}, header)
            for i, k in enumerate(lattice)]
