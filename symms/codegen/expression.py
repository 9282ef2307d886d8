"""Expression kernels: closed-form outputs of array inputs → numpy module and C source.

Small kernels (energies, stresses, moduli) become straight-line code after
``cse(order='none')``.  Inputs are renamed to plain identifiers; literals are printed as
correctly rounded doubles.
"""
from __future__ import annotations

import sympy as sp
from sympy.printing.c import C99CodePrinter
from sympy.printing.numpy import NumPyPrinter

from .printing import environment, float_literal


class _Floats:
    """Printer mixin: rationals and integers in float context as correctly rounded literals."""

    def _print_Rational(self, expr):
        return float_literal(sp.Rational(expr))

    def _print_Integer(self, expr):
        return float_literal(int(expr))


class _CPrinter(_Floats, C99CodePrinter):
    def _print_Pow(self, expr):
        base, exp = expr.as_base_exp()
        if exp.is_Integer and 1 < abs(int(exp)) <= 8:
            body = "*".join([f"({self._print(base)})"] * abs(int(exp)))
            return f"({body})" if exp > 0 else f"(1.0/({body}))"
        if exp == -1:
            return f"(1.0/({self._print(base)}))"
        return super()._print_Pow(expr)


class _PyPrinter(_Floats, NumPyPrinter):
    pass


def _identifiers(kernel):
    rename = {}
    for arr in kernel.inputs:
        for idx, sym in enumerate(arr.entries):
            rename[sym] = sp.Symbol(f"in_{arr.name}_{idx}")
    return rename


def expression_sources(kernels, header: str) -> dict[str, str]:
    """``{"numpy": text, "c": text}`` holding every kernel of ``kernels``."""
    py, c = _PyPrinter({"fully_qualified_modules": True}), _CPrinter()
    blocks = []
    for k in kernels:
        rename = _identifiers(k)
        outputs = [sp.sympify(e).xreplace(rename) for arr in k.outputs for e in arr.entries]
        guards = [sp.sympify(g.expr).xreplace(rename) for g in k.guards]
        temps, reduced = sp.cse(guards + outputs, symbols=sp.numbered_symbols("t"), order="none")
        reduced_guards, reduced_outputs = reduced[: len(guards)], reduced[len(guards):]
        blocks.append(dict(
            name=k.name,
            doc=k.doc,
            inputs=[(a.name, list(a.shape), [str(rename[s]) for s in a.entries]) for a in k.inputs],
            outputs=[(a.name, list(a.shape), len(a.entries)) for a in k.outputs],
            nin=sum(len(a.entries) for a in k.inputs),
            nout=len(outputs),
            temps_py=[(str(t), py.doprint(e)) for t, e in temps],
            temps_c=[(str(t), c.doprint(e)) for t, e in temps],
            guards_py=[(py.doprint(e), g.message) for e, g in zip(reduced_guards, k.guards)],
            guards_c=[c.doprint(e) for e in reduced_guards],
            outputs_py=[py.doprint(e) for e in reduced_outputs],
            outputs_c=[c.doprint(e) for e in reduced_outputs],
        ))
    env = environment()
    return {
        "numpy": env.get_template("expression_numpy.py.j2").render(header=header, kernels=blocks),
        "c": env.get_template("expression.c.j2").render(header=header, kernels=blocks),
    }
