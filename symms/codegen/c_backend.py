"""The C backend: its printer, its templates, and compiling and loading the library (ctypes).

See :mod:`symms.codegen.numpy_backend` for what a backend module defines.  A lattice operator's
tables stay in the C source (one self-contained library; gcc compiles the γ⁶ tables in seconds).
"""
from __future__ import annotations

from pathlib import Path

from sympy.printing.c import C99CodePrinter

from .expression import printed
from .load import ExpressionCKernel, expression_c_library, lattice_c_kernel, source_file
from .printing import FloatLiterals, environment

NAME = "c"
FILE = "kernels.c"


class Printer(FloatLiterals, C99CodePrinter):
    """C99 with small integer powers multiplied out and correctly rounded literals."""

    def _print_Pow(self, expr):
        base, exp = expr.as_base_exp()
        if exp.is_Integer and 1 < abs(int(exp)) <= 8:
            body = "*".join([f"({self._print(base)})"] * abs(int(exp)))
            return f"({body})" if exp > 0 else f"(1.0/({body}))"
        if exp == -1:
            return f"(1.0/({self._print(base)}))"
        return super()._print_Pow(expr)


def render(ir) -> str | dict:
    """The C source of the lowered kernels ``ir`` = ``(kind, data, header)`` (a lattice operator's
    as ``{file name: source}``, the file named by its stem)."""
    kind, data, header = ir
    if kind == "lattice":
        c = C99CodePrinter()
        context = {**data, "guards": [(c.doprint(e), message) for e, message in data["guard_exprs"]]}
        return {f"{data['stem']}.c": environment().get_template("lattice.c.j2").render(context)}
    return environment().get_template("expression.c.j2").render(header=header, **printed(data, Printer({"order": "none"})))


def load(folder: Path, entry: dict):
    """The compiled callable of kernel ``entry`` from ``folder/kernels.c`` (built once per content)."""
    source = source_file(folder, entry, FILE).read_text()
    messages = [g["message"] for g in entry["guards"]]
    if entry["kind"] == "lattice-operator":
        return lattice_c_kernel(source, f"{folder.parent.name}-{entry['name']}", entry["name"], messages,
                                entry["stride"], entry["parameter"])
    library = expression_c_library(source, folder.parent.name)
    return ExpressionCKernel(library, entry["name"], [(a["name"], tuple(a["shape"])) for a in entry["inputs"]],
                             [(a["name"], tuple(a["shape"])) for a in entry["outputs"]], messages)
