"""Bound lattice operators: ``op = rhs.bind(kappa, gamma)`` assembles the band once, ``op(U)`` applies it.

Expected values come from exact rational evaluation of the stored coefficients, from seed 000's
eq (8) written out by hand, and from the slow eigenvalues of the full embedded DAE (3).
"""
import json
import re
from fractions import Fraction

import numpy as np
import pytest
import scipy.sparse as sps

from symms.codegen import backends
from symms.codegen.verify import LatticeReference
from symms.errors import InputError
from symms.models.diffusion import diffusion_spec
from symms.numerics.embedded_dae import fitted_order, trace_errors
from symms.pipeline import derive, load_backend, verify_folder

BACKENDS = ("numpy", "c")


@pytest.fixture(scope="module")
def folders(tmp_path_factory):
    out = tmp_path_factory.mktemp("bound")
    return {P: derive("diffusion", out=out, order=P, check=False).folder for P in (2, 3, 4)}


def kernels(folder):
    entry = json.loads((folder / "model.json").read_text())["kernels"][0]
    return entry, {b: load_backend(folder, entry, b) for b in BACKENDS}


def dyadic(rng, low, high, size, bits=12):
    return [Fraction(int(round(x * 2**bits)), 2**bits) for x in rng.uniform(low, high, size)]


def as_fraction(x) -> Fraction:
    """The reference's value (a Fraction, or a long double where long double is wider) exactly."""
    return x if isinstance(x, Fraction) else Fraction(*x.as_integer_ratio())


def harmonic_mean_band(kappa, gamma):
    """Seed 000 eq (8) with eq (7): the O(γ²) band at shifts (−2, 0, 2), written out by hand."""
    n = kappa.size
    m = n // 2
    K = np.array([4 / sum(1 / kappa[(2 * j + o) % n] for o in (-2, -1, 1, 2)) for j in range(m)])
    left, right = np.roll(K, 1), np.roll(K, -1)  # K_{j-1}, K_{j+1}
    return gamma**2 / 16 * np.stack([left, -(left + right), right], axis=1)


@pytest.mark.parametrize("order", [2, 3, 4])
def test_bound_operator_matches_exact_evaluation(folders, order):
    """op(U) at dyadic (κ, γ, U) against exact rational evaluation of model.json's coefficients."""
    entry, ks = kernels(folders[order])
    reference = LatticeReference(entry)
    rng = np.random.default_rng(order)
    for m in (1, 3, 7, 12):
        kappa = dyadic(rng, 0.6, 1.8, 2 * m)
        U = dyadic(rng, -1, 1, m)
        gamma = dyadic(rng, 0.1, 1.0, 1)[0]
        exact, cond = reference.rhs(U, kappa, gamma)
        for backend, rhs in ks.items():
            op = rhs.bind(np.array(kappa, dtype=float), float(gamma))
            got = op(np.array(U, dtype=float))
            errors = [abs(Fraction(float(g)) - as_fraction(e)) / (np.finfo(float).eps * as_fraction(c))
                      for g, e, c in zip(got, exact, cond)]
            assert max(errors) < 16, (backend, m, max(errors))
            assert np.array_equal(got, rhs(np.array(U, dtype=float), np.array(kappa, dtype=float), float(gamma)))


@pytest.mark.parametrize("backend", BACKENDS)
def test_order2_band_is_the_harmonic_mean_stencil(folders, backend):
    """At O(γ²) the coarse model is eq (8): G_{j,±2} = γ²K_{j±1}/16, G_{j,0} = −γ²(K_{j−1}+K_{j+1})/16."""
    _, ks = kernels(folders[2])
    kappa = np.random.default_rng(5).uniform(0.5, 2.0, 2 * 10)
    op = ks[backend].bind(kappa, 0.7)
    assert list(op.shifts) == [-2, 0, 2]
    assert np.allclose(op.band, harmonic_mean_band(kappa, 0.7), rtol=1e-14, atol=0)


@pytest.mark.parametrize("backend", BACKENDS)
def test_order4_band_tends_to_the_harmonic_mean_stencil_as_gamma3(folders, backend):
    """The order-4 operator minus the hand-written eq (8) band is O(γ³) (no O(γ) evolution, seed §3)."""
    _, ks = kernels(folders[4])
    kappa = np.random.default_rng(6).uniform(0.5, 2.0, 2 * 9)
    shifts = list(ks[backend].shifts)
    gammas = np.array([0.02, 0.04, 0.08])
    errors = []
    for g in gammas:
        G = ks[backend].bind(kappa, g).band.copy()
        G[:, [shifts.index(k) for k in (-2, 0, 2)]] -= harmonic_mean_band(kappa, g)
        errors.append(np.abs(G).max())
    assert abs(fitted_order(gammas, np.array(errors)) - 3) < 0.2


@pytest.mark.parametrize("backend", BACKENDS)
def test_bound_operator_has_the_slow_eigenvalues_of_the_embedded_dae(folders, backend):
    """Traces of the bound order-4 operator match the m slow eigenvalues of DAE (3) to O(γ⁵)."""
    _, ks = kernels(folders[4])
    kappa = np.random.default_rng(7).uniform(0.6, 1.8, 2 * 5)
    gammas = np.array([0.05, 0.1, 0.2])
    bound = lambda k, g: ks[backend].bind(k, g).band  # noqa: E731
    errors = trace_errors(diffusion_spec(), bound, ks[backend].shifts, kappa, gammas)
    assert fitted_order(gammas, errors[:, 0]) >= 5 - 0.35


@pytest.mark.parametrize("order", [2, 4])
def test_matrix_and_band_agree_with_apply(folders, order):
    """op.matrix() @ U == op(U), also for m smaller than the stencil (shifts meet mod m) and batches."""
    _, ks = kernels(folders[order])
    rng = np.random.default_rng(order)
    for m in (1, 2, 5, 40):
        kappa = rng.uniform(0.5, 2.0, 2 * m)
        U = rng.normal(size=(3, m))
        for rhs in ks.values():
            op = rhs.bind(kappa, 0.9)
            M = op.matrix()
            assert isinstance(M, sps.csr_matrix) and M.shape == (m, m)
            assert np.allclose((M @ U.T).T, op(U), rtol=1e-13, atol=1e-15)
            dense = np.zeros((m, m))
            for s, k in enumerate(op.shifts):
                dense[np.arange(m), (np.arange(m) + k) % m] += op.band[:, s]
            assert np.allclose(M.toarray(), dense, rtol=1e-15, atol=0)
            assert op(U).shape == (3, m) and op.band.shape == (m, len(op.shifts))


@pytest.mark.parametrize("order", [2, 3, 4])
def test_band_rows_sum_to_zero_and_backends_agree(folders, order):
    """G·1 = 0 (the coarse operator keeps constants steady, seed 000 conservation) in both
    backends, and the C and numpy bands agree to rounding."""
    _, ks = kernels(folders[order])
    kappa = np.random.default_rng(11).uniform(0.5, 2.0, 2 * 64)
    bands = {b: k.bind(kappa, 1.0).band for b, k in ks.items()}
    for G in bands.values():
        scale = np.abs(G).sum(axis=1)
        assert np.all(np.abs(G.sum(axis=1)) <= 64 * np.finfo(float).eps * scale)
    assert np.allclose(bands["c"], bands["numpy"], rtol=0, atol=64 * np.finfo(float).eps * np.abs(bands["c"]).max())


def test_rhs_is_unchanged_by_binding(folders):
    """Binding does not disturb one-off calls, and a bound operator's band is read only."""
    _, ks = kernels(folders[3])
    rng = np.random.default_rng(3)
    kappa, U = rng.uniform(0.5, 2.0, 16), rng.normal(size=8)
    for rhs in ks.values():
        before = rhs(U, kappa, 0.5)
        op = rhs.bind(kappa * 1.5, 0.9)
        assert np.array_equal(rhs(U, kappa, 0.5), before)
        assert np.array_equal(rhs.coarse_operator(kappa, 0.5), rhs.bind(kappa, 0.5).band)
        with pytest.raises(ValueError):
            op.band[0, 0] = 1.0


def _message(call):
    with pytest.raises(InputError) as info:
        call()
    return str(info.value)


BAD_BIND = {
    "non-positive kappa": (lambda k: (np.r_[k[:-1], -1.0], 0.5), r"kappa must be finite and positive everywhere \(index 15\)"),
    "zero kappa": (lambda k: (np.r_[0.0, k[1:]], 0.5), r"kappa must be finite and positive everywhere \(index 0\)"),
    "NaN kappa": (lambda k: (np.where(np.arange(k.size) == 3, np.nan, k), 0.5), r"kappa must be finite: NaN or infinity at index \(3,\)"),
    "complex kappa": (lambda k: (k.astype(complex), 0.5), "kappa must be a real numeric array, got dtype complex128"),
    "odd-length kappa": (lambda k: (k[:-1], 0.5), r"kappa must have shape \(2\*m,\) for m coarse points, got \(15,\)"),
    "2-d kappa": (lambda k: (k.reshape(2, 8), 0.5), r"kappa must have shape \(2\*m,\) for m coarse points, got \(2, 8\)"),
    "array gamma": (lambda k: (k, np.ones(2)), r"gamma must be one real number, got an array of shape \(2,\)"),
    "complex gamma": (lambda k: (k, 1j), "gamma must be a real numeric array, got dtype complex128"),
    "proviso": (lambda k: (np.r_[0.01, 1.0, 5.0, k[3:-2], 5.0, 1.0], 0.5), r"stability proviso .* \(fails at element j = 0\)"),
}


@pytest.mark.parametrize("case", sorted(BAD_BIND))
def test_bind_refuses_bad_input_with_one_message_in_both_backends(folders, case):
    make, pattern = BAD_BIND[case]
    _, ks = kernels(folders[2])
    kappa = np.linspace(0.8, 1.6, 16)
    messages = {b: _message(lambda: k.bind(*make(kappa))) for b, k in ks.items()}
    assert len(set(messages.values())) == 1, messages
    assert re.search(pattern, messages["c"]), messages["c"]


BAD_FIELD = {
    "wrong length": (lambda U: U[:-1], r"rhs: U must have shape \(\.\.\., 8\) to match kappa of length 16, got \(7,\)"),
    "scalar": (lambda U: 1.0, r"rhs: U must have shape \(\.\.\., 8\) to match kappa of length 16, got \(\)"),
    "NaN": (lambda U: np.where(np.arange(8) == 2, np.nan, U), r"U must be finite: NaN or infinity at index \(2,\)"),
    "infinity": (lambda U: np.where(np.arange(8) == 5, np.inf, U), r"U must be finite: NaN or infinity at index \(5,\)"),
    "complex": (lambda U: U.astype(complex), "U must be a real numeric array, got dtype complex128"),
    "object": (lambda U: U.astype(object), "U must be a real numeric array, got dtype object"),
}


@pytest.mark.parametrize("case", sorted(BAD_FIELD))
def test_bound_operator_refuses_bad_fields_as_rhs_does(folders, case):
    make, pattern = BAD_FIELD[case]
    _, ks = kernels(folders[2])
    kappa, U = np.linspace(0.8, 1.6, 16), np.sin(np.arange(8.0))
    messages = set()
    for k in ks.values():
        op = k.bind(kappa, 0.5)
        messages |= {_message(lambda: op(make(U))), _message(lambda: k(make(U), kappa, 0.5))}
    assert len(messages) == 1, messages
    assert re.search(pattern, messages.pop())


def test_numpy_tables_are_byte_deterministic_npy_data(folders):
    """The numpy module's big tables are .npy files, not literals, and render to the same bytes twice."""
    from symms.models.diffusion import build_model

    kernel = build_model(3).kernel("rhs")
    first, second = (backends.get("numpy").render(backends.lower((kernel,), "header")[0]) for _ in range(2))
    assert set(first) == {"kernels.py", "kernels.nodes.npy", "kernels.terms.npy"}
    assert all(first[name] == second[name] for name in first)
    assert all(isinstance(first[name], bytes) for name in ("kernels.nodes.npy", "kernels.terms.npy"))
    folder = folders[3]
    for name in ("kernels.nodes.npy", "kernels.terms.npy"):
        assert (folder / name).read_bytes() == first[name]
    terms = np.load(folder / "kernels.terms.npy")
    assert terms.dtype.names == ("node", "shift", "power", "coef") and terms.size == 70  # γ² 4 + γ³ 66 terms
    assert "TERM_COEF" not in (folder / "kernels.py").read_text()
    assert (folders[4] / "kernels.py").stat().st_size < 8000  # 983 terms; 54 kB as literals


def test_perturbed_npy_table_fails_verification(folders, tmp_path):
    """Negative control for the .npy storage: one coefficient off by 1e-9 relative is caught."""
    import shutil

    bad = tmp_path / "diffusion" / "order2"
    shutil.copytree(folders[2], bad)
    terms = np.load(bad / "kernels.terms.npy")
    terms["coef"][0] *= 1 + 1e-9
    np.save(bad / "kernels.terms.npy", terms)
    results = [r for r in verify_folder(bad, backends=("numpy",)) if r.name.startswith("rhs [numpy] vs ")]
    assert len(results) == 1 and not results[0].passed, [r.line() for r in results]


def spread(u, x):
    """Variance of the profile u over positions x (the second moment about its centre)."""
    w = u / u.sum()
    return float((w * (x - (w * x).sum()) ** 2).sum())


@pytest.fixture(scope="module")
def fine_spreading():
    """Variance growth of the README's bump over T = 200 on the fine lattice (1) itself."""
    from symms.numerics.fine_lattice import evolve, fine_operator

    kappa = np.random.default_rng(0).uniform(0.5, 2.0, 2**16)
    xf = np.arange(kappa.size, dtype=float)
    u0 = np.exp(-((xf - 2.0 * (kappa.size // 2 - 1) / 2) / 64) ** 2)
    return spread(evolve(fine_operator(kappa), u0, 200.0).u, xf) - spread(u0, xf)


@pytest.mark.parametrize("backend", BACKENDS)
def test_readme_time_stepping_example(backend, fine_spreading):
    """The README's worked example (same code): explicit and implicit steps of a bound order-4
    operator on a 2¹⁶-link random medium agree with each other, and the bump spreads as on the
    fine lattice (1) itself (its variance growth within 3%; symms.numerics.fine_lattice)."""
    import scipy.sparse.linalg as spla

    import symms

    # --- README: begin
    rhs = symms.load_kernel("diffusion", order=4, backend=backend)
    kappa = np.random.default_rng(0).uniform(0.5, 2.0, 2**16)  # a random medium of 2^16 fine links
    m = kappa.size // 2                                        # 2^15 coarse points X_j = 2j
    op = rhs.bind(kappa, 1.0)                                  # the band, assembled once
    x = 2.0 * np.arange(m)
    U0 = np.exp(-((x - x.mean()) / 64) ** 2)                   # a bump 64 fine cells wide
    T = 200.0

    # explicit (forward Euler): Gershgorin bounds |eigenvalue| by the largest row sum of |G|
    steps = int(np.ceil(T * np.abs(op.band).sum(axis=1).max()))
    U = U0.copy()
    for _ in range(steps):
        U += (T / steps) * op(U)

    # implicit (backward Euler), 50 steps: factorise I - dt*A once; op.matrix() is scipy.sparse CSR
    A = op.matrix()
    lu = spla.splu((sps.identity(m) - (T / 50) * A).tocsc())
    V = U0.copy()
    for _ in range(50):
        V = lu.solve(V)
    # --- README: end

    assert np.abs(U - V).max() < 1e-3 * np.abs(U).max()  # backward Euler's O(dt) error
    assert np.abs(op(np.ones(m))).max() < 1e-13  # constants are steady
    for W in (U, V):
        assert abs(spread(W, x) - spread(U0, x) - fine_spreading) < 0.03 * fine_spreading
