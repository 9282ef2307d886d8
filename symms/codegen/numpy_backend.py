"""The numpy backend: its printer, its templates, and loading the generated module.

A backend module defines ``NAME``, ``FILE`` (the file it writes in a variant folder),
``render(ir)`` (the file's text from :func:`symms.codegen.backends.lower`) and
``load(folder, entry)`` (a callable of one ``model.json`` kernel entry).
"""
from __future__ import annotations

from pathlib import Path

from sympy.printing.numpy import NumPyPrinter

from .expression import printed
from .load import NumpyKernel, numpy_module
from .printing import FloatLiterals, environment

NAME = "numpy"
FILE = "kernels.py"


class Printer(FloatLiterals, NumPyPrinter):
    """NumPy code with exact integer powers (``x**3``) and correctly rounded literals."""

    def _print_Pow(self, expr, rational=False):
        base, exp = expr.as_base_exp()
        if exp.is_Integer and not exp.is_zero:
            return f"{self.parenthesize(base, 1000)}**{int(exp)}"
        return super()._print_Pow(expr, rational=rational)


def render(ir) -> str:
    """The numpy module of the lowered kernels ``ir`` = ``(kind, data, header)``."""
    kind, data, header = ir
    if kind == "lattice":
        py = NumPyPrinter({"fully_qualified_modules": True})
        context = {**data, "guards": [(py.doprint(e), message) for e, message in data["guard_exprs"]]}
        return environment().get_template("lattice_numpy.py.j2").render(context)
    blocks = printed(data, Printer({"fully_qualified_modules": True, "order": "none"}))
    return environment().get_template("expression_numpy.py.j2").render(header=header, kernels=blocks)


def load(folder: Path, entry: dict):
    """The numpy callable of kernel ``entry`` from ``folder/kernels.py``."""
    generated = numpy_module(folder / FILE)
    name = entry["name"]
    if entry["kind"] == "lattice-operator":
        parameter = entry["parameter"]
        kernel = NumpyKernel(generated.rhs, name, ("U", parameter, "gamma"), scalars=(2,))
        kernel.coarse_operator = NumpyKernel(generated.coarse_operator, name, (parameter, "gamma"), scalars=(1,))
        kernel.shifts = generated.SHIFTS
        return kernel
    return NumpyKernel(getattr(generated, name), name, tuple(a["name"] for a in entry["inputs"]))
