"""Ginzburg–Landau interacting diffusion (seed 001 §5, eqs 5.1–5.7).

Expected values come from hand derivations written here (the λ = 0 Gaussian, the lattice sums
S_n, the O(λ²) coefficients worked out by hand, the exact lattice decay rate of the linear SDE),
from direct quadrature of the Gaussian integrals, and from independent computations (transfer
integral, a dense Gaussian covariance, a Langevin simulation); never from the implementation's
own output.
"""
import json

import numpy as np
import pytest
import sympy as sp
from scipy.integrate import quad

from symms.errors import InputError
from symms.model_file import kernel_entries
from symms.models import ginzburg_landau as model
from symms.numerics import ginzburg_landau as gl


@pytest.fixture(scope="module")
def ser():
    return model.series()


def hand_D(U, a, l, b):
    """D to O(λ²) by hand: with s = √(α² + 4α), ρ + 1/ρ = 2 + α gives (1 + ρ²)/(1 - ρ²) = (2 + α)/s and
    (1 + ρ³)/(1 - ρ³) = (α + 1)√(α + 4)/((α + 3)√α); D = α + 6λ(U² + σ²) - λ²β(216 S₂U² + 72 S₂σ² + 48 S₃)."""
    s = np.sqrt(a * a + 4 * a)
    return (a + 6 * l * (U * U + 1 / (2 * b * s))
            - l * l * (54 * (2 + a) * U * U / (b * s ** 3) + 9 * (2 + a) / (b * b * s ** 4)
                       + 6 * (a + 1) / (b * b * a * a * (a + 3) * (a + 4))))


# --------------------------------------------------------------------------- symbolic side

def test_covariance_and_lattice_sums_by_quadrature():
    """C(j) = (1/2π)∫ e^{ikj}/(2β(2 - 2cos k + α)) dk against the closed form; S_n against direct sums."""
    a, b = 0.7, 1.3
    s = np.sqrt(a * a + 4 * a)
    rho = (2 + a - s) / 2
    for j in range(4):
        integral = quad(lambda k: np.cos(k * j) / (2 * b * (2 - 2 * np.cos(k) + a)), -np.pi, np.pi)[0] / (2 * np.pi)
        np.testing.assert_allclose(integral, rho ** j / (2 * b * s), rtol=1e-12)
    j = np.arange(-400, 401)
    C = rho ** np.abs(j) / (2 * b * s)
    np.testing.assert_allclose((1 - rho) ** 2 / rho, a, rtol=1e-14)                 # α = (1 - ρ)²/ρ
    for n in range(1, 5):
        exact = float(model.correlation_sum(n).subs({model.RHO: rho, model.beta: b}))
        np.testing.assert_allclose(exact, np.sum(C ** n), rtol=1e-13)
    np.testing.assert_allclose(np.sum(C), 1 / (2 * b * a), rtol=1e-13)   # S_1 = Ĉ(0): the tree terms' sum


@pytest.mark.parametrize("x, y, z", [(0.3, 0.5, 0.2), (0.5, 0.2, 0.3), (0.1, 0.1, 0.7), (0.6, 0.0, 0.4)])
def test_triangle_sum_by_direct_summation(x, y, z):
    """G(x, y, z) = Σ_{j,k} x^|j| y^|k| z^|j-k| on a 301 × 301 block (the tail is below 1e-40)."""
    j = np.arange(-150, 151)
    J, K = np.meshgrid(j, j, indexing="ij")
    direct = np.sum(x ** np.abs(J) * y ** np.abs(K) * z ** np.abs(J - K))
    np.testing.assert_allclose(float(model.triangle_sum(x, y, z)), direct, rtol=1e-13)


def test_series_matches_the_hand_formula(ser):
    """The SymPy derivation reproduces the hand O(λ²) formula exactly (first order α + 6λ(U² + σ²)); its
    λ³ coefficient is checked against the transfer integral in the residual tests."""
    a, b, l, U = model.alpha, model.beta, model.lam, model.U
    s = sp.sqrt(a ** 2 + 4 * a)
    hand = (a + 6 * l * (U ** 2 + 1 / (2 * b * s))
            - l ** 2 * (54 * (2 + a) * U ** 2 / (b * s ** 3) + 9 * (2 + a) / (b ** 2 * s ** 4)
                        + 6 * (a + 1) / (b ** 2 * a ** 2 * (a + 3) * (a + 4))))
    for k in range(3):
        for j in (0, 2, 4):
            diff = sp.expand(ser.coefficient(ser.D, k) - hand.coeff(l, k)).coeff(U, j) if k else ser.coefficient(ser.D, 0) - a
            assert sp.simplify(sp.radsimp(diff)) == 0, (k, j)
    assert set(sp.Poly(ser.D, l, U).monoms()) == {(0, 0), (1, 0), (1, 2), (2, 0), (2, 2), (3, 0), (3, 2), (3, 4)}
    assert ser.D.free_symbols <= {a, b, l, U}
    for point in ({a: sp.Rational(3, 7), b: sp.Rational(5, 3), l: sp.Rational(1, 9), U: sp.Rational(-4, 5)},
                  {a: 2, b: sp.Rational(1, 2), l: 3, U: sp.Rational(7, 2)}):
        checks = (sp.diff(ser.h, U) / 2 - ser.D, sp.diff(ser.F, U) + b * ser.h)   # D = h'/2, F' = -βh
        assert all(abs(e.subs(point).evalf(50)) < 1e-40 for e in checks)
    assert not ser.D.atoms(sp.Float)


def test_lambda_zero_is_exact_by_a_dense_gaussian():
    """λ = 0 on a ring of N sites: the covariance (2β(L + α))⁻¹ gives χ = Σ_j Cov = 1/(2βα), D = α, for any N."""
    a, b, N = 0.8, 1.7, 12
    L = 2 * np.eye(N) - np.roll(np.eye(N), 1, 0) - np.roll(np.eye(N), -1, 0)
    cov = np.linalg.inv(2 * b * (L + a * np.eye(N)))
    chi = cov[0].sum()
    np.testing.assert_allclose(1 / (2 * b * chi), a, rtol=1e-13)
    st = gl.state_at_mean(0.4, a, 0.0, b)
    np.testing.assert_allclose([st.D, st.h], [a, 2 * a * 0.4], rtol=1e-10)
    np.testing.assert_allclose(gl.transfer_state(gl.grid_for(0, a, 0, b), 0.0, a, 0, b).chi, chi, rtol=1e-10)


# --------------------------------------------------------------------------- transfer integral

def test_transfer_integral_residual_scales_like_lambda_cubed():
    """(D_TI - D_(2))/λ³ tends to a constant: local slopes within 3 ± 0.15 at three U; the first-order
    residual scales like λ² (slopes 2 ± 0.15): the hand O(λ²) terms are needed and right."""
    a, b = 1.0, 1.0
    for U in (0.0, 0.5, 1.0):
        lams = 0.004 * np.array([1.0, 0.5, 0.25])
        D = np.array([gl.state_at_mean(U, a, l, b).D for l in lams])
        second = np.abs(D - hand_D(U, a, lams, b))
        first = np.abs(D - (a + 6 * lams * (U * U + 1 / (2 * b * np.sqrt(5)))))
        slopes2 = np.log2(second[:-1] / second[1:])
        slopes1 = np.log2(first[:-1] / first[1:])
        assert np.all(np.abs(slopes2 - 3) < 0.15), (U, slopes2)
        assert np.all(np.abs(slopes1 - 2) < 0.15), (U, slopes1)


def test_third_order_residual_scales_like_lambda_to_the_fourth(ser):
    """The derived O(λ³) series: residual slopes within 4 ± 0.2 at three U and two (α, β); the residual
    of the O(λ²) truncation divided by λ³ tends to the derived λ³ coefficient (within 2%)."""
    D3, _ = model.series_functions(ser, 3)
    for a, b in ((1.0, 1.0), (0.5, 3.0)):
        for U in (0.0, 0.5, 1.0):
            lams = 0.01 * a / (U * U + gl.gaussian_variance(a, b)) * np.array([1.0, 0.5, 0.25])
            D = np.array([gl.state_at_mean(U, a, l, b).D for l in lams])
            slopes = np.log2(np.abs(D - D3(U, a, lams, b))[:-1] / np.abs(D - D3(U, a, lams, b))[1:])
            assert np.all(np.abs(slopes - 4) < 0.2), (a, b, U, slopes)
            q = (D - hand_D(U, a, lams, b)) / lams ** 3
            extrapolated = q[2] + (q[2] - q[1])                                  # linear in λ to λ = 0
            np.testing.assert_allclose(extrapolated, model.coefficient_value(ser, 3, U, a, b), rtol=2e-2)


def test_transfer_integral_grid_convergence_and_difference_check():
    """Spectral convergence in the step, and χ from the correlation sum equals the central difference of U(h)."""
    a, l, b, U = 1.0, 0.3, 1.5, 0.8
    ref = gl.state_at_mean(U, a, l, b, gl.grid_for(U, a, l, b, 0.3, 14.0))
    errors = [abs(gl.state_at_mean(U, a, l, b, gl.grid_for(U, a, l, b, f, 10.0)).D - ref.D) for f in (1.6, 1.2, 0.8)]
    assert errors[0] > 1e-4 and errors[1] < errors[0] / 5 and errors[2] < 1e-7
    grid = gl.grid_for(U, a, l, b, 0.5, 10.0)
    np.testing.assert_allclose(gl.susceptibility_by_difference(grid, ref.h, a, l, b, 1e-3), ref.chi, rtol=1e-6)
    # Hellmann–Feynman: U = p'(h)/β on the same grid
    p = [gl.transfer_state(grid, ref.h + s, a, l, b).pressure for s in (1e-4, -1e-4)]
    np.testing.assert_allclose((p[0] - p[1]) / (2e-4 * b), U, rtol=1e-7)


def test_diffusivity_is_even_and_positive():
    a, l, b = 1.0, 0.4, 0.7
    for U in (0.3, 1.2):
        up, down = gl.state_at_mean(U, a, l, b), gl.state_at_mean(-U, a, l, b)
        np.testing.assert_allclose(up.D, down.D, rtol=1e-11)
        np.testing.assert_allclose(up.h, -down.h, rtol=1e-11)
        assert up.D > a


def test_seed_formulas_signs():
    """-F''/(2β) by differences of the Legendre-transformed pressure equals 1/(2βχ); the seed's ½F'' is -β times it."""
    f = model.seed_formulas(1.0, 0.2, 2.0, 0.5)
    ref = f["correlation_sum"]
    np.testing.assert_allclose([f["corrected_5_5"], f["corrected_5_7"]], [ref, ref], rtol=1e-6)
    np.testing.assert_allclose([f["seed_5_5"], f["seed_5_7"]], [-2 * ref, -2 * ref], rtol=1e-6)
    assert f["F_second_derivative"] < 0                                   # F of eq 5.4 is concave


# --------------------------------------------------------------------------- Langevin dynamics (eq 5.2)

def test_bond_noise_conserves_the_mean():
    run_phi = gl.gaussian_start(np.random.default_rng(1), 1.0, 1.0, 8, 4, U=0.3)
    np.testing.assert_allclose(run_phi.mean(axis=0), 0.3, atol=1e-14)
    g = gl.gradient(run_phi, 1.0, 0.5)
    np.testing.assert_allclose(gl._laplacian(g).sum(axis=0), 0.0, atol=1e-12)  # drift -½Lg has zero sum


def test_langevin_lowest_mode_decays_at_the_lattice_rate():
    """Eq 5.2 at λ = 0, β = 2: the lowest mode's AR(1) coefficient is exactly 1 - γ ds, γ = ω(ω + α)
    (hand: drift -½L·2(L + α)φ, noise (ds/β)L, both diagonal in Fourier modes).  The estimate's standard
    error (spread over 20 independent groups) is ~0.5%; accept 4 of them.  The implied D = γ/ω - ω is α;
    the seed's |½F''| = βα = 2α is rejected by > 20 standard errors (its sign would give growth)."""
    a, b, N = 1.0, 2.0, 16
    run = gl.mode_decay(a, 0.0, b, sites=N, dt=0.07, steps=1500, replicas=2000, batches=20, seed=7)
    omega = 4 * np.sin(np.pi / N) ** 2
    exact = omega * (omega + a)
    assert run.rate_error < 0.01 * exact                                  # the test can resolve 1%
    assert abs(run.rate - exact) < 4 * run.rate_error
    D, D_err = run.rate / omega - omega, run.rate_error / omega
    assert abs(D - a) < 4 * D_err
    assert abs(D - b * a) > 20 * D_err
    assert abs(D - 0.5 * a) > 20 * D_err                                  # nor D = ½α (H with the bond sum read once)


def test_langevin_refuses_unstable_step():
    with pytest.raises(InputError, match="dt <"):
        gl.mode_decay(1.0, 0.0, 1.0, dt=0.2, steps=1, replicas=4, batches=2)


# --------------------------------------------------------------------------- the macroscale equation (eq 5.3)

def test_macroscale_constant_D_is_the_exact_discrete_decay():
    """Constant D: cos 2πx is an eigenvector of the periodic three-point Laplacian with eigenvalue
    -μ = -(2 - 2cos 2πh)/h², so each Euler step multiplies it by 1 - dt D μ (the last step is shorter)."""
    n, D, T = 32, 0.7, 0.01
    x = (np.arange(n) + 0.5) / n
    U, steps = gl.macroscale_run(lambda u: np.full_like(u, D), 1 + 0.3 * np.cos(2 * np.pi * x), T, safety=0.4)
    h = 1 / n
    dt, mu = 0.4 * h * h / D, (2 - 2 * np.cos(2 * np.pi * h)) / h ** 2
    full = int(np.floor(T / dt))
    factor = (1 - dt * D * mu) ** full * (1 - (T - full * dt) * D * mu)
    assert steps == full + 1
    np.testing.assert_allclose(U, 1 + 0.3 * factor * np.cos(2 * np.pi * x), rtol=0, atol=1e-13)


def test_macroscale_conserves_mass_and_refuses_the_seed_sign(ser):
    n = 48
    x = (np.arange(n) + 0.5) / n
    U0 = 1.5 * (1 + np.cos(2 * np.pi * x))
    D3, _ = model.series_functions(ser, 3)
    U, _ = gl.macroscale_run(lambda u: D3(u, 1.0, 0.05, 2.0), U0, 0.005)
    np.testing.assert_allclose(U.mean(), U0.mean(), rtol=0, atol=1e-14)
    assert U.max() < U0.max() and U.min() > U0.min()                       # maximum principle
    with pytest.raises(InputError, match="ill-posed"):
        gl.macroscale_run(lambda u: -2.0 * D3(u, 1.0, 0.05, 2.0), U0, 0.005)   # seed (5.5): D = ½F'' = -βD


# --------------------------------------------------------------------------- inputs

@pytest.mark.parametrize("args, match", [((0.0, 0.1, 1.0), "alpha"), ((-1.0, 0.1, 1.0), "alpha"),
                                         ((1.0, -0.1, 1.0), "lambda"), ((1.0, 0.1, 0.0), "beta"),
                                         ((1.0, 0.1, float("nan")), "beta")])
def test_bad_parameters_are_refused(args, match):
    with pytest.raises(InputError, match=match) as info:
        gl.grid_for(0.0, *args)
    assert "\n" not in str(info.value)
    with pytest.raises(InputError, match=match):
        model.build(*args, 2.0)


def test_bad_grid_and_registry():
    for bad in (dict(center=0.0, half_width=1.0, points=3), dict(center=0.0, half_width=-1.0, points=50)):
        with pytest.raises(InputError, match="grid"):
            gl.Grid(**bad)
    with pytest.raises(InputError, match="U-max"):
        model.build(1.0, 0.1, 1.0, 0.0)
    from symms.derivations.ginzburg_landau import DERIVATION

    assert DERIVATION.name == "ginzburg-landau"
    assert DERIVATION.resolve(lam="0.1") == {"alpha": 1.0, "lam": 0.1, "beta": 2.0, "U_max": 3.0}
    for bad in (dict(alpha=0), dict(lam=-1), dict(beta=-2)):
        with pytest.raises(InputError):
            DERIVATION.resolve(**bad)
    assert DERIVATION.variant(DERIVATION.resolve()) != DERIVATION.variant(DERIVATION.resolve(beta=1))
    for given in (dict(), dict(lam=0.125, beta=1, U_max=2.5)):
        p = DERIVATION.resolve(**given)
        assert model.variant_name(p["alpha"], p["lam"], p["beta"], p["U_max"]) == DERIVATION.variant(p)


# --------------------------------------------------------------------------- generated kernels

def test_generated_kernels_against_the_transfer_integral(tmp_path, ser):
    """Emit D and h, verify them against 50-digit mpmath, load numpy and C, and compare with the
    transfer integral: exact at λ = 0, the hand formula at λ > 0; the derivation's check passes, and
    fails (negative control) on a kernel with the seed's sign."""
    from symms.model import DerivedModel
    from symms.output import write_files
    from symms.pipeline import emit, load_backend, verify_folder

    only = DerivedModel("ginzburg-landau", "kernels", {}, "kernels", "test", kernels=model.kernels(ser))
    folder = write_files(tmp_path, "ginzburg-landau", "kernels", emit(only, "test"), "test")
    checks = verify_folder(folder)
    assert checks and all(c.passed for c in checks), [c.line() for c in checks if not c.passed]
    entries = {e["name"]: e for e in kernel_entries(json.loads((folder / "model.json").read_text()))}
    U = np.linspace(-1, 1, 5)
    for backend in ("numpy", "c"):
        fns = {name: load_backend(folder, entries[name], backend) for name in model.KERNELS}
        third = [(fns["diffusivity"](U, 0.9, l, 1.2) - hand_D(U, 0.9, l, 1.2)) / l ** 3 for l in (0.03, 0.015)]
        np.testing.assert_allclose(third[0], third[1], rtol=1e-8)          # the hand O(λ²) formula + a λ³ term
        ti = [gl.state_at_mean(u, 0.9, 0.001, 1.2).D for u in U]          # λ³ term ~1e-7, λ⁴ ~3e-9
        np.testing.assert_allclose(fns["diffusivity"](U, 0.9, 0.001, 1.2), ti, rtol=0, atol=1e-8)
        np.testing.assert_allclose(fns["diffusivity"](U, 0.9, 0.0, 1.2), gl.state_at_mean(0.3, 0.9, 0.0, 1.2).D, rtol=1e-10)
        results = model.check_kernels({"alpha": 1.0, "beta": 2.0}, fns)
        assert all(c.passed for c in results), [c.line() for c in results]
        with pytest.raises(InputError, match="alpha"), np.errstate(invalid="ignore"):   # numpy: sqrt before the guard
            fns["diffusivity"](U, -1.0, 0.1, 1.0)
    seed_sign = dict(fns, diffusivity=lambda *x: -fns["diffusivity"](*x))
    assert not all(c.passed for c in model.check_kernels({"alpha": 1.0, "beta": 2.0}, seed_sign))


# --------------------------------------------------------------------------- the derived model

@pytest.fixture(scope="module")
def built():
    return model.build(1.0, 0.05, 2.0, 3.0)


def test_build_results(built):
    r = built.results
    names = {t.name for t in built.tables} | {f.name for f in built.figures}
    assert names == {"seed_formulas", "diffusion_map", "lambda_scan", "grid_convergence", "langevin", "macroscale"}
    gaps = r["macroscale"]["difference_from_transfer_integral"]
    assert max(gaps[f"order_{k}"] for k in (1, 2, 3)) < gaps["alpha"] / 10     # D(U) matters at the PDE level
    assert [k.name for k in built.kernels] == list(model.KERNELS)
    good = r["series_good_below"]["0.001"]
    assert good["order_3"] > good["order_2"] > good["order_1"] >= 0               # each order extends the good range
    assert r["highest_order_worse_than_first_from"] is not None                   # and the series fails at large U
    assert r["langevin"]["seed_z"] < -20 and abs(r["langevin"]["rate_z"]) < 4
    assert set(r["seed_corrections"]) == {"5.1", "5.5", "5.6", "5.7"}
    json.dumps(r)


def test_derive_end_to_end_is_reproducible(tmp_path):
    from symms import pipeline

    reports = [pipeline.derive("ginzburg-landau", out=tmp_path / name, U_max=1.0) for name in "ab"]
    for report in reports:
        assert report.passed, [c.line() for c in report.checks if not c.passed]
    a, b = (report.folder / "results.json" for report in reports)
    assert a.read_bytes() == b.read_bytes()


def test_a_grid_too_fine_for_a_dense_eigh_is_refused():
    """α → 0 widens one site's spread without bound (σ² ∝ α^{-1/2}) while its finest scale stays fixed: the
    grid would need tens of thousands of points, so the parameters are refused, naming what to change."""
    with pytest.raises(InputError, match=r"needs \d+ points \(at most 4000\).*larger alpha"):
        gl.grid_for(0.0, 1e-12, 0.05, 2.0)
    assert gl.grid_for(0.0, 1.0, 0.05, 2.0).points <= gl.MAX_POINTS
