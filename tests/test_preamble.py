"""Expression kernels sharing a preamble, and equal outputs stored once (model.json schema 2).

A two-kernel model on x = (x0, x1): the preamble names s = x0² + x1² and refuses s ≥ 4; ``norm``
returns √s and refuses s ≤ 0.01 (its own guard, numbered after the preamble's); ``pair`` returns
(s, u, s) with its own intermediate u = s·x0, the third entry equal to the first.  Expected values
are written by hand; both backends are built from the emitted files as a user's would be.
"""
import json

import numpy as np
import pytest
import sympy as sp

from symms.errors import InputError
from symms.model import Array, DerivedModel, ExpressionKernel, Guard, Preamble
from symms.model_file import kernel_entries, load_model
from symms.pipeline import emit, load_backend, verify_folder

x0, x1, s, u = sp.symbols("x0 x1 s u")
INPUTS = (Array("x", (2,), (x0, x1)),)
OUTSIDE = "s = |x|^2 must be below 4"
CENTRE = "s = |x|^2 must exceed 0.01"


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    pre = Preamble("geom", INPUTS, ((s, x0 ** 2 + x1 ** 2),), (Guard(4 - s, OUTSIDE),))
    kernels = (
        ExpressionKernel("norm", "sqrt(s)", INPUTS, (Array("r", (), (sp.sqrt(s),)),), guards=(Guard(s - sp.Rational(1, 100), CENTRE),),
                         sample=(("x", 0.2, 1.0),), preamble=pre),
        ExpressionKernel("pair", "(s, s x0, s)", INPUTS, (Array("y", (3,), (s, u, s)),), sample=(("x", -1.0, 1.0),),
                         intermediates=((u, s * x0),), preamble=pre),
    )
    model = DerivedModel("preamble-test", "v", {}, "preamble test", "hand", kernels=kernels)
    out = tmp_path_factory.mktemp("preamble") / "v"
    out.mkdir()
    for name, content in emit(model, "none").items():
        (out / name).write_bytes(content) if isinstance(content, bytes) else (out / name).write_text(content)
    return out


def test_model_json_stores_the_preamble_once_and_equal_entries_by_reference(folder):
    raw = json.loads((folder / "model.json").read_text())
    assert raw["schema"] == 2
    assert [p["name"] for p in raw["preambles"]] == ["geom"]
    assert raw["preambles"][0]["intermediates"] == [{"symbol": "s", "expression": "x0**2 + x1**2"}]
    kernels = {k["name"]: k for k in raw["kernels"]}
    assert kernels["norm"]["preamble"] == kernels["pair"]["preamble"] == "geom"
    assert "intermediates" not in kernels["norm"] and [g["message"] for g in kernels["norm"]["guards"]] == [CENTRE]
    assert kernels["pair"]["outputs"][0]["expressions"] == ["s", "u", {"same_as": 0}]
    resolved = {k["name"]: k for k in kernel_entries(raw)}
    assert [i["symbol"] for i in resolved["pair"]["intermediates"]] == ["s", "u"]
    assert [g["message"] for g in resolved["norm"]["guards"]] == [OUTSIDE, CENTRE]
    assert resolved["pair"]["outputs"][0]["expressions"] == ["s", "u", "s"]
    assert resolved["pair"]["shares"] == "geom" and "preamble" not in resolved["pair"]
    # s is computed once, in the preamble function both kernels call
    assert (folder / "kernels.py").read_text().count("(in_x_0)**2") == 1
    assert (folder / "kernels.c").read_text().count("((in_x_0)*(in_x_0))") == 1


@pytest.mark.parametrize("backend", ["numpy", "c"])
def test_kernels_with_a_preamble_give_hand_values_and_number_guards_in_order(folder, backend):
    entries = {k["name"]: k for k in kernel_entries(json.loads((folder / "model.json").read_text()))}
    norm, pair = (load_backend(folder, entries[n], backend) for n in ("norm", "pair"))
    x = np.array([[0.6, 0.8], [0.3, -0.4], [1.2, 0.5]])
    np.testing.assert_allclose(norm(x), [1.0, 0.5, 1.3], rtol=1e-15)
    np.testing.assert_allclose(pair(x), [[1.0, 0.6, 1.0], [0.25, 0.075, 0.25], [1.69, 2.028, 1.69]], rtol=1e-15)
    with pytest.raises(InputError, match=OUTSIDE):
        norm(np.array([1.5, 1.5]))  # s = 4.5: the preamble's guard, for either kernel
    with pytest.raises(InputError, match=OUTSIDE):
        pair(np.array([2.0, 0.0]))
    with pytest.raises(InputError, match=CENTRE):
        norm(np.array([0.05, 0.0]))  # s = 0.0025: norm's own guard, after the preamble's
    assert pair(np.array([0.05, 0.0]))[0] == pytest.approx(0.0025)  # pair has no such guard


def test_the_checks_and_load_model_read_the_preamble(folder):
    results = verify_folder(folder)
    assert results and all(r.passed for r in results), [r.line() for r in results if not r.passed]
    model = load_model(folder)
    X0, X1 = sp.symbols("x0 x1")
    assert model.kernel_outputs("pair")["y"] == [X0 ** 2 + X1 ** 2, (X0 ** 2 + X1 ** 2) * X0, X0 ** 2 + X1 ** 2]


def test_unresolved_or_malformed_entries_are_refused(folder):
    raw = json.loads((folder / "model.json").read_text())
    with pytest.raises(InputError, match="kernel_entries"):
        load_backend(folder, raw["kernels"][0], "numpy")  # its preamble's guards would be missing
    missing = dict(raw, preambles=[])
    with pytest.raises(InputError, match="preamble 'geom'"):
        kernel_entries(missing)
    bad = json.loads(json.dumps(raw))
    bad["kernels"][1]["outputs"][0]["expressions"][2] = {"same_as": 5}
    with pytest.raises(InputError, match="same_as"):
        kernel_entries(bad)


def test_a_preamble_must_take_the_kernels_inputs():
    pre = Preamble("geom", INPUTS, ((s, x0 ** 2),))
    with pytest.raises(ValueError, match="other inputs"):
        ExpressionKernel("k", "", (Array("z", (), (x0,)),), (Array("y", (), (s,)),), preamble=pre)


def test_preambles_that_would_not_compile_or_would_disagree_are_refused():
    with pytest.raises(ValueError, match="neither inputs nor earlier intermediates"):
        Preamble("geom", INPUTS, ((s, x0 + u),))  # u is defined nowhere
    with pytest.raises(ValueError, match="ASCII identifier"):
        Preamble("two words", INPUTS, ((s, x0),))
    pre = Preamble("geom", INPUTS, ((s, x0 ** 2),))
    with pytest.raises(ValueError, match="named in its preamble too"):
        ExpressionKernel("k", "", INPUTS, (Array("y", (), (s,)),), intermediates=((s, x1),), preamble=pre)
    other = Preamble("geom", INPUTS, ((s, x0 ** 3),))  # same name, other content
    kernels = tuple(ExpressionKernel(f"k{i}", "", INPUTS, (Array("y", (), (s,)),), preamble=p) for i, p in enumerate((pre, other)))
    with pytest.raises(ValueError, match="two different preambles are named 'geom'"):
        emit(DerivedModel("preamble-test", "v", {}, "t", "hand", kernels=kernels), "none")


def test_a_raw_entry_with_same_as_outputs_is_refused(folder):
    raw = json.loads((folder / "model.json").read_text())
    entry = {k: v for k, v in raw["kernels"][1].items() if k != "preamble"}
    with pytest.raises(InputError, match="same_as"):
        load_backend(folder, entry, "c")
    bad = json.loads(json.dumps(raw))
    bad["kernels"][1]["outputs"][0]["expressions"][2] = {"same_as": True}
    with pytest.raises(InputError, match="same_as"):
        kernel_entries(bad)
