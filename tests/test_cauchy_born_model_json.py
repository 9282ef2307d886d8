"""model.json of the Cauchy–Born and chain-dynamics families as data others can load (issue 10).

Every expression string (equations that are not display-only, kernel inputs, intermediates,
outputs and guards) must parse with symms' safe parser and with ``sympy.parse_expr`` given a
``local_dict`` built from the file's own ``symbols`` list, and every free symbol must be
declared there.  Equations that are not closed forms are ``kind: "display"`` with LaTeX.
Also here: the numbers for people (10 significant digits, never a long fraction alone) and
the conventions printed beside energies and Voigt matrices.
"""
import json
import re

import numpy as np
import pytest
import sympy as sp

from symms.expr import parse_expression
from symms.model_file import kernel_entries
from symms.models.cauchy_born import build
from symms.models.chain_dynamics import build_model as chain_dynamics
from symms.output import model_json

VARIANTS = {  # small variants of every kind of model.json the two families write
    "chain": dict(lattice="chain", potential="lj", cutoff=1.5),
    "triangular": dict(lattice="triangular", potential="morse", cutoff=1.5),
    "hcp": dict(lattice="hcp", potential="lj", cutoff=1.5),
    "diamond-relaxed": dict(lattice="diamond", potential="lj", cutoff=1.5, relaxed=True),
    "fcc-shifted": dict(lattice="fcc-primitive", potential="lj", cutoff=1.5, cutoff_mode="shifted"),
}


@pytest.fixture(scope="module")
def files():
    out = {name: json.loads(model_json(build(**kw), "symms derive cauchy-born")) for name, kw in VARIANTS.items()}
    out["chain-dynamics"] = json.loads(model_json(chain_dynamics(), "symms derive chain-dynamics"))
    return out


def expression_strings(model: dict, outputs_per_kernel: int | None = None):
    """(where, text) of every string of ``model`` that is an expression (of each kernel's distinct
    outputs only the first ``outputs_per_kernel``, when given)."""
    for e in model["equations"]:
        if e.get("kind") == "display":
            assert set(e) == {"label", "group", "kind", "latex"} and e["latex"], e
            continue
        yield f"equation {e['label']} lhs", e["lhs"]
        yield f"equation {e['label']} rhs", e["rhs"]
    kernel_entries(model)  # every preamble a kernel names exists, every same_as names an earlier entry
    for k in model.get("preambles", []) + model["kernels"]:  # a preamble's strings once, then each kernel's own
        for arr in k.get("inputs", ()):
            for s in arr["symbols"]:
                yield f"{k['name']} input", s
        for i in k.get("intermediates", ()):
            yield f"{k['name']} intermediate", i["symbol"]
            yield f"{k['name']} intermediate {i['symbol']}", i["expression"]
        for arr in k.get("outputs", ()):
            written = [s for s in arr["expressions"] if isinstance(s, str)]
            for s in list(dict.fromkeys(written))[:outputs_per_kernel]:
                yield f"{k['name']} output", s
        for g in k["guards"]:
            yield f"{k['name']} guard", g["expression"]


@pytest.mark.parametrize("name", list(VARIANTS) + ["chain-dynamics"])
def test_every_expression_parses_with_declared_symbols_only(files, name):
    model = files[name]
    declared = [s["name"] for s in model["symbols"]]
    assert len(declared) == len(set(declared)), "a symbol is declared twice"
    local = {n: sp.Symbol(n) for n in declared}
    safe = {}
    for where, text in expression_strings(model):  # every string: an undeclared name is an InputError here
        safe[text] = parse_expression(text, local, max_length=10 ** 7)
    count = 0
    for where, text in expression_strings(model, outputs_per_kernel=4):  # SymPy's parser is slow on big moduli
        plain = sp.parse_expr(text, local_dict=dict(local))
        names = {str(s) for s in plain.free_symbols}
        assert names <= set(declared), f"{name}: {where} uses undeclared {sorted(names - set(declared))}"
        assert {str(s) for s in safe[text].free_symbols} == names, where
        count += 1
    assert count > 10


def test_cauchy_born_equations_that_are_not_closed_forms_are_display_only(files):
    hcp = {e["label"]: e for e in files["hcp"]["equations"]}
    for label in ("W_sum", "P_sum", "C_sum", "C_unrelaxed", "C_relaxed"):
        assert hcp[label]["kind"] == "display"
    assert hcp["potential"]["lhs"] == "V" and sp.parse_expr(hcp["potential"]["rhs"]) == sp.sympify("4/r**12 - 4/r**6")
    chain = files["chain-dynamics"]["equations"]
    assert all(e["kind"] == "display" for e in chain) and any("V'" in e["latex"] for e in chain)


def test_lattice_constants_and_energies_in_decimals_beside_exact_forms(files):
    chain = {e["label"]: e for e in files["chain"]["equations"]}
    assert sp.parse_expr(chain["ref_a"]["rhs"]) == 2 * 2 ** sp.Rational(1, 6)  # exact: 2^(7/6), LJ minimum x 2
    assert chain["ref_a_decimal"]["latex"] == r"a_{0} \approx 2.244924097"  # 2^(7/6) = 2.2449240966...
    assert chain["energy_per_atom"]["rhs"] == "-1" and "energy_per_atom_decimal" not in chain  # one bond per atom
    hcp = {e["label"]: e for e in files["hcp"]["equations"]}
    assert "ref_a" not in hcp  # a numeric root: no 45-digit fraction, only the decimal
    assert hcp["ref_a_decimal"]["latex"] == r"a_{0} \approx 1.122462048"  # 2^(1/6) = 1.12246204830...
    assert hcp["ref_c_decimal"]["latex"] == r"c_{0} \approx 1.832972849"  # sqrt(8/3) 2^(1/6) = 1.83297284...
    for model in files.values():
        text = json.dumps(model["equations"])
        assert not re.search(r"\d{20}", text), "a long exact number is printed for people"


def test_voigt_matrices_in_ten_digits_with_their_order(files):
    tri = {e["label"]: e for e in files["triangular"]["equations"]}
    numbers = re.findall(r"-?\d+\.\d+", tri["C_relaxed"]["latex"])
    assert numbers and all(len(n.lstrip("-").replace(".", "").lstrip("0")) <= 10 for n in numbers)
    summary = files["hcp"]["data"]["summary"]
    assert summary[0] == "zero-stress reference: a0 = 1.122462048, c0 = 1.832972849"
    assert "energy per atom E0 = -6 " in summary[1] and "LAMMPS lj/cut without pair_modify shift" in summary[1]
    assert sum("as ASE and matscipy; not LAMMPS's xx, yy, zz, xy, xz, yz" in line for line in summary) == 2
    # hcp, nearest neighbours at the LJ minimum: C33 = 96 clamped, C11 = 87 relaxed (issue 10's numbers)
    relaxed_row = summary[3].split()
    assert [float(x) for x in relaxed_row] == [87, 33, 24, 0, 0, 0]
    shifted = files["fcc-shifted"]["data"]["summary"][1]
    assert "shifted, V - V(rc) (ASE's LennardJones default" in shifted
    assert "shifted, V - V(rc)" in files["fcc-shifted"]["kernels"][0]["doc"]


def test_kernel_docs_name_the_conventions(files):
    docs = {k["name"]: k["doc"] for k in files["hcp"]["kernels"]}
    assert "per reference volume" in docs["energy"] and "energy_per_atom" in docs["energy"]
    assert "unshifted (LAMMPS lj/cut without pair_modify shift)" in docs["energy"]
    assert "fixed deformed shifts p" in docs["stress"] and "stress_fractional" in docs["stress"]
    assert "fixed fractional coordinates" in docs["moduli_fractional"] and "ASE/matscipy" in docs["moduli_fractional"]
    assert [k["name"] for k in files["hcp"]["kernels"]] == [
        "energy", "stress", "moduli", "energy_per_atom", "shift_force", "shift_hessian", "stress_fractional",
        "moduli_fractional"]
    chain = [k["name"] for k in files["chain"]["kernels"]]
    assert chain == ["energy", "stress", "moduli", "energy_per_atom"]  # p(A) = (1 + A) a / 2: fractional = fixed p


def test_builder_reports_progress_in_its_long_stages():
    heard = []
    build("hcp", "lj", 1.5, progress=heard.append)
    assert any(m.startswith("symbolic derivatives: moduli") for m in heard)
    assert any("fixed fractional coordinates" in m for m in heard)
    assert any("lattice sums" in m for m in heard)
    assert np.all([isinstance(m, str) for m in heard])
