"""Expression kernels lowered to straight-line statements, the IR every backend prints.

Small kernels (energies, stresses, moduli) become straight-line code after
``cse(order='none')``; a kernel's named intermediates are assigned before its outputs.  Kernels
sharing a :class:`~symms.model.Preamble` call one function for it (written once per file), which
fills the array ``pre`` with its intermediates and checks its guards.  Inputs are renamed to
plain identifiers; exact constants are folded to 40-digit decimals, which the backends print as
correctly rounded doubles.
"""
from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from ..model import preambles_of


def fold_constants(expr):
    """``expr`` with every exact irrational constant subexpression replaced by its 40-digit value."""
    if expr.is_Rational or expr.is_Float or expr.is_Symbol:
        return expr
    if expr.is_number:
        return sp.Float(expr.evalf(45), 40)
    if not expr.args:
        return expr
    return expr.func(*[fold_constants(arg) for arg in expr.args])


def _input_names(inputs) -> dict:
    return {sym: sp.Symbol(f"in_{arr.name}_{idx}") for arr in inputs for idx, sym in enumerate(arr.entries)}


def _identifiers(kernel, exported: dict) -> dict:
    """Plain identifiers of a kernel's inputs and own intermediates, and ``pre[i]`` for those of
    its preamble (``exported``: symbol → index)."""
    rename = _input_names(kernel.inputs)
    rename.update({sym: sp.Symbol(f"pre[{i}]") for sym, i in exported.items()})
    for idx, (sym, _) in enumerate(kernel.intermediates):
        rename[sym] = sp.Symbol(f"im_{sym.name}" if sym.name.isidentifier() and sym.name.isascii() else f"im_{idx}")
    return rename


def _folded(expr, rename):
    return fold_constants(sp.sympify(expr, strict=True).xreplace(rename))


def _inputs(inputs, rename) -> tuple:
    return tuple((a.name, list(a.shape), [str(rename[s]) for s in a.entries]) for a in inputs)


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
class PreambleBlock:
    """A preamble as statements: temporaries in dependency order, the exported intermediates
    among them named ``pre[i]`` (``size`` of them), and guards (expression > 0, message)."""

    name: str
    inputs: tuple
    nin: int
    size: int
    temps: tuple
    guards: tuple


@dataclass(frozen=True)
class ExpressionBlock:
    """One kernel as statements: temporaries (symbol, expression) in dependency order, guards
    (expression > 0, message), outputs; inputs as (name, shape, identifiers).  With a
    ``preamble`` (its name) the kernel calls it first; its own guards are numbered after the
    preamble's ``first_guard`` ones."""

    name: str
    doc: str
    inputs: tuple
    outputs: tuple
    nin: int
    nout: int
    temps: tuple
    guards: tuple
    results: tuple
    preamble: str | None = None
    first_guard: int = 0


def _statements(named, inter, rest):
    """CSE of ``inter`` (the values of the symbols ``named``) with ``rest``: the temporaries with
    the named ones among them in dependency order, and ``rest`` reduced."""
    temps, reduced = sp.cse(inter + rest, symbols=sp.numbered_symbols("t"), order="none")
    if named:
        statements = dict(temps)
        statements.update(zip(named, reduced[: len(inter)]))
        temps = _ordered(statements, named + [t for t, _ in temps])
    return tuple(temps), reduced[len(inter):]


def _lower_preamble(pre) -> tuple[PreambleBlock, dict]:
    """The statements of a preamble and its exported symbols (symbol → index of ``pre``)."""
    exported = {sym: i for i, (sym, _) in enumerate(pre.intermediates)}
    rename = _input_names(pre.inputs)
    rename.update({sym: sp.Symbol(f"pre[{i}]") for sym, i in exported.items()})
    named = [rename[sym] for sym, _ in pre.intermediates]
    inter = [_folded(e, rename) for _, e in pre.intermediates]
    temps, guards = _statements(named, inter, [_folded(g.expr, rename) for g in pre.guards])
    block = PreambleBlock(pre.name, _inputs(pre.inputs, rename), sum(len(a.entries) for a in pre.inputs),
                          len(named), temps, tuple((e, g.message) for e, g in zip(guards, pre.guards)))
    return block, exported


def lower(kernels) -> dict:
    """The statements of every kernel of ``kernels`` and of the preambles they share:
    ``{"preambles": [PreambleBlock], "kernels": [ExpressionBlock]}``.

    Intermediates (named subexpressions) become assignments ahead of the outputs; one CSE pass
    covers a kernel's own intermediates, guards and outputs, and the temporaries and
    intermediates are emitted in dependency order (intermediates first, each after the
    temporaries it uses).  A preamble is lowered once, by its own CSE pass; its intermediates
    reach the kernels as ``pre[i]``.
    """
    preambles, exported = {}, {}
    for name, pre in preambles_of(kernels).items():
        preambles[name], exported[name] = _lower_preamble(pre)
    blocks = []
    for k in kernels:
        rename = _identifiers(k, exported[k.preamble.name] if k.preamble else {})
        named = [rename[sym] for sym, _ in k.intermediates]
        inter = [_folded(e, rename) for _, e in k.intermediates]
        outputs = [_folded(e, rename) for arr in k.outputs for e in arr.entries]
        temps, reduced = _statements(named, inter, [_folded(g.expr, rename) for g in k.guards] + outputs)
        blocks.append(ExpressionBlock(
            name=k.name, doc=k.doc, inputs=_inputs(k.inputs, rename),
            outputs=tuple((a.name, list(a.shape), len(a.entries)) for a in k.outputs),
            nin=sum(len(a.entries) for a in k.inputs), nout=len(outputs),
            temps=temps, guards=tuple((e, g.message) for e, g in zip(reduced[: len(k.guards)], k.guards)),
            results=tuple(reduced[len(k.guards):]),
            preamble=k.preamble.name if k.preamble else None,
            first_guard=len(k.preamble.guards) if k.preamble else 0,
        ))
    return {"preambles": list(preambles.values()), "kernels": blocks}


def printed(lowered: dict, printer) -> dict:
    """The template context of ``lowered`` with every statement printed by ``printer``:
    ``{"preambles": [...], "kernels": [...]}``."""
    preambles = [dict(name=b.name, inputs=list(b.inputs), nin=b.nin, size=b.size,
                      temps=[(str(t), printer.doprint(e), str(t).startswith("pre[")) for t, e in b.temps],
                      guards=[(printer.doprint(e), message) for e, message in b.guards]) for b in lowered["preambles"]]
    kernels = [dict(name=b.name, doc=b.doc, inputs=list(b.inputs), outputs=list(b.outputs), nin=b.nin, nout=b.nout,
                    temps=[(str(t), printer.doprint(e)) for t, e in b.temps],
                    guards=[(printer.doprint(e), message) for e, message in b.guards],
                    outputs_printed=[printer.doprint(e) for e in b.results],
                    preamble=b.preamble, first_guard=b.first_guard) for b in lowered["kernels"]]
    return {"preambles": preambles, "kernels": kernels}
