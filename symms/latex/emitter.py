"""A derived model → a complete, compilable LaTeX document (template ``model.tex.j2``).

Python turns equations into LaTeX lines; the template decides the layout.  Long right-hand
sides are broken between terms so that no line runs off the page.
"""
from __future__ import annotations

from pathlib import Path

import sympy as sp

from ..codegen.printing import environment
from ..model import DerivedModel, DisplayEquation, Table

TEMPLATES = Path(__file__).parent / "templates"
LINE_WIDTH = 80  # characters of LaTeX source per displayed line (a proxy for printed width)


def _environment():
    return environment(
        TEMPLATES,
        block_start_string="((*", block_end_string="*))",
        variable_start_string="(((", variable_end_string=")))",
        comment_start_string="((#", comment_end_string="#))",
    )


def _visible_width(tex: str) -> int:
    """A rough printed width: LaTeX source less command names and braces."""
    import re

    return len(re.sub(r"\\[a-zA-Z]+|[{}^_]", "", tex))


def plain_text(text: str) -> str:
    """A plain-text statement (as the CLI prints it) as LaTeX text: symbols and names in math."""
    for plain, tex in (("+-", r"$\pm$"), (">=", r"$\geq$"), ("<=", r"$\leq$"), ("<", "$<$"), (">", "$>$"),
                       ("gamma", r"$\gamma$"), ("kappa", r"$\kappa$"), ("theta", r"$\theta$")):
        text = text.replace(plain, tex)
    return text.rstrip(".") + "."


def break_terms(terms: list[str], width: int = LINE_WIDTH) -> list[str]:
    """Pack signed LaTeX terms into lines no wider than ``width`` (one term may exceed it)."""
    lines, current = [], ""
    for tex in terms:
        piece = tex if not current else (f" {tex}" if tex.startswith("-") else f" + {tex}")
        if current and _visible_width(current + piece) > width:
            lines.append(current)
            piece = tex if tex.startswith("-") else f"+ {tex}"
            current = piece
        else:
            current += piece
    if current:
        lines.append(current)
    return lines or ["0"]


def term_latex(coefficient, factor, names: dict) -> str:
    """``coefficient · factor`` with the coefficient kept whole (bracketed when a sum)."""
    printer = dict(symbol_names=names)
    f = "" if factor == 1 else sp.latex(factor, **printer)
    if coefficient == 1:
        return f or "1"
    if coefficient == -1:
        return f"-{f}" if f else "-1"
    c = sp.latex(coefficient, **printer)
    if isinstance(coefficient, sp.Add):
        c = rf"\left({c}\right)"
    return f"{c} {f}".strip()


def equation_lines(eq, names: dict) -> tuple[str, list[str]]:
    """LaTeX of ``eq.lhs`` and of its right-hand side broken into lines."""
    terms = [term_latex(c, f, names) for c, f in eq.terms if c != 0 and f != 0]
    return sp.latex(eq.lhs, symbol_names=names), break_terms(terms)


def number_latex(value, digits: int) -> str:
    """A table entry: floats to ``digits`` significant digits (powers of ten typeset), flags as yes/no."""
    if value is None:
        return "--"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        text = f"{value:.{digits}g}"
        if "e" in text:
            mantissa, exponent = text.split("e")
            return rf"${mantissa} \times 10^{{{int(exponent)}}}$"
        return text
    return str(value)


def table_context(table: Table) -> dict:
    """What the template needs of a :class:`Table`: column spec, header and formatted rows."""
    return {"caption": table.caption, "spec": "l" + "r" * (len(table.columns) - 1), "header": " & ".join(table.columns),
            "rows": [" & ".join(number_latex(v, table.digits) for v in row) for row in table.rows]}


def render_document(model: DerivedModel, command: str) -> str:
    """The ``model.tex`` text of ``model``."""
    latex_of = {s.name: s.latex for s in model.symbols}
    used = set().union(*[e.lhs.free_symbols | e.rhs.free_symbols for sec in model.sections for e in sec.equations
                         if not isinstance(e, DisplayEquation)])
    names = {sym: latex_of[sym.name] for sym in used if sym.name in latex_of}  # by name, whatever the assumptions
    sections = []
    for sec in model.sections:
        groups: list[tuple[str, list]] = []
        for eq in sec.equations:
            if not groups or groups[-1][0] != eq.group:
                groups.append((eq.group, []))
            if isinstance(eq, DisplayEquation):
                groups[-1][1].append({"display": eq.latex, "label": eq.label, "lhs": None, "lines": []})
            else:
                lhs, lines = equation_lines(eq, names)
                groups[-1][1].append({"lhs": lhs, "lines": lines, "label": eq.label, "display": None})
        sections.append({"title": sec.title, "text": sec.text, "groups": groups,
                         "tables": [table_context(t) for t in sec.tables],
                         "figures": [{"file": f.file, "caption": f.caption} for f in sec.figures]})
    return _environment().get_template("model.tex.j2").render(
        command=command, title=model.title, source=model.source, derivation=model.derivation,
        variant=model.variant, symbols=model.symbols, sections=sections, graphics=bool(model.figures),
    )
