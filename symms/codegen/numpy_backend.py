"""The numpy backend: its printer, its templates, and loading the generated module.

A backend module defines ``NAME``, ``FILE`` (the source it writes in a variant folder),
``render(ir)`` (the text of ``FILE`` from one entry of :func:`symms.codegen.backends.lower`, or
``{file name: text or bytes}`` when it writes data files beside it) and ``load(folder, entry)``
(a callable of one ``model.json`` kernel entry).

A lattice operator's big tables (the monomial trie and its terms) are ``.npy`` files the module
loads, not Python literals: importing a literal table of 10⁵ terms costs seconds and a GiB.
"""
from __future__ import annotations

import io
from pathlib import Path

import numpy as np
from sympy.printing.numpy import NumPyPrinter

from ..errors import InputError
from .expression import printed
from .load import LatticeKernel, NumpyKernel, numpy_module, source_file
from .printing import FloatLiterals, ScipySpecial, environment

NAME = "numpy"
FILE = "kernels.py"
# little-endian fixed-width fields: the same bytes on every machine
NODE_DTYPE = np.dtype([("parent", "<i4"), ("var", "<i4"), ("exp", "<i4"), ("depth", "<i4")])
TERM_DTYPE = np.dtype([("node", "<i4"), ("shift", "<i4"), ("power", "<i4"), ("coef", "<f8")])


class Printer(FloatLiterals, ScipySpecial, NumPyPrinter):
    """NumPy code with exact integer powers (``x**3``), correctly rounded literals and scipy.special functions."""

    def _print_Pow(self, expr, rational=False):
        base, exp = expr.as_base_exp()
        if exp.is_Integer and not exp.is_zero:
            return f"{self.parenthesize(base, 1000)}**{int(exp)}"
        return super()._print_Pow(expr, rational=rational)


def npy_bytes(columns: dict, dtype: np.dtype) -> bytes:
    """The ``.npy`` file of a structured array with the given field ``columns`` (deterministic:
    ``np.save`` writes only the dtype, shape and data)."""
    array = np.zeros(len(next(iter(columns.values()))), dtype=dtype)
    for name, values in columns.items():
        array[name] = values
    buffer = io.BytesIO()
    np.save(buffer, array, allow_pickle=False)
    return buffer.getvalue()


def render(ir) -> str | dict:
    """The numpy module of the lowered kernels ``ir`` = ``(kind, data, header)``; for a lattice
    operator, ``{file name: content}`` of the module and its two ``.npy`` tables."""
    kind, data, header = ir
    if kind == "lattice":
        py = NumPyPrinter({"fully_qualified_modules": True})
        stem = data["stem"]
        nodes_file, terms_file = f"{stem}.nodes.npy", f"{stem}.terms.npy"
        context = {**data, "guards": [(py.doprint(e), message) for e, message in data["guard_exprs"]],
                   "nodes_file": nodes_file, "terms_file": terms_file}
        nodes = {"parent": data["node_parent"], "var": data["node_var"], "exp": data["node_exp"], "depth": data["node_depth"]}
        terms = {"node": data["term_node"], "shift": data["term_shift"], "power": data["term_power"], "coef": data["term_coef"]}
        return {f"{stem}.py": environment().get_template("lattice_numpy.py.j2").render(context),
                nodes_file: npy_bytes(nodes, NODE_DTYPE), terms_file: npy_bytes(terms, TERM_DTYPE)}
    context = printed(data, Printer({"fully_qualified_modules": True, "order": "none"}))
    return environment().get_template("expression_numpy.py.j2").render(header=header, **context,
                                                                       imports=imports_of(context))


def imports_of(context) -> list[str]:
    """The modules the printed kernels use: numpy always, functools (Min/Max) and scipy.special only when used."""
    blocks = context["preambles"] + context["kernels"]
    code = " ".join([t[1] for k in blocks for t in k["temps"]] + [g for k in blocks for g, _ in k["guards"]]
                    + [e for k in context["kernels"] for e in k["outputs_printed"]])
    return [m for m in ("functools", "numpy", "scipy.special") if m == "numpy" or f"{m}." in code]


def load(folder: Path, entry: dict):
    """The numpy callable of kernel ``entry`` from ``folder/kernels.py`` (or its own ``kernels_<name>.py``)."""
    generated = numpy_module(source_file(folder, entry, FILE))
    name = entry["name"]
    if entry["kind"] == "lattice-operator":
        return LatticeKernel(name, entry["parameter"], entry["stride"], generated.SHIFTS,
                             _numpy_band(generated, name), generated.apply)
    return NumpyKernel(getattr(generated, name), name, tuple(a["name"] for a in entry["inputs"]))


def _numpy_band(generated, name: str):
    """``band(kappa, gamma)`` of the generated module with its ValueErrors as InputError."""
    def band(kappa, gamma):
        try:
            return generated.band(kappa, gamma)
        except ValueError as exc:
            raise InputError(f"{name}: {exc}") from None
    return band
