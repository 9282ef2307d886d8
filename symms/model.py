"""The derived model: a plain value, independent of files.

Derivations build a :class:`DerivedModel`; emitters (LaTeX, numpy, C, JSON) turn it into text
and checks turn it into numbers.  Nothing here touches the file system.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

import sympy as sp


@dataclass(frozen=True)
class Symbol:
    """A named quantity of a model: its code name, its LaTeX form and what it means."""

    name: str
    latex: str
    meaning: str


@dataclass(frozen=True)
class Equation:
    """``lhs = rhs``; ``group`` is the heading it is typeset under (e.g. a power of γ)."""

    label: str
    lhs: sp.Expr
    rhs: sp.Expr
    group: str = ""


@dataclass(frozen=True)
class Section:
    """A titled part of the model document: prose and displayed equations."""

    title: str
    text: str = ""
    equations: tuple[Equation, ...] = ()


@dataclass(frozen=True)
class Array:
    """A kernel argument or output: a name, a shape and its entries (row-major, flattened).

    For inputs the entries are SymPy symbols; for outputs, SymPy expressions in the inputs.
    """

    name: str
    shape: tuple[int, ...]
    entries: tuple[sp.Expr, ...]

    def __post_init__(self):
        size = 1
        for n in self.shape:
            size *= n
        if size != len(self.entries):
            raise ValueError(f"array {self.name}: shape {self.shape} needs {size} entries, got {len(self.entries)}")


@dataclass(frozen=True)
class Guard:
    """A domain condition ``expr > 0`` a kernel checks before evaluating, and the message if not."""

    expr: sp.Expr
    message: str


@dataclass(frozen=True)
class ExpressionKernel:
    """A small kernel: closed-form outputs of array inputs, broadcast over leading axes.

    Emitted as straight-line code after common-subexpression elimination.
    """

    name: str
    doc: str
    inputs: tuple[Array, ...]
    outputs: tuple[Array, ...]
    guards: tuple[Guard, ...] = ()

    kind = "expression"


@dataclass(frozen=True)
class LatticeOperatorKernel:
    """A linear lattice operator ``dU_j/dt = sum_p gamma^p sum_k G[p][k](j) U_{j+k}``.

    ``G[p][k]`` is a polynomial (a :class:`symms.polys.LatticeRing` element) in ring variables
    that are lattice parameters at offsets from element ``j``; ``table`` holds it as
    flat terms for table-driven code (see :mod:`symms.codegen.tables`).
    """

    name: str
    doc: str
    table: Any  # symms.codegen.tables.OperatorTable
    guards_doc: str = ""

    kind = "lattice-operator"


@dataclass
class DerivedModel:
    """Everything a derivation found, as data: what to typeset, what to compile, what it computed."""

    derivation: str
    variant: str
    parameters: Mapping[str, Any]
    title: str
    source: str
    symbols: tuple[Symbol, ...] = ()
    sections: tuple[Section, ...] = ()
    kernels: tuple[Any, ...] = ()
    data: Mapping[str, Any] = field(default_factory=dict)
    results: Mapping[str, Any] = field(default_factory=dict)

    def kernel(self, name: str | None = None):
        """The kernel called ``name`` (the only one when ``name`` is None)."""
        from .errors import InputError

        names = [k.name for k in self.kernels]
        if name is None:
            if len(self.kernels) == 1:
                return self.kernels[0]
            raise InputError(f"{self.derivation} emits several kernels {names}: pass kernel=NAME")
        for k in self.kernels:
            if k.name == name:
                return k
        raise InputError(f"{self.derivation} has no kernel {name!r}; it has {names}")
