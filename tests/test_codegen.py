"""Generated kernels: agreement with exact evaluation, a negative control, bad input, compiling."""
import ctypes
import json
import multiprocessing
import re
import shutil

import numpy as np
import pytest

import symms
from symms.codegen import compile as compile_mod
from symms.errors import InputError, KernelError
from symms.pipeline import derive, load_backend, verify_folder


@pytest.fixture(scope="module")
def order2(tmp_path_factory):
    out = tmp_path_factory.mktemp("gen")
    report = derive("diffusion", out=out, order=2, check=False)
    return report.folder


def test_kernels_agree_with_exact_evaluation(order2):
    results = verify_folder(order2)
    assert results and all(r.passed for r in results), [r.line() for r in results]


def test_eq8_kernel_by_hand(order2):
    """Order 2 at γ = 1 on m = 4: dU_j/dt = (K_{j-1}(U_{j-2}-U_j) + K_{j+1}(U_{j+2}-U_j))/16, eq (8)."""
    rng = np.random.default_rng(0)
    kappa = rng.uniform(0.7, 1.5, 8)
    U = rng.normal(size=4)
    K = [4 / sum(1 / kappa[(2 * j + o) % 8] for o in (-2, -1, 1, 2)) for j in range(4)]
    expected = [(K[(j - 1) % 4] * (U[(j - 2) % 4] - U[j]) + K[(j + 1) % 4] * (U[(j + 2) % 4] - U[j])) / 16 for j in range(4)]
    data = json.loads((order2 / "model.json").read_text())
    for backend in ("numpy", "c"):
        rhs = load_backend(order2, data["kernels"][0], backend)
        assert np.allclose(rhs(U, kappa, 1.0), expected, rtol=1e-13, atol=1e-15)
        batch = rhs(np.stack([U, 2 * U]), kappa, 1.0)
        assert batch.shape == (2, 4) and np.allclose(batch[1], 2 * np.array(expected), rtol=1e-12, atol=1e-15)


def test_negative_control_perturbed_kernels_fail(order2, tmp_path):
    bad = tmp_path / "diffusion" / "order2"
    shutil.copytree(order2, bad)
    terms = np.load(bad / "kernels.terms.npy")
    terms["coef"][0] *= 1 + 1e-9
    np.save(bad / "kernels.terms.npy", terms)
    c = (bad / "kernels.c").read_text()
    c = re.sub(r"(term_coef\[NTERM\] = \{\n    )([-0-9.e]+)", lambda m: f"{m[1]}{float(m[2]) * (1 + 1e-9)!r}", c)
    (bad / "kernels.c").write_text(c)
    results = {r.name.split(" vs ")[0]: r.passed for r in verify_folder(bad) if " vs " in r.name}
    assert results["rhs [numpy]"] is False
    assert results["rhs [c]"] is False


@pytest.mark.parametrize("backend", ["numpy", "c"])
def test_kernel_bad_input(order2, backend):
    data = json.loads((order2 / "model.json").read_text())
    rhs = load_backend(order2, data["kernels"][0], backend)
    kappa = np.ones(8)
    with pytest.raises(InputError, match="positive"):
        rhs(np.zeros(4), np.r_[kappa[:-1], -1.0], 0.5)
    with pytest.raises(InputError, match=r"shape \(2\*m,\)"):
        rhs(np.zeros(4), np.ones(7), 0.5)
    with pytest.raises(InputError, match=r"shape \(\.\.\., 4\)"):
        rhs(np.zeros(5), kappa, 0.5)
    with pytest.raises(InputError, match="real"):
        rhs(np.zeros(4), np.array(["a"] * 8), 0.5)
    # seed §2 proviso 2κ_{2j}(κ_{2j-2}+κ_{2j+2}) − κ_{2j-2}κ_{2j+2} > 0: κ_0 tiny, neighbours large
    unstable = np.ones(8)
    unstable[0], unstable[2], unstable[6] = 0.01, 5.0, 5.0
    with pytest.raises(InputError, match="proviso"):
        rhs(np.zeros(4), unstable, 0.5)


def test_wrapping_stencil_any_m(order2):
    """m = 1: every U_{j+k} is U_0; a conservative operator gives dU/dt = 0."""
    data = json.loads((order2 / "model.json").read_text())
    for backend in ("numpy", "c"):
        rhs = load_backend(order2, data["kernels"][0], backend)
        assert np.allclose(rhs(np.array([3.0]), np.array([1.0, 2.0]), 1.0), 0.0, atol=1e-14, rtol=0)


def test_load_kernel_api(tmp_path, monkeypatch):
    monkeypatch.setenv("SYMMS_CACHE", str(tmp_path))
    rhs = symms.load_kernel("diffusion", order=2, backend="c")
    assert rhs(np.ones(3), np.ones(6), 1.0).shape == (3,)
    with pytest.raises(InputError, match="backend"):
        symms.load_kernel("diffusion", order=2, backend="fortran")
    with pytest.raises(InputError, match="unknown derivation"):
        symms.load_kernel("nosuch")
    with pytest.raises(InputError, match="no kernel"):
        symms.load_kernel("diffusion", order=2, kernel="energy")


def test_missing_and_failing_compiler(monkeypatch):
    monkeypatch.setenv("CC", "/nonexistent/cc")
    with pytest.raises(KernelError, match="no C compiler"):
        compile_mod.build("int f(void) { return 0; }", "x")
    monkeypatch.delenv("CC")
    with pytest.raises(KernelError, match="compiling broken"):
        compile_mod.build("int f(void) { return 1 +; }", "broken")


def _build(args):
    source, root, cc = args
    import os

    os.environ["SYMMS_CACHE"], os.environ["CC"] = root, cc
    return str(compile_mod.build(source, "race"))


def test_concurrent_builds_compile_once(tmp_path):
    """Four processes ask for the same library at once: the lock lets exactly one compile.

    The compiler is a wrapper that logs each compilation and takes 0.5 s, so without the lock
    both pool workers would compile (the content hash and os.replace alone still give one path).
    """
    real = shutil.which("cc") or shutil.which("gcc")
    log = tmp_path / "compilations.log"
    wrapper = tmp_path / "slow-cc"
    wrapper.write_text(f'#!/bin/sh\ncase " $* " in *" -o "*) echo run >> "{log}"; sleep 0.5;; esac\nexec "{real}" "$@"\n')
    wrapper.chmod(0o755)
    source = "double twice(double x) { return 2.0 * x; }\n"
    cache = tmp_path / "cache"
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        paths = pool.map(_build, [(source, str(cache), str(wrapper))] * 4)
    assert len(set(paths)) == 1
    assert log.read_text().count("run") == 1
    lib = ctypes.CDLL(paths[0])
    lib.twice.restype, lib.twice.argtypes = ctypes.c_double, [ctypes.c_double]
    assert lib.twice(1.5) == 3.0
    assert not [p for p in (cache / "kernels").iterdir() if p.suffix not in (".so", ".lock")]


@pytest.mark.parametrize("backend", ["numpy", "c"])
def test_scalar_inputs_give_scalar_outputs(backend):
    """Shape-() inputs broadcast like numpy: Python scalars in, 0-d out (chain-dynamics kernels)."""
    stress = symms.load_kernel("chain-dynamics", backend=backend, kernel="stress")
    assert np.shape(stress(0.0, 1.12)) == ()
    assert np.shape(stress(np.zeros((2, 3)), 1.12)) == (2, 3)


BAD_INPUTS = {
    "complex U": (lambda U, k: (U.astype(complex), k, 1.0), "U must be a real numeric array, got dtype complex128"),
    "object U": (lambda U, k: (U.astype(object), k, 1.0), "U must be a real numeric array, got dtype object"),
    "bool U": (lambda U, k: (U > 0, k, 1.0), "U must be a real numeric array, got dtype bool"),
    "NaN in U": (lambda U, k: (np.where(np.arange(U.size) == 2, np.nan, U), k, 1.0), r"U must be finite: NaN or infinity at index \(2,\)"),
    "NaN in kappa": (lambda U, k: (U, np.where(np.arange(k.size) == 3, np.nan, k), 1.0), r"kappa must be finite: NaN or infinity at index \(3,\)"),
    "complex gamma": (lambda U, k: (U, k, 1j), "gamma must be a real numeric array, got dtype complex128"),
    "array gamma": (lambda U, k: (U, k, np.ones(2)), r"gamma must be one real number, got an array of shape \(2,\)"),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_numpy_and_c_refuse_bad_inputs_with_the_same_message(order2, case):
    make, message = BAD_INPUTS[case]
    entry = json.loads((order2 / "model.json").read_text())["kernels"][0]
    args = make(np.sin(np.arange(8.0)), np.linspace(0.8, 1.6, 16))
    for backend in ("numpy", "c"):
        with pytest.raises(InputError, match=message):
            load_backend(order2, entry, backend)(*args)
