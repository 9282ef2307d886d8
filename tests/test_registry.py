"""The registry: entry-point discovery, a third-party plugin, and the one naming rule for variants."""
import itertools
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from symms import registry
from symms.errors import InputError
from symms.registry import Param, slug_value, variant_slug

PLUGIN = Path(__file__).parent / "plugin_example"


def test_own_derivations_come_from_entry_points():
    from importlib.metadata import entry_points

    names = {ep.name for ep in entry_points(group=registry.GROUP)}
    assert {"diffusion", "diffusion-hierarchy", "cauchy-born", "chain-dynamics"} <= names
    assert set(registry.all_derivations()) >= names


def test_default_variants_keep_their_names():
    expected = {"diffusion": "order3", "cauchy-born": "fcc-lj-rc2.5", "chain-dynamics": "lj-rc1.5-mB3",
                "diffusion-hierarchy": "levels4-P6-seed2026"}
    for name, slug in expected.items():
        d = registry.get(name)
        assert d.variant(d.resolve()) == slug
    cb = registry.get("cauchy-born")
    assert cb.variant(cb.resolve(lattice="hcp", potential="morse", cutoff=3.0, cutoff_mode="shifted", relaxed=True)) \
        == "hcp-morse-rc3-shifted-relaxed"


def test_every_parameter_that_changes_the_output_changes_the_name():
    chain = registry.get("chain-dynamics")
    assert chain.variant(chain.resolve(m_A=2.0)) == "lj-rc1.5-mA2-mB3"  # m_A was ignored before
    cb = registry.get("cauchy-born")
    assert cb.variant(cb.resolve(cutoff=2.5000001)) == "fcc-lj-rc2.5000001"  # ':g' merged it with rc2.5
    assert cb.variant(cb.resolve(cutoff=2.5000001)) != cb.variant(cb.resolve(cutoff=2.5))


def test_slug_values_by_hand():
    assert slug_value(3) == "3" and slug_value(3.0) == "3" and slug_value(2.5) == "2.5"
    assert slug_value(-1.5) == "m1.5" and slug_value(1e-7) == "1em07"
    assert slug_value(0.1 + 0.2) == "0.30000000000000004"
    assert slug_value("fcc-primitive") == "fcc-primitive" and slug_value("lj") == "lj"
    expr = slug_value("4*(r**-12 - r**-6)")
    assert expr.startswith("expr") and len(expr) == 16 and "*" not in expr


def _draw(p: Param, rng: random.Random):
    if p.type is bool:
        return rng.random() < 0.5
    if p.choices:
        return rng.choice(p.choices)
    if p.type is int:
        return rng.choice([p.default, 1, 2, 3, 7, 10, 11, 2026, 0, -1])
    if p.type is float:
        base = rng.choice([p.default, 1.0, 2.5, 3.0, 0.5])
        return rng.choice([base, base * (1 + 1e-7), float.fromhex(base.hex()) + 2 ** -50, -base, base * 1e-8])
    return rng.choice([p.default, "lj", "morse", "exp(-r)", "exp(-r) ", "r**-12 - r**-6", "1/r", "u**3 - 8*u**2", "-u**2"])


@pytest.mark.parametrize("name", ["diffusion", "diffusion-hierarchy", "cauchy-born", "chain-dynamics", "quantum-chain"])
def test_slugs_are_injective_on_random_parameter_sets(name):
    d = registry.get(name)
    rng = random.Random(20261202)
    seen: dict[str, tuple] = {}
    keys = set()
    for _ in range(3000):
        values = {p.key: _draw(p, rng) for p in d.params}
        key = tuple(sorted(values.items()))
        keys.add(key)
        slug = variant_slug(d.params, values)
        assert seen.setdefault(slug, key) == key, f"{key} and {seen[slug]} share the folder {slug}"
        assert "/" not in slug and " " not in slug
    assert len(seen) == len(keys) >= 9


def test_flags_and_unchanged_defaults():
    params = (Param("a", float, 1.0, "", slug="a", slug_default=False), Param("f", bool, False, "", slug="flag"),
              Param("n", int, 3, "", slug="n"))
    combos = [dict(a=a, f=f, n=n) for a, f, n in itertools.product([1.0, 2.0], [False, True], [3, 4])]
    slugs = [variant_slug(params, c) for c in combos]
    assert len(set(slugs)) == len(combos)
    assert variant_slug(params, dict(a=1.0, f=False, n=3)) == "n3"
    assert variant_slug(params, dict(a=2.0, f=True, n=3)) == "a2-flag-n3"


def test_parameter_errors_name_the_fix():
    cb = registry.get("cauchy-born")
    with pytest.raises(InputError, match="unknown name 'x'"):
        cb.resolve(potential="2*x")
    with pytest.raises(InputError, match="does not depend on r"):
        cb.resolve(potential="2*pi")
    with pytest.raises(InputError, match="--lattice must be one of"):
        cb.resolve(lattice="bcc")
    with pytest.raises(InputError, match="--cutoff must be a finite number"):
        cb.resolve(cutoff="inf")
    with pytest.raises(InputError, match="unknown derivation 'nosuch'"):
        registry.get("nosuch")


@pytest.mark.slow
def test_a_third_party_package_adds_a_derivation_by_one_entry_point(tmp_path):
    """pip-install tests/plugin_example into a fresh venv (seeing this symms), then list, derive, check."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True)
    python = venv / "bin" / "python"
    source = tmp_path / "plugin"
    shutil.copytree(PLUGIN, source)
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", str(source)],
                   check=True, capture_output=True, timeout=300)
    symms = [str(python), "-m", "symms"]
    listed = subprocess.run([*symms, "list"], capture_output=True, text=True, check=True).stdout
    assert "harmonic-spring: energy and force of a harmonic spring" in listed
    out = tmp_path / "out"
    derived = subprocess.run([*symms, "derive", "harmonic-spring", "--stiffness", "3", "--out", str(out)],
                             capture_output=True, text=True, cwd=tmp_path)
    assert derived.returncode == 0, derived.stdout + derived.stderr
    assert "checks passed" in derived.stdout
    folder = out / "harmonic-spring" / "k3"
    assert {p.name for p in folder.iterdir()} >= {"model.json", "model.tex", "kernels.py", "kernels.c"}
    force = subprocess.run([str(python), "-c", "import symms; f = symms.load_kernel('harmonic-spring', kernel='force', "
                            "stiffness=3.0); print(f(0.5))"], capture_output=True, text=True, cwd=tmp_path,
                           env={"SYMMS_CACHE": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin"})
    assert force.returncode == 0, force.stderr
    assert float(force.stdout) == -1.5  # F = -k x by hand


def test_every_subpackage_ships_in_the_wheel():
    """pyproject lists packages explicitly (derivations/ and generated/ are mapped in): none may be missing."""
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+

    root = Path(__file__).resolve().parent.parent
    listed = set(tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(root).parts) for p in (root / "symms").rglob("__init__.py")}
    assert found <= listed, f"add {sorted(found - listed)} to [tool.setuptools] packages"


def test_lean_derivation_lists_match_the_models():
    """cauchy-born names its lattices and cutoff modes without importing SymPy; they must agree."""
    from symms.derivations import cauchy_born
    from symms.models.lattices import LATTICES
    from symms.models.potentials import CUTOFF_MODES

    assert set(cauchy_born.LATTICE_NAMES) == set(LATTICES) and tuple(cauchy_born.CUTOFF_MODES) == tuple(CUTOFF_MODES)


def test_estimated_pairs_bound_the_committed_counts():
    import json

    from symms.derivations.cauchy_born import estimated_pairs
    from symms.locations import committed_root

    for path in sorted((committed_root() / "cauchy-born").glob("*/model.json")):
        raw = json.loads(path.read_text())
        results = json.loads((path.parent / "results.json").read_text())
        p = raw["parameters"]
        actual = results["pairs_inside_cutoff"]
        assert actual <= estimated_pairs(p["lattice"], p["cutoff"]) <= 5 * actual + 16, path.parent.name


def test_listing_derivations_does_not_import_sympy():
    import subprocess
    import sys

    code = "import sys; from symms import registry; registry.all_derivations(); print('sympy' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "False"
