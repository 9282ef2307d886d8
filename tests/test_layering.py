"""Who may call whom (design.md): models and numerics never reach back into the face of symms.

``cli → pipeline → registry → derivations → models → (manifold, polys, numerics)``; builders are
pure, so nothing under ``symms/models`` or ``symms/numerics`` imports ``registry``, ``pipeline``
or ``cli`` (or the package's face, which re-exports the pipeline), nor calls ``load_kernel``.
"""
import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "symms"
FORBIDDEN = {"symms.registry", "symms.pipeline", "symms.cli", "symms"}


def _imports(path: Path) -> list[tuple[int, str]]:
    """Every module ``path`` imports (relative imports resolved), with its line, anywhere in the file."""
    package = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1])
    found = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(parts + ([node.module] if node.module else []))
            found.append((node.lineno, base))
            found += [(node.lineno, f"{base}.{alias.name}") for alias in node.names]
    return found


def _calls_load_kernel(path: Path) -> list[int]:
    return [node.lineno for node in ast.walk(ast.parse(path.read_text()))
            if isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) in
            ("load_kernel", "load_kernels", "load_backend", "derive")]


LAYERS = sorted(p for folder in ("models", "numerics", "manifold") for p in (PACKAGE / folder).rglob("*.py"))


@pytest.mark.parametrize("path", LAYERS, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_builders_and_numerics_do_not_import_the_face(path):
    bad = [(line, name) for line, name in _imports(path) if name in FORBIDDEN]
    assert not bad, f"{path.relative_to(PACKAGE)} imports {bad}: pass what it needs in (needs=, kernels=) instead"
    assert not _calls_load_kernel(path), f"{path.relative_to(PACKAGE)} loads kernels itself (lines {_calls_load_kernel(path)})"


def test_the_rule_is_able_to_fail(tmp_path):
    """Negative control: a module that imports the pipeline is caught by the same parser."""
    bad = PACKAGE / "models" / "_layering_probe.py"
    bad.write_text("from ..pipeline import load_kernel\n\ndef f():\n    return load_kernel('diffusion')\n")
    try:
        assert (1, "symms.pipeline") in _imports(bad)
        assert _calls_load_kernel(bad) == [4]
    finally:
        bad.unlink()


def test_emitters_read_the_model_value_only():
    for folder in ("latex", "codegen"):
        for path in (PACKAGE / folder).rglob("*.py"):
            names = {name for _, name in _imports(path)}
            assert not names & (FORBIDDEN | {"symms.models", "symms.manifold"}), path


def test_no_text_reaches_sympify_outside_the_safe_parser():
    """Outside symms/expr.py, sympify only converts in-process objects (strict=True refuses strings);
    parse_expr and eval are not used at all."""
    bad = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name == "expr.py" and path.parent == PACKAGE:
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "attr", getattr(node.func, "id", ""))
                strict = any(k.arg == "strict" and getattr(k.value, "value", False) is True for k in node.keywords)
                if name in ("parse_expr", "eval", "exec") or (name == "sympify" and not strict):
                    bad.append(f"{path.relative_to(PACKAGE)}:{node.lineno} {name}")
    assert not bad, bad


def test_a_spec_row_given_as_text_is_refused():
    import sympy as sp

    from symms.errors import InputError
    from symms.manifold import LatticeDAE

    with pytest.raises(InputError, match="rows must be SymPy expressions"):
        LatticeDAE(name="t", dynamic=(True,), rows=("__import__('os')",), amplitude=(sp.Integer(1),),
                   gamma=sp.Symbol("gamma"), parameter="kappa", stride=1)
