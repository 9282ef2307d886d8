"""Expression kernels: closed-form outputs of array inputs → numpy module and C source.

Small kernels (energies, stresses, moduli) become straight-line code after
``cse(order='none')``; a kernel's named intermediates are assigned before its outputs.
Inputs are renamed to plain identifiers; literals are printed as correctly rounded doubles.
"""
from __future__ import annotations

import sympy as sp
from sympy.printing.c import C99CodePrinter
from sympy.printing.numpy import NumPyPrinter

from .printing import environment, float_literal


class _Floats:
    """Printer mixin: numbers as correctly rounded double literals.

    Rationals and integers via ``float_literal``; decimals (``Float``) by rounding their full
    precision once; exact irrational constants (``2**(1/6)``, ``sqrt(3)/2``) are folded into one
    literal by :func:`_fold_constants` before printing, never computed at run time.
    """

    def _print_Rational(self, expr):
        return float_literal(sp.Rational(expr))

    def _print_Integer(self, expr):
        return float_literal(int(expr))

    def _print_Float(self, expr):
        return repr(float(expr))


def _fold_constants(expr):
    """``expr`` with every exact irrational constant subexpression replaced by its 40-digit value."""
    if expr.is_Rational or expr.is_Float or expr.is_Symbol:
        return expr
    if expr.is_number:
        return sp.Float(expr.evalf(45), 40)
    if not expr.args:
        return expr
    return expr.func(*[_fold_constants(arg) for arg in expr.args])


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
    def _print_Pow(self, expr, rational=False):
        base, exp = expr.as_base_exp()
        if exp.is_Integer and not exp.is_zero:
            return f"{self.parenthesize(base, 1000)}**{int(exp)}"
        return super()._print_Pow(expr, rational=rational)


def _identifiers(kernel):
    rename = {}
    for arr in kernel.inputs:
        for idx, sym in enumerate(arr.entries):
            rename[sym] = sp.Symbol(f"in_{arr.name}_{idx}")
    for idx, (sym, _) in enumerate(kernel.intermediates):
        rename[sym] = sp.Symbol(f"im_{sym.name}" if sym.name.isidentifier() and sym.name.isascii() else f"im_{idx}")
    return rename


def _ordered(statements, roots):
    """``statements`` (symbol → expression) in an order where each follows what it uses:
    depth-first from ``roots`` in order (an iterative walk: chains of temporaries can be long)."""
    done, order = set(), []
    for root in roots:
        stack = [(root, False)]
        while stack:
            sym, expanded = stack.pop()
            if sym in done:
                continue
            if expanded:
                done.add(sym)
                order.append((sym, statements[sym]))
                continue
            stack.append((sym, True))
            deps = sorted((d for d in statements[sym].free_symbols if d in statements and d not in done), key=str)
            stack.extend((d, False) for d in reversed(deps))
    return order


def expression_sources(kernels, header: str) -> dict[str, str]:
    """``{"numpy": text, "c": text}`` holding every kernel of ``kernels``.

    Intermediates (named subexpressions) become assignments ahead of the outputs; one CSE pass
    covers intermediates, guards and outputs, and the temporaries and intermediates are emitted
    in dependency order (intermediates first, each after the temporaries it uses).
    """
    py, c = _PyPrinter({"fully_qualified_modules": True, "order": "none"}), _CPrinter({"order": "none"})
    blocks = []
    for k in kernels:
        rename = _identifiers(k)
        named = [rename[sym] for sym, _ in k.intermediates]
        inter = [_fold_constants(sp.sympify(e).xreplace(rename)) for _, e in k.intermediates]
        outputs = [_fold_constants(sp.sympify(e).xreplace(rename)) for arr in k.outputs for e in arr.entries]
        guards = [_fold_constants(sp.sympify(g.expr).xreplace(rename)) for g in k.guards]
        temps, reduced = sp.cse(inter + guards + outputs, symbols=sp.numbered_symbols("t"), order="none")
        reduced_inter = reduced[: len(inter)]
        reduced_guards, reduced_outputs = reduced[len(inter): len(inter) + len(guards)], reduced[len(inter) + len(guards):]
        if named:
            statements = dict(temps)
            statements.update(zip(named, reduced_inter))
            temps = _ordered(statements, named + [t for t, _ in temps])
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
