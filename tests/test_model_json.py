"""model.json as data others can load: every committed expression string parses, with symms'
safe parser (symms.load_model) and with plain ``sympy.parse_expr`` in the file's own declared
symbols, and names nothing it does not declare."""
import json
from pathlib import Path

import pytest
import sympy as sp
from sympy.core.function import AppliedUndef
from sympy.parsing.sympy_parser import parse_expr

import symms
from symms.errors import InputError

GENERATED = Path(__file__).resolve().parents[1] / "generated"
MODEL_FILES = sorted(GENERATED.rglob("model.json"))
IDS = [str(p.parent.relative_to(GENERATED)) for p in MODEL_FILES]


def _sympy_parse(text: str, names: set[str]) -> sp.Expr:
    """What a user without symms does: parse_expr with the declared names as plain symbols."""
    return parse_expr(text, local_dict={n: sp.Symbol(n) for n in names})


def test_there_are_committed_models():
    assert len(MODEL_FILES) >= 8


@pytest.mark.parametrize("path", MODEL_FILES, ids=IDS)
def test_every_equation_parses_with_sympy_in_the_declared_symbols(path):
    raw = json.loads(path.read_text())
    declared = {s["name"] for s in raw["symbols"]}
    for e in raw["equations"]:
        if e.get("kind") == "display":
            assert e["latex"].strip(), f"{e['label']}: a display equation needs its LaTeX"
            continue
        for side in ("lhs", "rhs"):
            expr = _sympy_parse(e[side], declared)
            undeclared = {str(s) for s in expr.free_symbols} - declared
            assert not undeclared, f"{path.parent.name} {e['label']}.{side} uses undeclared {sorted(undeclared)}"
            assert not expr.atoms(AppliedUndef), f"{e['label']}.{side}: calls an undeclared function in {e[side][:80]!r}"


@pytest.mark.parametrize("path", MODEL_FILES, ids=IDS)
def test_load_model_reads_every_equation_and_expression_kernel(path):
    model = symms.load_model(path.parent)
    raw = json.loads(path.read_text())
    assert model.derivation == raw["derivation"] and len(model.equations) == len(raw["equations"])
    for e in model.equations:
        if e.kind == "expression":
            assert {str(s) for s in (e.lhs.free_symbols | e.rhs.free_symbols)} <= set(model.symbols)
    for name, entry in model.kernels.items():
        if entry["kind"] != "expression":
            continue
        inputs = {s for i in entry["inputs"] for s in i["symbols"]}
        for output, exprs in model.kernel_outputs(name).items():
            texts = next(o["expressions"] for o in entry["outputs"] if o["name"] == output)
            for expr, text in zip(exprs, texts):
                assert {str(s) for s in expr.free_symbols} <= inputs, f"kernel {name}.{output}"
                if not entry.get("intermediates") and len(text) < 5_000:  # plain SymPy reads the same expression
                    plain = _sympy_parse(text, inputs)  # (decimals as Floats, where symms reads them exactly)
                    point = {s: sp.Rational(3 + 2 * i, 37) for i, s in enumerate(sorted(expr.free_symbols, key=str))}
                    a, b = complex(expr.evalf(30, subs=point)), complex(plain.evalf(30, subs=point))
                    assert abs(a - b) <= 1e-12 * max(1.0, abs(b)), f"kernel {name}.{output}: {text[:80]}"


def test_load_model_by_hand(tmp_path):
    folder = tmp_path / "toy"
    folder.mkdir()
    doc = {"schema": 1, "derivation": "toy", "variant": "v", "parameters": {}, "title": "t", "source": "s",
           "command": "symms derive toy", "symbols": [{"name": "x", "latex": "x", "meaning": ""},
                                                      {"name": "gamma", "latex": r"\gamma", "meaning": ""}],
           "equations": [{"label": "e1", "group": "", "lhs": "x", "rhs": "gamma**2/3 + exp(x)"},
                         {"label": "d", "group": "", "kind": "display", "latex": r"\int f"}],
           "kernels": []}
    (folder / "model.json").write_text(json.dumps(doc))
    model = symms.load_model(folder)
    x, g = sp.symbols("x gamma")
    assert model.equation("e1").rhs == g ** 2 / 3 + sp.exp(x)  # gamma is a symbol, not the Gamma function
    assert model.equation("d").kind == "display" and model.equation("d").latex == r"\int f"
    with pytest.raises(InputError, match="no equation 'nope'"):
        model.equation("nope")


@pytest.mark.parametrize("rhs, message", [("__import__('os').system('echo PWNED')", "__import__"),
                                          ("y + 1", "y"), ("x.__class__", "attribute")])
def test_load_model_refuses_tampered_or_undeclared_text(tmp_path, rhs, message, capfd):
    doc = {"schema": 1, "derivation": "toy", "variant": "v", "parameters": {}, "title": "t", "source": "s",
           "command": "c", "symbols": [{"name": "x", "latex": "x", "meaning": ""}],
           "equations": [{"label": "e1", "group": "", "lhs": "x", "rhs": rhs}], "kernels": []}
    (tmp_path / "model.json").write_text(json.dumps(doc))
    with pytest.raises(InputError, match=message):
        symms.load_model(tmp_path / "model.json")
    assert "PWNED" not in capfd.readouterr().out


def test_load_model_errors_name_the_problem(tmp_path):
    with pytest.raises(InputError, match="no model file"):
        symms.load_model(tmp_path / "missing.json")
    (tmp_path / "bad.json").write_text("{not json")
    with pytest.raises(InputError, match="invalid JSON"):
        symms.load_model(tmp_path / "bad.json")
    (tmp_path / "other.json").write_text(json.dumps({"schema": 7}))
    with pytest.raises(InputError, match="schema 1"):
        symms.load_model(tmp_path / "other.json")
