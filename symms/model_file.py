"""Reading ``model.json`` back as mathematics: :func:`load_model` (``symms.load_model``).

Every expression string goes through the one safe parser (:mod:`symms.expr`) in the names the
file declares (its ``symbols``, and for a kernel its inputs and intermediates), so a tampered
file cannot run code and an undeclared name is an error naming it.  Equations stored as
``kind: "display"`` (integrals, functional derivatives, operator equations) keep their LaTeX.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sympy as sp

from .errors import InputError
from .expr import MODEL_TEXT, parse_expression


@dataclass(frozen=True)
class LoadedEquation:
    """``lhs = rhs`` as SymPy expressions, or (``kind == "display"``) only its ``latex``."""

    label: str
    group: str
    lhs: sp.Expr | None = None
    rhs: sp.Expr | None = None
    latex: str | None = None

    @property
    def kind(self) -> str:
        return "display" if self.lhs is None else "expression"


@dataclass(frozen=True)
class LoadedModel:
    """A ``model.json`` with its equations and expression-kernel outputs as SymPy expressions."""

    path: Path
    derivation: str
    variant: str
    parameters: dict
    title: str
    source: str
    command: str
    symbols: dict[str, sp.Symbol]
    symbol_latex: dict[str, str]
    equations: tuple[LoadedEquation, ...]
    kernels: dict[str, dict] = field(repr=False)  # self-contained entries (see kernel_entries)
    data: dict[str, Any] = field(repr=False)

    def equation(self, label: str) -> LoadedEquation:
        found = [e for e in self.equations if e.label == label]
        if not found:
            raise InputError(f"{self.path} has no equation {label!r}; it has {', '.join(e.label for e in self.equations)}")
        return found[0]

    def kernel_outputs(self, name: str) -> dict[str, list[sp.Expr]]:
        """The outputs of expression kernel ``name`` as SymPy expressions in its input symbols
        (intermediates substituted), e.g. ``model.kernel_outputs("stress")["P"]``."""
        entry = self.kernels.get(name)
        if entry is None or entry.get("kind") != "expression":
            known = ", ".join(k for k, e in self.kernels.items() if e.get("kind") == "expression")
            raise InputError(f"{self.path} has no expression kernel {name!r}; it has {known or '(none)'}")
        declared = {s: sp.Symbol(s) for i in entry["inputs"] for s in i["symbols"]}
        values = {}
        for item in entry.get("intermediates", []):
            symbol = sp.Symbol(item["symbol"])
            declared[item["symbol"]] = symbol
            values[symbol] = _parse(item["expression"], declared, f"kernel {name} intermediate {item['symbol']}").xreplace(values)
        return {o["name"]: [_parse(e, declared, f"kernel {name} output {o['name']}").xreplace(values) for e in o["expressions"]]
                for o in entry["outputs"]}


SCHEMAS = (1, 2)  # 2 adds preambles and {"same_as": i} outputs; a schema-1 file reads as before


def kernel_entries(raw: dict) -> list[dict]:
    """The kernel entries of a parsed ``model.json``, each self-contained: an expression kernel's
    preamble intermediates and guards put before its own (its ``preamble`` key becomes
    ``shares``), and every ``{"same_as": i}`` output written out as the expression it repeats."""
    preambles = {p["name"]: p for p in raw.get("preambles", [])}
    out = []
    for entry in raw["kernels"]:
        if entry.get("kind") == "expression":
            entry = dict(entry)
            name = entry.pop("preamble", None)
            if name is not None:
                if name not in preambles:
                    raise InputError(f"kernel {entry['name']} names preamble {name!r}, which the model file lacks")
                pre = preambles[name]
                entry["intermediates"] = pre["intermediates"] + entry.get("intermediates", [])
                entry["guards"] = pre["guards"] + entry["guards"]
                entry["shares"] = name
            entry["outputs"] = [{**o, "expressions": _written_out(o["expressions"], entry["name"])} for o in entry["outputs"]]
        out.append(entry)
    return out


def _written_out(expressions: list, kernel: str) -> list[str]:
    out = []
    for e in expressions:
        if isinstance(e, dict):
            i = e.get("same_as")
            if not isinstance(i, int) or isinstance(i, bool) or not 0 <= i < len(out) or isinstance(expressions[i], dict):
                raise InputError(f"kernel {kernel}: bad output reference {e!r} (same_as must name an earlier written entry)")
            e = out[i]
        out.append(e)
    return out


def _parse(text: str, declared: dict, where: str) -> sp.Expr:
    try:
        return parse_expression(text, declared, max_length=MODEL_TEXT)
    except InputError as exc:
        raise InputError(f"{where}: {exc}") from None


def load_model(path) -> LoadedModel:
    """Read ``path`` (a ``model.json`` or the variant folder holding one) with SymPy expressions."""
    path = Path(path)
    if path.is_dir():
        path = path / "model.json"
    try:
        raw = json.loads(path.read_text())
    except FileNotFoundError:
        raise InputError(f"no model file {path}; `symms derive NAME --out DIR` writes DIR/NAME/VARIANT/model.json") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"{path} is not a model.json (invalid JSON: {exc})") from None
    missing = [k for k in ("schema", "symbols", "equations", "kernels") if k not in raw]
    if missing or raw.get("schema") not in SCHEMAS:
        raise InputError(f"{path} is not a symms model.json of schema {' or '.join(map(str, SCHEMAS))} "
                         f"(missing {', '.join(missing) or 'a known schema'}); regenerate it with its `command`")
    symbols = {s["name"]: sp.Symbol(s["name"]) for s in raw["symbols"]}
    equations = []
    for e in raw["equations"]:
        where = f"{path.name} equation {e['label']}"
        if e.get("kind") == "display":
            equations.append(LoadedEquation(e["label"], e.get("group", ""), latex=e["latex"]))
        else:
            equations.append(LoadedEquation(e["label"], e.get("group", ""), _parse(e["lhs"], symbols, where),
                                            _parse(e["rhs"], symbols, where)))
    return LoadedModel(path, raw["derivation"], raw["variant"], raw["parameters"], raw["title"], raw["source"],
                       raw["command"], symbols, {s["name"]: s["latex"] for s in raw["symbols"]}, tuple(equations),
                       {k["name"]: k for k in kernel_entries(raw)}, raw.get("data", {}))
