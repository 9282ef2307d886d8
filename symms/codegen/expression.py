"""Expression kernels lowered to straight-line statements, the IR every backend prints.

Small kernels (energies, stresses, moduli) become straight-line code after
``cse(order='none')``; a kernel's named intermediates are assigned before its outputs.
Inputs are renamed to plain identifiers; exact constants are folded to 40-digit decimals, which
the backends print as correctly rounded doubles.
"""
from __future__ import annotations

from dataclasses import dataclass

import sympy as sp


def fold_constants(expr):
    """``expr`` with every exact irrational constant subexpression replaced by its 40-digit value."""
    if expr.is_Rational or expr.is_Float or expr.is_Symbol:
        return expr
    if expr.is_number:
        return sp.Float(expr.evalf(45), 40)
    if not expr.args:
        return expr
    return expr.func(*[fold_constants(arg) for arg in expr.args])


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


@dataclass(frozen=True)
class ExpressionBlock:
    """One kernel as statements: temporaries (symbol, expression) in dependency order, guards
    (expression > 0, message), outputs; inputs as (name, shape, identifiers)."""

    name: str
    doc: str
    inputs: tuple
    outputs: tuple
    nin: int
    nout: int
    temps: tuple
    guards: tuple
    results: tuple


def lower(kernels) -> list[ExpressionBlock]:
    """The statements of every kernel of ``kernels``.

    Intermediates (named subexpressions) become assignments ahead of the outputs; one CSE pass
    covers intermediates, guards and outputs, and the temporaries and intermediates are emitted
    in dependency order (intermediates first, each after the temporaries it uses).
    """
    blocks = []
    for k in kernels:
        rename = _identifiers(k)
        named = [rename[sym] for sym, _ in k.intermediates]
        inter = [fold_constants(sp.sympify(e, strict=True).xreplace(rename)) for _, e in k.intermediates]
        outputs = [fold_constants(sp.sympify(e, strict=True).xreplace(rename)) for arr in k.outputs for e in arr.entries]
        guards = [fold_constants(sp.sympify(g.expr, strict=True).xreplace(rename)) for g in k.guards]
        temps, reduced = sp.cse(inter + guards + outputs, symbols=sp.numbered_symbols("t"), order="none")
        reduced_inter = reduced[: len(inter)]
        reduced_guards, reduced_outputs = reduced[len(inter): len(inter) + len(guards)], reduced[len(inter) + len(guards):]
        if named:
            statements = dict(temps)
            statements.update(zip(named, reduced_inter))
            temps = _ordered(statements, named + [t for t, _ in temps])
        blocks.append(ExpressionBlock(
            name=k.name, doc=k.doc,
            inputs=tuple((a.name, list(a.shape), [str(rename[s]) for s in a.entries]) for a in k.inputs),
            outputs=tuple((a.name, list(a.shape), len(a.entries)) for a in k.outputs),
            nin=sum(len(a.entries) for a in k.inputs), nout=len(outputs),
            temps=tuple(temps), guards=tuple((e, g.message) for e, g in zip(reduced_guards, k.guards)),
            results=tuple(reduced_outputs),
        ))
    return blocks


def printed(blocks, printer) -> list[dict]:
    """The template context of ``blocks`` with every statement printed by ``printer``."""
    return [dict(name=b.name, doc=b.doc, inputs=list(b.inputs), outputs=list(b.outputs), nin=b.nin, nout=b.nout,
                 temps=[(str(t), printer.doprint(e)) for t, e in b.temps],
                 guards=[(printer.doprint(e), message) for e, message in b.guards],
                 outputs_printed=[printer.doprint(e) for e in b.results]) for b in blocks]
