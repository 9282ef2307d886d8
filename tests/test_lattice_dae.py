"""User-defined lattice DAEs (issue 12): spec files, the generic builder, its checks and refusals."""
import json
import os
import shutil
from pathlib import Path

import numpy as np
import pytest
import sympy as sp

from symms import registry
from symms.errors import DerivationError, InputError
from symms.expr import parse_expression
from symms.manifold import derive_slow_manifold
from symms.manifold.spec_file import SPECS, load_spec, parse_spec, shipped_specs
from symms.models.diffusion import build_model
from symms.models.lattice_dae import build_lattice_model
from symms.naming import offset_name, parse_offset_name
from symms.numerics.embedded_dae import slow_eigenvalues
from symms.numerics.fine_lattice import fine_eigenvalues

SEED = "seed000-embedding"
BONDS = "alternating-bonds"
DERIVATIONS = Path(__file__).resolve().parent.parent / "derivations"


# --- the shipped specs ----------------------------------------------------------------------

def test_shipped_specs_are_found_by_name():
    assert set(shipped_specs()) == {SEED, BONDS}
    assert load_spec(SEED).origin == SEED
    assert load_spec(str(SPECS / f"{BONDS}.toml")).spec.name == BONDS


def test_seed_spec_reproduces_the_diffusion_derivation_at_order_3():
    """The spec file is seed 000's embedding (3)-(4): the generic builder gives the same ring
    elements, order by order and shift by shift, for the evolution and the manifold, as the
    diffusion derivation (symms.models.diffusion's hand-written spec), and eq (8) at γ²."""
    generic, seed = build_lattice_model(load_spec(SEED), 3), build_model(3)
    assert generic.kernels[0].coefficients == seed.kernels[0].coefficients
    assert generic.kernels[0].definitions == seed.kernels[0].definitions
    assert generic.data["manifold"] == seed.data["manifold"]
    assert generic.results["structure"] == seed.results["structure"]
    K = {k: sp.Symbol(offset_name("K", k)) for k in (-1, 1)}
    eq8 = {-2: K[-1] / 16, 0: -(K[-1] + K[1]) / 16, 2: K[1] / 16}  # seed 000 eq (8)
    assert {int(k): parse_expression(c, ("K_m1", "K_p1")) for k, c in generic.data["evolution"]["2"].items()} == eq8


def _constant(m, c):
    """The evolution with every parameter c_o set to ``c``: {p: {k: SymPy}}."""
    out = {}
    for p, g in enumerate(m.evolution):
        row = {k: m.ring.to_sympy(x) for k, x in g.items()}
        out[p] = {k: x.xreplace({s: c for s in x.free_symbols}) for k, x in row.items()}
    return out


def test_alternating_bonds_matches_its_closed_form_dispersion_relation():
    """Hand derivation.  For constant c put v_{j,i} = w_i z^j (z = e^{iθ}).  The coupling rows give
    w_0 = (1-γ) w_1 + γ z⁻¹ w_2 and w_3 = (1-γ) w_2 + γ z w_1; the dynamic rows then read
        λ w_1 = c(w_0 - w_1) + (w_2 - w_1) = -(1 + cγ) w_1 + (1 + cγ z⁻¹) w_2,
        λ w_2 = (w_1 - w_2) + c(w_3 - w_2) = (1 + cγ z) w_1 - (1 + cγ) w_2,
    so λ = -(1 + cγ) ± |1 + cγ z|, and the slow branch (λ → 0 as γ → 0) is
        λ(θ, γ) = -(1 + cγ) + sqrt(1 + 2cγ cos θ + c²γ²).
    The linear slow manifold is that eigenspace, so the coarse operator's symbol Σ_k G_k z^k
    equals λ's γ-series through the model's order, exactly, for every c."""
    P = 6
    m = derive_slow_manifold(load_spec(BONDS).spec, P)
    c, gamma, z = sp.symbols("c gamma z", positive=True)
    lam = -(1 + c * gamma) + sp.sqrt(1 + c * gamma * (z + 1 / z) + c**2 * gamma**2)
    series = sp.expand(sp.series(lam, gamma, 0, P + 1).removeO())
    for p, row in _constant(m, c).items():
        symbol = sp.Add(*[x * z**k for k, x in row.items()])
        assert sp.expand(symbol - series.coeff(gamma, p)) == 0, f"gamma^{p}"
    assert series.coeff(gamma, 1) == sp.expand(c * (z + 1 / z) / 2 - c)


def test_the_closed_form_at_gamma_1_is_the_fine_chain():
    """Independent of the engine: at γ = 1 the formula is the spectrum of the fine lattice (1)
    with bonds alternating 1, c (symms.numerics.fine_lattice), so the hand derivation is right."""
    c, m = 1.7, 6
    kappa = np.tile([1.0, c], m)
    theta = 2 * np.pi * np.arange(m) / m
    root = np.sqrt(1 + 2 * c * np.cos(theta) + c**2)
    formula = np.sort(np.concatenate([-(1 + c) + root, -(1 + c) - root]))[::-1]
    assert np.allclose(fine_eigenvalues(kappa), formula, atol=1e-12)
    # and the embedded DAE of the spec reproduces it at γ = 1 (its slow half)
    slow = np.sort(slow_eigenvalues(load_spec(BONDS).spec, np.full(m, c), 1.0).real)[::-1]
    assert np.allclose(slow, formula[:m], atol=1e-10)


# --- malformed specs: one line naming the field -----------------------------------------------

GOOD = (SPECS / f"{BONDS}.toml").read_text()


def _mutated(old: str, new: str) -> bytes:
    assert old in GOOD
    return GOOD.replace(old, new, 1).encode()


MALFORMED = [
    (_mutated('name = "alternating-bonds"', 'nam = "alternating-bonds"'), "field nam: unknown field"),
    (_mutated("variables = 4", "variables = 3"), "field rows: must list 3 rows"),
    (_mutated('name = "alternating-bonds"', 'name = "../escape"'), "field name: must be 1-40 lower-case letters"),
    (_mutated('amplitude = [0, "1/2", "1/2", 0]', 'amplitude = [0, "1/2", "1/2"]'), "field amplitude: must list 4"),
    (_mutated('amplitude = [0, "1/2", "1/2", 0]', 'amplitude = [0, "half", "1/2", 0]'), "field amplitude[1]"),
    (_mutated('["c_m1", 0, 0]', '["__import__(\'os\').system(\'echo PWNED\')", 0, 0]'), "field rows[1].terms[0][0]"),
    (_mutated('["c_m1", 0, 0]', '["kappa_m1", 0, 0]'), "field rows[1].terms[0][0]: unknown name 'kappa_m1'"),
    (_mutated('["c_m1", 0, 0]', '["c_m1", 0, 4]'), "field rows[1].terms[0][2]: variable index must be in 0..3"),
    (_mutated('["c_m1", 0, 0]', '["c_m1", 0.5, 0]'), "field rows[1].terms[0][1]: must be an integer"),
    (_mutated('["c_m1", 0, 0]', '["c_m1", 0]'), "field rows[1].terms[0]: must be [coefficient, element offset, variable]"),
    (_mutated('["c_m1", 0, 0]', '["exp(gamma)*c_m1", 0, 0]'), "field rows[1].terms[0][0]: coefficients must be polynomial in gamma"),
    (_mutated("dynamic = true", "dynamic = 1"), "field rows[1].dynamic: must be true or false"),
    (_mutated("positive = true", "positive = false"), "field parameter.positive: only positive lattice parameters"),
    (_mutated("stride = 1", "stride = 0"), "field parameter.stride"),
    (_mutated("sample = [0.5, 2.0]", "sample = [2.0, 0.5]"), "field parameter.sample"),
    (_mutated('name = "c"', 'name = "gamma"'), "field parameter.name"),
    (_mutated("[parameter]", "[parameters]"), "field parameters: unknown field"),
    (GOOD.replace('"c_m1"', "1").replace('"-(c_m1 + 1)"', "-2").replace('"-(1 + c_0)"', "-2").replace('"c_0"', "1").encode(),
     "field rows: no row uses the parameter (c_<offset>)"),
    (_mutated("variables = 4", "variables = 4 4"), "not valid TOML"),
]


@pytest.mark.parametrize("raw, message", MALFORMED, ids=[m for _, m in MALFORMED])
def test_a_malformed_spec_is_refused_in_one_line_naming_the_field(raw, message):
    with pytest.raises(InputError) as err:
        parse_spec(raw, "bad.toml")
    text = str(err.value)
    assert message in text and "\n" not in text and text.startswith("spec bad.toml: ")


def test_json_specs_read_like_toml():
    import tomllib

    data = tomllib.loads(GOOD)
    spec = parse_spec(json.dumps(data).encode(), "bonds.json", fmt="json")
    assert spec.spec.rows == load_spec(BONDS).spec.rows
    with pytest.raises(InputError, match="field rows"):
        parse_spec(json.dumps({**data, "rows": "none"}).encode(), "bonds.json", fmt="json")


def test_an_edited_spec_changes_the_variant_and_an_unknown_file_is_refused(tmp_path):
    edited = tmp_path / "bonds.toml"
    edited.write_text(GOOD.replace("# A factor-two", "# An edited factor-two"))
    assert load_spec(str(edited)).token != load_spec(BONDS).token  # a comment counts: the bytes are hashed
    assert load_spec(str(edited)).spec == load_spec(BONDS).spec
    with pytest.raises(InputError, match="no such file; give a .toml/.json path or a shipped spec"):
        load_spec(str(tmp_path / "missing.toml"))


# --- what the engine's normal form cannot do: refused naming the factor ------------------------

RANDOM_BONDS = """
name = "random-bonds"
variables = 4
amplitude = [0, "1/2", "1/2", 0]
[parameter]
name = "kappa"
stride = 2
positive = true
reciprocal = %s
[[rows]]
dynamic = false
terms = [[1, 0, 0], ["-(1 - gamma)", 0, 1], ["-gamma", -1, 2]]
[[rows]]
dynamic = true
terms = [["kappa_m1", 0, 0], ["-(kappa_m1 + kappa_0)", 0, 1], ["kappa_0", 0, 2]]
[[rows]]
dynamic = true
terms = [["kappa_0", 0, 1], ["-(kappa_0 + kappa_p1)", 0, 2], ["kappa_p1", 0, 3]]
[[rows]]
dynamic = false
terms = [[1, 0, 3], ["-(1 - gamma)", 0, 2], ["-gamma", 1, 1]]
"""


@pytest.mark.parametrize("reciprocal, factor", [("true", "r_m1"), ("false", "kappa_0")])
def test_random_bonds_inside_the_elements_are_refused_naming_the_factor(reciprocal, factor):
    """The same coupling with every fine bond random (κ_{2j} inside elements, κ_{2j+1} between):
    the γ = 0 element operator divides by κ_{2j} and the coupling multiplies by κ_{2j±1}, so the
    coarse coefficients are Laurent in the κ (or in the resistivities), which the ring
    (polynomials and inverses of non-monomial factors) cannot hold: refused in one line."""
    spec = parse_spec((RANDOM_BONDS % reciprocal).encode(), "random-bonds.toml")
    with pytest.raises(DerivationError) as err:
        derive_slow_manifold(spec.spec, 2)
    assert f"divides by {factor}" in str(err.value) and "\n" not in str(err.value)


def _network_spec() -> bytes:
    """Three dynamic nodes A, B, C of an element joined by two pairs of parallel two-link paths
    (algebraic midpoints X, Y between A and B; Z, W between B and C), elements coupled by γ:
    eliminating the midpoints gives the conductances 1/(r0+r2) + 1/(r1+r2) and 1/(2 r0) + 1/(r1+r2),
    so the bordered inverse divides by h1 = r0 + r1 + 2 r2 and h2 = 2 r0 + r1 + r2.  They have the
    same variables, so in any variable order their relations K·h − 1 share a pivot."""
    A, B, C, X, Y, Z, W = range(7)
    links = ((A, X, "kappa_0"), (X, B, "kappa_p2"), (A, Y, "kappa_p1"), (Y, B, "kappa_p2"),
             (B, Z, "kappa_0"), (Z, C, "kappa_0"), (B, W, "kappa_p1"), (W, C, "kappa_p2"))
    terms = {r: [] for r in range(7)}
    for a, b, k in links:
        terms[a] += [[k, 0, b], [f"-{k}", 0, a]]
        terms[b] += [[k, 0, a], [f"-{k}", 0, b]]
    terms[A] += [["gamma", -1, C], ["-gamma", 0, A]]
    terms[C] += [["gamma", 1, A], ["-gamma", 0, C]]
    rows = "".join(f"[[rows]]\ndynamic = {'true' if r < 3 else 'false'}\nterms = {json.dumps(terms[r])}\n" for r in range(7))
    return ('name = "network"\nvariables = 7\namplitude = ["1/3", "1/3", "1/3", 0, 0, 0, 0]\n'
            '[parameter]\nname = "kappa"\nstride = 5\npositive = true\nreciprocal = true\n' + rows).encode()


def test_denominators_sharing_a_pivot_are_refused_naming_both_factors():
    spec = parse_spec(_network_spec(), "network.toml")
    with pytest.raises(DerivationError) as err:
        build_lattice_model(spec, 2)
    text = str(err.value)
    assert "\n" not in text and text.startswith("spec network: the factors 1/(")
    assert "share the pivot" in text and "coprime" in text
    factors = [parse_expression(f, ("r_0", "r_p1", "r_p2")) for f in text.split("the factors ")[1].split(" share")[0].split(" and ")]
    r0, r1, r2 = sp.symbols("r_0 r_p1 r_p2")
    assert {sp.expand(1 / f) for f in factors} == {r0 + r1 + 2 * r2, 2 * r0 + r1 + r2}


# --- the pipeline: derive, kernels, independent checks ----------------------------------------

@pytest.fixture
def lattice_dae(monkeypatch, tmp_path):
    """The lattice-dae derivation, registered (through $SYMMS_DERIVATIONS until pyproject lists it)."""
    if "lattice-dae" not in registry.all_derivations():
        folder = tmp_path / "plugins"
        folder.mkdir()
        shutil.copy(DERIVATIONS / "lattice_dae.py", folder / "lattice_dae.py")
        monkeypatch.setenv("SYMMS_DERIVATIONS", str(folder))
        monkeypatch.setattr(registry, "_CACHE", None)
    yield registry.get("lattice-dae")
    monkeypatch.setattr(registry, "_CACHE", None)


@pytest.mark.parametrize("spec, order", [(BONDS, 4), (SEED, 2)])
def test_lattice_dae_derives_and_passes_the_independent_checks(lattice_dae, tmp_path, spec, order):
    from symms.pipeline import derive

    report = derive("lattice-dae", out=tmp_path / "out", spec=spec, order=order)
    assert report.passed, [c.line() for c in report.checks if not c.passed]
    names = [c.name for c in report.checks]
    assert "eigenvalues vs full embedded DAE (3)" in names and any(n.startswith("rhs [numpy] vs") for n in names)
    token = load_spec(spec).token
    assert report.folder.name == f"{spec}-{token}-order{order}"
    data = json.loads((report.folder / "model.json").read_text())
    assert data["parameters"] == {"spec": spec, "order": order} and data["data"]["spec"]["sha256"].startswith(token)


def test_the_spectrum_check_can_fail(lattice_dae):
    """Negative control: a kernel one order short of what it claims fails the slope test."""
    from symms.models.lattice_dae import spectrum_check
    from symms.pipeline import load_kernel

    spec = load_spec(BONDS)
    assert spectrum_check(spec.spec, 3, load_kernel("lattice-dae", spec=BONDS, order=3), spec.sample)[0].passed
    assert not spectrum_check(spec.spec, 4, load_kernel("lattice-dae", spec=BONDS, order=3), spec.sample)[0].passed


def test_cli_derives_a_spec_file_and_refuses_a_malformed_one(lattice_dae, tmp_path, capsys):
    from symms.cli import main

    spec = tmp_path / "bonds.toml"
    spec.write_text(GOOD)
    assert main(["derive", "lattice-dae", "--spec", str(spec), "--order", "2", "--out", str(tmp_path / "out")]) == 0
    assert list((tmp_path / "out" / "lattice-dae").glob(f"alternating-bonds-{load_spec(str(spec)).token}-order2/model.tex"))
    spec.write_text(GOOD.replace("positive = true", "positive = 1"))
    assert main(["derive", "lattice-dae", "--spec", str(spec), "--order", "2", "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "field parameter.positive: must be true or false" in err[0]


def test_documents_of_both_specs_print_no_internal_names():
    from symms.latex import render_document
    from tests.test_readable_tex import internal_names

    for spec, order in ((BONDS, 4), (SEED, 2)):
        tex = render_document(build_lattice_model(load_spec(spec), order), "symms derive lattice-dae")
        assert internal_names(tex) == [], spec


def test_offset_names_of_every_symbol_are_declared():
    """Every symbol in the equations and the kernel's data is in the model's symbol list."""
    model = build_lattice_model(load_spec(BONDS), 3)
    declared = {s.name for s in model.symbols}
    used = {s.name for sec in model.sections for e in sec.equations for s in e.lhs.free_symbols | e.rhs.free_symbols}
    used |= set(model.data["ring"]["variables"])
    assert used <= declared
    assert all(parse_offset_name(n) for n in model.data["ring"]["variables"]) and offset_name("c", -1) in declared


@pytest.mark.parametrize("spec, order", [(BONDS, 5), (SEED, 3)])
def test_documents_of_both_specs_compile_without_overfull_lines(spec, order, tmp_path):
    import re
    import subprocess

    from symms.latex import render_document

    pdflatex = shutil.which("pdflatex")
    if not pdflatex:
        assert not os.environ.get("CI"), "CI must compile the LaTeX"
        pytest.skip("pdflatex not found")
    (tmp_path / "model.tex").write_text(render_document(build_lattice_model(load_spec(spec), order), "symms derive lattice-dae"))
    result = subprocess.run([pdflatex, "-interaction=nonstopmode", "-halt-on-error", "model.tex"],
                            cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout[-2000:]
    overfull = [float(x) for x in re.findall(r"Overfull \\hbox \(([0-9.]+)pt too wide\)", result.stdout)]
    assert max(overfull, default=0.0) < 20.0
