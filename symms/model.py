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
    """``lhs = Σ terms``; ``group`` is the heading it is typeset under (e.g. a power of γ).

    Each term is ``(coefficient, factor)`` (a bare expression means ``(expression, 1)``), typeset as the coefficient (factored, bracketed if
    a sum) followed by the factor, in the given order and broken over lines between terms.
    """

    label: str
    lhs: sp.Expr
    terms: tuple[tuple[sp.Expr, sp.Expr], ...]
    group: str = ""

    def __post_init__(self):
        pairs = tuple(t if isinstance(t, tuple) else (sp.sympify(t, strict=True), sp.Integer(1)) for t in self.terms)
        object.__setattr__(self, "terms", pairs)

    @property
    def rhs(self) -> sp.Expr:
        return sp.Add(*[c * f for c, f in self.terms])


@dataclass(frozen=True)
class DisplayEquation:
    """An equation that is not a closed-form expression (an integral, a functional derivative, an
    operator equation): typeset from ``latex``, stored in ``model.json`` as ``kind: "display"``."""

    label: str
    latex: str
    group: str = ""


@dataclass(frozen=True)
class Table:
    """Numbers a derivation computed, as data: ``results.json`` stores it, ``model.tex`` typesets it.

    ``columns`` are LaTeX headers (inline math in ``$…$``); each row holds numbers (printed to
    ``digits`` significant digits) or short strings; ``caption`` is LaTeX prose.
    """

    name: str
    caption: str
    columns: tuple[str, ...]
    rows: tuple[tuple, ...]
    digits: int = 3

    def __post_init__(self):
        bad = [i for i, row in enumerate(self.rows) if len(row) != len(self.columns)]
        if bad:
            raise ValueError(f"table {self.name}: row {bad[0]} has {len(self.rows[bad[0]])} entries for {len(self.columns)} columns")


@dataclass(frozen=True)
class Series:
    """One curve of a plot: ``style`` is ``line``, ``thick``, ``dashed``, ``dotted`` or ``markers``."""

    label: str
    x: tuple[float, ...]
    y: tuple[float, ...]
    style: str = "line"

    def __post_init__(self):
        object.__setattr__(self, "x", tuple(float(v) for v in self.x))
        object.__setattr__(self, "y", tuple(float(v) for v in self.y))
        if len(self.x) != len(self.y):
            raise ValueError(f"series {self.label}: {len(self.x)} x values for {len(self.y)} y values")


@dataclass(frozen=True)
class Panel:
    """One set of axes of a :class:`Figure`."""

    xlabel: str
    ylabel: str
    series: tuple[Series, ...]
    logy: bool = False


@dataclass(frozen=True)
class Figure:
    """A plot as data: the pipeline writes ``<name>.png`` from it (listed in the manifest, produced
    with ``--no-check`` too) and ``model.tex`` includes it with its caption.

    Either ``panels`` (stacked, sharing x) or, for one set of axes, ``xlabel``, ``ylabel`` and
    ``series``.
    """

    name: str
    caption: str
    xlabel: str = ""
    ylabel: str = ""
    series: tuple[Series, ...] = ()
    logy: bool = False
    panels: tuple[Panel, ...] = ()
    title: str = ""

    @property
    def axes(self) -> tuple[Panel, ...]:
        return self.panels or (Panel(self.xlabel, self.ylabel, self.series, self.logy),)

    @property
    def file(self) -> str:
        return f"{self.name}.png"


@dataclass(frozen=True)
class Section:
    """A titled part of the model document: prose, displayed equations, tables and figures."""

    title: str
    text: str = ""
    equations: tuple = ()  # Equation or DisplayEquation
    tables: tuple[Table, ...] = ()
    figures: tuple[Figure, ...] = ()


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
class Preamble:
    """Intermediates and guards that several expression kernels of the same ``inputs`` share (the
    bonds of one lattice sum): ``model.json`` stores them once, each backend emits them as one
    function, and a kernel evaluates them before its own intermediates and guards."""

    name: str
    inputs: tuple[Array, ...]
    intermediates: tuple[tuple[sp.Symbol, sp.Expr], ...]
    guards: tuple[Guard, ...] = ()

    def __post_init__(self):
        if not (self.name.isidentifier() and self.name.isascii()):
            raise ValueError(f"preamble name {self.name!r} must be an ASCII identifier (it names generated functions)")
        known = {e for a in self.inputs for e in a.entries}
        for sym, expr in self.intermediates:
            _uses_only(expr, known, f"preamble {self.name} intermediate {sym}")
            known.add(sym)
        for g in self.guards:
            _uses_only(g.expr, known, f"preamble {self.name} guard")


def _uses_only(expr, known: set, where: str) -> None:
    unknown = sp.sympify(expr, strict=True).free_symbols - known
    if unknown:
        raise ValueError(f"{where} uses {sorted(map(str, unknown))}, neither inputs nor earlier intermediates")


def preambles_of(kernels) -> dict[str, "Preamble"]:
    """The preambles the expression ``kernels`` share, by name, in order of first use; two different
    preambles under one name are an error (files and code would disagree)."""
    found: dict[str, Preamble] = {}
    for k in kernels:
        pre = getattr(k, "preamble", None)
        if pre is not None:
            if found.setdefault(pre.name, pre) != pre:
                raise ValueError(f"two different preambles are named {pre.name!r}")
    return found


@dataclass(frozen=True)
class ExpressionKernel:
    """A small kernel: closed-form outputs of array inputs, broadcast over leading axes.

    Emitted as straight-line code after common-subexpression elimination.  ``intermediates``
    are named subexpressions ``(symbol, expression)`` evaluated in order before the outputs;
    later intermediates, the outputs and the guards may use earlier symbols (keeps kernels such
    as a Schur complement small instead of expanded).  A ``preamble``'s intermediates and guards
    come first, as if they were the kernel's own.
    """

    name: str
    doc: str
    inputs: tuple[Array, ...]
    outputs: tuple[Array, ...]
    guards: tuple[Guard, ...] = ()
    sample: tuple[tuple[str, float, float], ...] = ()  # (input name, low, high) for random checks
    intermediates: tuple[tuple[sp.Symbol, sp.Expr], ...] = ()  # (symbol, expression), evaluated in order
    preamble: Preamble | None = None

    kind = "expression"

    def __post_init__(self):
        if self.preamble is not None:
            if self.preamble.inputs != self.inputs:
                raise ValueError(f"kernel {self.name}: its preamble {self.preamble.name} takes other inputs")
            clash = {str(s) for s, _ in self.preamble.intermediates} & {str(s) for s, _ in self.intermediates}
            if clash:
                raise ValueError(f"kernel {self.name}: intermediates {sorted(clash)} are named in its preamble too")

    @property
    def all_intermediates(self) -> tuple:
        """The preamble's intermediates, then the kernel's own."""
        return (self.preamble.intermediates if self.preamble else ()) + self.intermediates

    @property
    def all_guards(self) -> tuple[Guard, ...]:
        """The preamble's guards, then the kernel's own (the order the kernels number them in)."""
        return (self.preamble.guards if self.preamble else ()) + self.guards


@dataclass(frozen=True)
class LatticeOperatorKernel:
    """A linear lattice operator ``dU_j/dt = Σ_p γ^p Σ_k A[p][k](j) U_{j+k}``.

    ``coefficients[p][k]`` is ``A[p][k]`` as a SymPy-parsable polynomial string in local
    variables, each defined in ``definitions`` (name → SymPy string in the lattice parameter
    at offsets, e.g. ``"1/kappa_m2"``).  ``terms[p][k]`` is the same polynomial as exact data,
    ``((Fraction coefficient, ((variable, exponent), ...)), ...)``, over the variables
    ``variable_offset`` (``1/parameter`` at that offset from ``stride·j`` when ``reciprocal``) and
    ``F_s = 1/h_F(j + s)`` for each ``inverses[F] = ((coefficient, offset), ...)``, the linear form
    ``h_F = Σ coefficient · variable_offset``.  ``guards`` are conditions on the parameter (beyond
    positivity) that the kernel enforces.  Code generation builds its own tables from this.
    """

    name: str
    doc: str
    parameter: str
    stride: int
    gamma: str
    coefficients: Mapping[int, Mapping[int, str]]
    definitions: Mapping[str, str]
    variable: str
    reciprocal: bool
    terms: Mapping[int, Mapping[int, tuple]]
    inverses: Mapping[str, tuple[tuple[Any, int], ...]]
    guards: tuple[Guard, ...] = ()

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

    @property
    def tables(self) -> tuple[Table, ...]:
        return tuple(t for sec in self.sections for t in sec.tables)

    @property
    def figures(self) -> tuple[Figure, ...]:
        return tuple(f for sec in self.sections for f in sec.figures)

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
