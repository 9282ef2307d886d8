"""Seed 002 (closure of averaged particle-chain dynamics): windows, exact averages, the chain, Landweber.

Expected values come from exact SymPy integration of the definitions, scipy quadrature, dense
O(N·B) evaluations of eqs 2.6, 2.7, 5.1, 5.2 written here (image sums, Gauss-Legendre in s),
the exact momentum balance (eq 2.9) integrated over a cell with the window's antiderivative,
the virial sum, and hand derivations written in the tests; never from the implementation's output.
"""
import numpy as np
import pytest
import sympy as sp
from scipy.integrate import quad

from symms.errors import DerivationError, InputError
from symms.model_file import kernel_entries
from symms.models import closure as model
from symms.numerics import particle_chain as pc

x, s, eta, qa, qb, xi = model.x, model.s, model.eta, model.qa, model.qb, model.xi
WINDOWS = ("quartic", "gauss")


def np_window(name):
    return model.numpy_window(model.window(name))


# --------------------------------------------------------------------------- 1. windows

def test_windows_are_normalised_exactly_and_scaled_windows_too():
    quartic = sp.Rational(15, 16) * (1 - x ** 2) ** 2
    assert sp.integrate(quartic, (x, -1, 1)) == 1
    for name in WINDOWS:
        w = model.window(name)
        assert sp.simplify(sp.integrate(model.scaled(w.psi), (x, -sp.oo, sp.oo))) == 1
    bad = model.Window("twice", 2 * model.window("quartic").psi, model.window("quartic").antiderivative, 1.0)
    with pytest.raises(InputError, match="integral 2"):
        model.check_normalised(bad)
    with pytest.raises(InputError, match="unknown window"):
        model.window("box")


@pytest.mark.parametrize("name", WINDOWS)
def test_antiderivative_is_the_cumulative_integral(name):
    w = np_window(name)
    for u in (-1.5, -0.7, -0.1, 0.0, 0.4, 0.95, 1.3):
        expected, _ = quad(w.psi, -12.0, u, points=[-1.0, 1.0] if name == "quartic" else None, epsabs=1e-14)
        np.testing.assert_allclose(w.antiderivative(u), expected, rtol=1e-12, atol=1e-14)


def test_bond_integral_equals_direct_symbolic_integration_inside_the_support():
    # all arguments inside (-η, η): the quartic is its polynomial there and SymPy integrates in s exactly
    core = sp.Rational(15, 16) * (1 - x ** 2) ** 2
    h = sp.Rational(1, 2)
    a, b, X = sp.Rational(1, 10), sp.Rational(3, 10), sp.Rational(1, 5)
    direct = sp.integrate(model.scaled(core, h).subs(x, X - s * b - (1 - s) * a), (s, 0, 1))
    closed = model.bond_integral(model.window("quartic"), h).subs({x: X, qa: a, qb: b})
    assert sp.nsimplify(direct - closed) == 0
    # the q_b -> q_a limit is ψ_η(x - q_a), symbolically on the polynomial piece
    Psi_core = sp.integrate(core, (x, -1, x))
    piece = ((Psi_core.subs(x, (x - qa) / eta) - Psi_core.subs(x, (x - qb) / eta)) / (qb - qa))
    assert sp.simplify(sp.limit(piece, qb, qa) - model.scaled(core).subs(x, x - qa)) == 0


@pytest.mark.parametrize("name", WINDOWS)
def test_bond_integral_against_quadrature_in_s(name):
    w = model.window(name)
    nw = model.numpy_window(w)
    h = 0.3
    closed = sp.lambdify((x, qa, qb), model.bond_integral(w, h), "numpy")
    limit = sp.lambdify((x, qa), model.bond_integral_limit(w, h), "numpy")
    for X, a, b in ((0.1, -0.2, 0.25), (0.5, 0.1, 0.45), (-0.31, -0.05, 0.6), (0.9, 0.0, 0.2)):
        edges = [e for e in ((X - a - h) / (b - a), (X - a + h) / (b - a)) if 0 < e < 1]  # support ends
        expected, _ = quad(lambda t: nw.psi((X - t * b - (1 - t) * a) / h) / h, 0, 1, points=edges or None,
                           epsabs=1e-14, limit=200)
        np.testing.assert_allclose(closed(X, a, b), expected, rtol=1e-10, atol=1e-12)
        np.testing.assert_allclose(closed(X, a, a + 1e-7), limit(X, a), rtol=1e-5, atol=1e-7)


# --------------------------------------------------------------------------- 2. exact averages

def dense_averages(q, v, gaps_force, mass, h, w, mesh):
    """O(N·B) reference: every particle/bond against every node, three periodic images,
    the bond integral by 400-panel Gauss-Legendre in s (no antiderivative)."""
    X = mesh.nodes[:, None]
    L = mesh.length
    m = mass / q.size
    psi = lambda d: sum(w.psi((d + k * L) / h) / h for k in (-1, 0, 1))
    W = psi(X - q[None, :])
    rho = (m * W).sum(1)
    mom = (m * v[None, :] * W).sum(1)
    vbar = np.where(rho > 0, mom / np.where(rho > 0, rho, 1), 0)
    tc = -(m * (v[None, :] - vbar[:, None]) ** 2 * W).sum(1)
    qa_, qb_ = q, np.append(q[1:], q[0] + L)
    nodes, weights = np.polynomial.legendre.leggauss(4)
    panels = 400
    t = ((np.arange(panels)[:, None] + (nodes[None, :] + 1) / 2) / panels).ravel()
    wt = np.tile(weights / 2 / panels, panels)
    bond = np.zeros((mesh.points, q.size))
    for tk, wk in zip(t, wt):
        bond += wk * psi(X - tk * qb_[None, :] - (1 - tk) * qa_[None, :])
    tint = (gaps_force * (qb_ - qa_))[None, :] * bond
    return rho, mom, tc, tint.sum(1)


@pytest.mark.parametrize("name,h", [("quartic", 0.1), ("gauss", 0.03)])
def test_fast_averages_match_dense_evaluation(name, h):
    rng = np.random.default_rng(7)
    N, L, M = 96, 1.0, 2.0
    mesh = pc.Mesh(L, 40)
    q = 0.37 + (np.arange(N) + 0.5 + 0.3 * rng.uniform(-1, 1, N)) * L / N  # unwrapped: some beyond L
    v = np.sin(2 * np.pi * q) + 0.2 * rng.standard_normal(N)
    f = -rng.uniform(0.5, 1.5, N)
    w = np_window(name)
    fast = pc.averages(q, v, M, h, w, mesh)
    tint = pc.interaction_stress(q, f, h, w, mesh)
    rho, mom, tc, tint_ref = dense_averages(q, v, f, M, h, w, mesh)
    np.testing.assert_allclose(fast["density"], rho, rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(fast["momentum"], mom, rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(fast["convective_stress"], tc, rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(tint, tint_ref, rtol=1e-8, atol=1e-10)


def test_averaging_touches_only_the_support():
    calls = []
    w = np_window("quartic")
    counted = model.NumpyWindow("quartic", lambda u: calls.append(np.size(u)) or w.psi(u), w.antiderivative, 1.0)
    N, mesh, h = 2000, pc.Mesh(1.0, 1000), 0.01
    q = (np.arange(N) + 0.5) / N
    pc.averages(q, np.zeros(N), 1.0, h, counted, mesh)
    support_points = 2 * h / mesh.spacing + 1  # nodes within [q - η, q + η]
    assert sum(calls) <= 2 * N * (support_points + 1)  # two passes (averages, then 5.1), vs N·B = 2·10⁶ each
    assert sum(calls) < N * mesh.points / 20


def test_bad_window_width_and_crossing_particles_raise():
    w = np_window("quartic")
    mesh = pc.Mesh(1.0, 10)
    q = np.linspace(0.05, 0.95, 10)
    with pytest.raises(InputError, match="below the mesh spacing"):
        pc.averages(q, q, 1.0, 0.05, w, mesh)
    with pytest.raises(InputError, match="half the ring"):
        pc.averages(q, q, 1.0, 0.6, w, mesh)
    q_bad = q.copy()
    q_bad[4] = q_bad[3]
    with pytest.raises(InputError, match="particles 3 and 4 coincide or cross"):
        pc.interaction_stress(q_bad, np.ones(10), 0.2, w, mesh)


# --------------------------------------------------------------------------- 3. the potential and the chain

def test_reconstructed_potential_has_the_printed_terms_and_stated_properties():
    p, xs, C = model.p, model.x_star, model.C_r
    U = model.seed_potential()
    printed = C * (1 / (1 - p) * xi ** (1 - p) * xs - xi * xs ** (1 - p) + p / (p - 1) * xs ** (2 - p))
    inside = U.args[0][0]
    assert sp.simplify(inside - printed) == 0
    Phi = -inside
    dPhi = sp.diff(Phi, xi)
    assert sp.simplify(Phi.subs(xi, xs)) == 0                      # continuous at x⋆ (U = 0 beyond)
    assert sp.simplify(dPhi.subs(xi, xs)) == 0                     # C¹ at x⋆
    assert sp.simplify(dPhi + C * xs * (xi ** -p - xs ** -p)) == 0  # Φ' = -C_r x⋆ (ξ^-p - x⋆^-p) < 0 for ξ < x⋆
    assert sp.limit(dPhi * xi ** p, xi, 0) == -C * xs              # |force| ~ C_r x⋆ ξ^-p: a power law
    pair = model.numpy_pair(3.0, 1.5, 2.0)
    z = np.linspace(0.3, 1.49, 50)
    assert np.all(pair.energy(z) > 0) and np.all(pair.force(z) < 0) and np.all(np.diff(pair.energy(z)) < 0)
    np.testing.assert_allclose(pair.energy(np.array([1.5, 1.7, 3.0])), 0.0, rtol=0, atol=0)
    eps = 1e-6
    np.testing.assert_allclose(pair.force(1.5 - eps), 0.0, rtol=0, atol=1e-5)
    with pytest.raises(InputError, match="p > 1"):
        model.numpy_pair(1.0, 1.5, 2.0)


def initial_state(N, L=1.0, fluct=0.05, seed=3):
    rng = np.random.default_rng(seed)
    X = (np.arange(N) + 0.5) * L / N
    q = X + 0.02 * L / (2 * np.pi) * np.sin(2 * np.pi * X / L)
    v = 0.3 * np.sin(2 * np.pi * X / L) + fluct * rng.standard_normal(N)
    return q, v


def make_chain(N, L=1.0, M=1.0):
    return pc.Chain(N, L, M, model.numpy_pair(3.0, 1.5, 1.0))


def test_verlet_energy_error_is_second_order_and_momentum_is_conserved():
    N = 64
    chain = make_chain(N)
    q, v = initial_state(N)
    dt0 = 0.2 / chain.omega_max(q)
    T = 400 * dt0
    errs = []
    for k in (1, 2, 4):
        _, Q, V = pc.verlet(chain, q, v, dt0 / k, 400 * k, record_every=k)
        E = np.array([chain.energy(a, b) for a, b in zip(Q, V)])
        errs.append(np.max(np.abs(E - E[0])) / abs(E[0]))
        np.testing.assert_allclose(V.sum(1), v.sum(), rtol=0, atol=1e-11 * N)
    assert T > 0 and errs[0] < 1e-3
    np.testing.assert_allclose(errs[0] / errs[1], 4.0, rtol=0.15, atol=0)
    np.testing.assert_allclose(errs[1] / errs[2], 4.0, rtol=0.15, atol=0)


def cell_momentum(q, v, mass, h, w, mesh):
    """∫ over each mesh cell of ρ̄v̄ (eq 2.7), exactly with Ψ, three images: independent of the stress code."""
    edges = np.arange(mesh.points + 1) * mesh.spacing
    m = mass / q.size
    P = 0
    for k in (-1, 0, 1):
        Psi = w.antiderivative((edges[:, None] - q[None, :] + k * mesh.length) / h)
        P = P + (m * v[None, :] * (Psi[1:] - Psi[:-1])).sum(1)
    return P


def momentum_balance_residual(name, h, dt_factor):
    """max over cells and steps of |d/dt ∫_cell ρ̄v̄ + [ρ̄v̄² - T_c - T_int]_edges| (eq 2.9), central
    differences in time along a Verlet run, relative to max |d/dt ∫_cell ρ̄v̄|."""
    N, M = 128, 1.0
    chain = make_chain(N, M=M)
    mesh = pc.Mesh(1.0, 32)
    w = np_window(name)
    q, v = initial_state(N, fluct=0.2)
    dt = dt_factor / chain.omega_max(q)
    steps = int(round(0.02 / dt))
    _, Q, V = pc.verlet(chain, q, v, dt, steps)
    worst, scale = 0.0, 0.0
    for n in range(1, steps, max(1, steps // 6)):
        dP = (cell_momentum(Q[n + 1], V[n + 1], M, h, w, mesh) - cell_momentum(Q[n - 1], V[n - 1], M, h, w, mesh)) / (2 * dt)
        shifted = Q[n] - 0.5 * mesh.spacing  # values at the edges x = β Δx
        av = pc.averages(shifted, V[n], M, h, w, mesh)
        tint = pc.interaction_stress(shifted, chain.bond_forces(Q[n]), h, w, mesh)
        G = av["momentum"] * av["velocity"] - av["convective_stress"] - tint  # at edges Δx, 2Δx, …, BΔx
        flux_diff = G - np.roll(G, 1)  # cell β = [βΔx, (β+1)Δx]: G((β+1)Δx) - G(βΔx)
        worst = max(worst, np.max(np.abs(dP + flux_diff)))
        scale = max(scale, np.max(np.abs(dP)))
    return worst / scale


@pytest.mark.parametrize("name,h", [("quartic", 0.1), ("gauss", 0.04)])
def test_exact_momentum_balance_holds_to_time_step_accuracy(name, h):
    coarse = momentum_balance_residual(name, h, 0.2)
    fine = momentum_balance_residual(name, h, 0.1)
    assert coarse < 1e-2
    np.testing.assert_allclose(coarse / fine, 4.0, rtol=0.25, atol=0)


@pytest.mark.parametrize("name,h", [("quartic", 0.1), ("gauss", 0.04)])
def test_integral_of_interaction_stress_is_the_virial_sum(name, h):
    N = 200
    chain = make_chain(N)
    q, _ = initial_state(N)
    q = q + 0.3 * (np.random.default_rng(1).uniform(-1, 1, N)) / N
    mesh = pc.Mesh(1.0, 2048)
    f = chain.bond_forces(q)
    tint = pc.interaction_stress(q, f, h, np_window(name), mesh)
    virial = np.sum(f * chain.gaps(q))  # Σ_b f_b (q_{b+1} - q_b)
    np.testing.assert_allclose(tint.sum() * mesh.spacing, virial, rtol=1e-7, atol=0)


def test_chain_reports_crossing_and_range_violations():
    chain = make_chain(8)
    q = (np.arange(8) + 0.5) / 8
    q_bad = q.copy()
    q_bad[5] = q_bad[6] + 0.01
    with pytest.raises(InputError, match="particles 5 and 6"):
        chain.check(q_bad)
    squeezed = q.copy()
    squeezed[3] = q[2] + 0.01
    squeezed[4] = q[2] + 0.02  # N (q_3 - q_1) = 8 (1/8 + 0.01) = 1.08 < x⋆ = 1.5 comes first
    with pytest.raises(InputError, match="particles 1 and 3 are within the range"):
        chain.check(squeezed)
    with pytest.raises(DerivationError, match="at step"):
        pc.verlet(chain, q, 50.0 * np.cos(2 * np.pi * q), 0.05, 50)


# --------------------------------------------------------------------------- 4. Landweber (eq 3.7)

def circulant(name, h, B):
    mesh = pc.Mesh(1.0, B)
    w = np_window(name)
    d = mesh.nodes[:, None] - mesh.nodes[None, :]
    return mesh, mesh.spacing * sum(w.psi((d + k) / h) / h for k in (-1, 0, 1))


def test_landweber_iteration_sums_powers_with_exponent_k_not_n():
    mesh, R = circulant("gauss", 0.05, 64)
    g_bar = np.exp(np.sin(2 * np.pi * mesh.nodes)) + 0.1 * np.cos(10 * np.pi * mesh.nodes)
    A = np.eye(64) - R
    g = g_bar.copy()
    for n in range(1, 4):
        g = g + (g_bar - R @ g)  # g_{n} = g_{n-1} + (ḡ - R g_{n-1}),  g_0 = ḡ
        sum_k = sum(np.linalg.matrix_power(A, k) @ g_bar for k in range(n + 1))
        printed = (n + 1) * np.linalg.matrix_power(A, n) @ g_bar  # Σ_{k=0}^n (I - R)^n ḡ as printed in eq 3.7
        np.testing.assert_allclose(g, sum_k, rtol=1e-12, atol=1e-12)
        assert np.max(np.abs(g - printed)) > 0.5 * np.max(np.abs(g_bar))
        # and the Fourier multiplier of R⁻¹_{η,n} (section 5) is Σ_k (1 - ψ̂)^k
        mult = sp.lambdify(model.omega, model.landweber_multiplier(model.window("gauss"), n))
        k1 = 5 * 2 * np.pi
        mode = np.cos(k1 * mesh.nodes)
        np.testing.assert_allclose(sum(np.linalg.matrix_power(A, k) @ mode for k in range(n + 1)),
                                   mult(0.05 * k1) * mode, rtol=0, atol=1e-9)


@pytest.mark.parametrize("name,h", [("quartic", 0.1), ("gauss", 0.05)])
def test_spectrum_of_I_minus_R_matches_the_window_transform(name, h):
    B = 64
    mesh, R = circulant(name, h, B)
    eig = np.sort(np.linalg.eigvalsh(np.eye(B) - R))
    psi_hat = sp.lambdify(model.omega, model.fourier_transform(model.window(name)), "numpy")
    k = 2 * np.pi * np.fft.fftfreq(B, d=mesh.spacing)
    aliases = 2 * np.pi / mesh.spacing * np.arange(-300, 301)
    om = h * (k[:, None] + aliases[None, :])
    with np.errstate(divide="ignore", invalid="ignore"):  # the ω = 0 branch of the piecewise ψ̂ is 1
        expected = np.sort(1 - psi_hat(om).sum(1))  # Poisson summation of the sampled window
    np.testing.assert_allclose(eig, expected, rtol=0, atol=1e-6)
    if name == "gauss":
        assert eig.min() > -1e-12 and eig.max() < 1 + 1e-12  # ψ̂ = e^{-ω²/2} ∈ (0, 1]: unrelaxed Landweber converges on every mode
    else:
        assert eig.max() > 1.03  # ψ̂ < 0 on some modes: |1 - ψ̂| > 1, the unrelaxed sum diverges there


def test_quartic_transform_has_negative_lobe():
    f = sp.lambdify(model.omega, model.fourier_transform(model.window("quartic")).args[0][0])
    for w in (0.5, 3.0, 7.0, 12.0):
        expected, _ = quad(lambda t: 15 / 16 * (1 - t * t) ** 2 * np.cos(w * t), -1, 1, epsabs=1e-14)
        np.testing.assert_allclose(f(w), expected, rtol=1e-10, atol=1e-14)
    assert f(7.0) < -0.04  # so |1 - ψ̂(ηω)| > 1 for ηω near 7


# --------------------------------------------------------------------------- 5. kernels, builder

def test_gaussian_window_kernels_verify_and_match_quadrature(tmp_path):
    """The Gaussian's Psi and bond integral (erf: scipy.special.erf in numpy, C99 erf) against 50-digit
    mpmath, and the bond integral against quadrature in s, in both backends."""
    import json

    from symms.model import DerivedModel
    from symms.output import write_files
    from symms.pipeline import emit, load_backend, verify_folder

    kernels_only = DerivedModel("closure", "gauss", {}, "kernels", "test", kernels=model.kernels(model.window("gauss")))
    folder = write_files(tmp_path, "closure", "gauss", emit(kernels_only, "test"), "test")
    checks = verify_folder(folder)
    assert len(checks) == 9 and all(c.passed for c in checks), [c.line() for c in checks if not c.passed]
    entries = {e["name"]: e for e in kernel_entries(json.loads((folder / "model.json").read_text()))}
    h, X, a, b = 0.05, 0.02, -0.03, 0.08
    expected, _ = quad(lambda t: np_window("gauss").psi((X - t * b - (1 - t) * a) / h) / h, 0, 1, epsabs=1e-14)
    for backend in ("numpy", "c"):
        bond = load_backend(folder, entries["bond_integral"], backend)
        np.testing.assert_allclose(bond(np.array(X - a), np.array(b - a), np.array(h)), expected, rtol=1e-11)

def test_generated_kernels_verify_and_drive_the_averages(tmp_path):
    """Emit the quartic's kernels, verify them against 50-digit mpmath, and run eqs 2.6/5.1/5.2 on
    the numpy and C kernels against the dense O(N·B) reference."""
    import json

    from symms.model import DerivedModel
    from symms.output import write_files
    from symms.pipeline import emit, load_backend, verify_folder

    kernels_only = DerivedModel("closure", "kernels", {}, "kernels", "test", kernels=model.kernels(model.window("quartic")))
    folder = write_files(tmp_path, "closure", "kernels", emit(kernels_only, "test"), "test")
    checks = verify_folder(folder)
    assert len(checks) == 9 and all(c.passed for c in checks), [c.line() for c in checks if not c.passed]
    entries = {e["name"]: e for e in kernel_entries(json.loads((folder / "model.json").read_text()))}
    rng = np.random.default_rng(5)
    N, h, mesh = 80, 0.12, pc.Mesh(1.0, 24)
    q = (np.arange(N) + 0.5 + 0.3 * rng.uniform(-1, 1, N)) / N
    v = rng.standard_normal(N)
    f = -rng.uniform(0.5, 1.5, N)
    rho, mom, tc, tint = dense_averages(q, v, f, 1.0, h, np_window("quartic"), mesh)
    for backend in ("numpy", "c"):
        k = {name: load_backend(folder, entries[name], backend) for name in entries}
        win = model.NumpyWindow("quartic", k["window"], k["window_antiderivative"], 1.0)
        av = pc.averages(q, v, 1.0, h, win, mesh)
        np.testing.assert_allclose(av["density"], rho, rtol=1e-12, atol=1e-12)
        np.testing.assert_allclose(av["convective_stress"], tc, rtol=1e-10, atol=1e-12)
        np.testing.assert_allclose(pc.interaction_stress(q, f, h, win, mesh), tint, rtol=1e-8, atol=1e-10)
        # the pointwise bond kernel against quadrature in s
        X, a, b = 0.05, -0.03, 0.08
        expected, _ = quad(lambda t: np_window("quartic").psi((X - t * b - (1 - t) * a) / h) / h, 0, 1, epsabs=1e-14)
        np.testing.assert_allclose(k["bond_integral"](np.array(X - a), np.array(b - a), np.array(h)), expected,
                                   rtol=1e-12, atol=1e-14)
        with pytest.raises(InputError, match="gap"), np.errstate(divide="ignore"):
            k["bond_integral"](np.array(0.1), np.array(0.0), np.array(h))
        check = model.check_kernels({"window": "quartic", "eta": h}, k)
        assert len(check) == 2 and all(c.passed for c in check), [c.line() for c in check]


def test_integrator_check_can_fail(monkeypatch):
    from symms.codegen import chain_integrator

    assert model.check_integrator().passed
    real = chain_integrator.verlet

    def shifted(*args):
        t, Q, V = real(*args)
        return t, Q + 1e-9, V
    monkeypatch.setattr(chain_integrator, "verlet", shifted)
    assert not model.check_integrator().passed


def test_build_reports_the_identities_and_the_spectrum():
    built = model.build("quartic", 0.1, 64)
    r = built.results
    np.testing.assert_allclose(r["stress_integral"], r["virial"], rtol=1e-7, atol=0)
    np.testing.assert_allclose(r["energy_error_ratio"], 4.0, rtol=0.15, atol=0)
    np.testing.assert_allclose(r["balance_residual_ratio"], 4.0, rtol=0.25, atol=0)
    # the quartic's first zero: tan ω = 3ω/(3 - ω²), by bisection on the hand-derived numerator
    num = lambda w: 3 * np.sin(w) - 3 * w * np.cos(w) - w ** 2 * np.sin(w)
    lo, hi = 5.0, 6.5
    for _ in range(60):
        mid = 0.5 * (lo + hi)
        lo, hi = (mid, hi) if num(lo) * num(mid) > 0 else (lo, mid)
    np.testing.assert_allclose(r["landweber"]["first_zero"], lo, rtol=1e-9, atol=0)
    assert {k.name for k in built.kernels} == {"window", "window_antiderivative", "bond_integral"}
    orders = r["closed_stresses"]["orders"]
    assert [o["order"] for o in orders] == [0, 1, 2]
    assert orders[2]["interaction_stress"] < orders[1]["interaction_stress"] < orders[0]["interaction_stress"]
    with pytest.raises(InputError, match="closure order"):
        model.build("quartic", 0.1, 64, order=7)
    with pytest.raises(InputError, match="eta"):
        model.build("quartic", 0.7)
    assert {k.name for k in model.build("gauss", 0.05, 32).kernels} == {"window", "window_antiderivative", "bond_integral"}


def test_derivation_declares_its_parameters():
    from symms.derivations.closure import DERIVATION

    assert DERIVATION.name == "closure"
    assert [p.name for p in DERIVATION.params] == ["window", "eta", "particles", "order"]
    assert DERIVATION.params[1].validate(0.7) and DERIVATION.params[1].validate(0.1) is None
    assert DERIVATION.params[3].validate(7) and DERIVATION.params[3].validate(2) is None


def test_landweber_discrepancy_stop_against_dense_partial_sums():
    B, h, delta, tau = 64, 0.05, 1e-4, 1.5
    mesh, R = circulant("gauss", h, B)
    x_ = mesh.nodes
    g_true = 1 + 0.3 * np.sin(2 * np.pi * x_) + 0.2 * np.cos(6 * np.pi * x_)
    g_bar = R @ g_true + delta * np.random.default_rng(0).standard_normal(B)
    symbol = pc.convolution_symbol(mesh, h, np_window("gauss"))
    np.testing.assert_allclose(np.sort(symbol), np.sort(np.linalg.eigvalsh(R)), rtol=0, atol=1e-12)
    g, n = pc.landweber(g_bar, symbol, delta, tau)
    A = np.eye(B) - R
    partial = lambda m: sum(np.linalg.matrix_power(A, k) @ g_bar for k in range(m + 1))
    rms = lambda z: np.sqrt(np.mean(z ** 2))
    assert n >= 1 and rms(R @ partial(n - 1) - g_bar) > tau * delta >= rms(R @ partial(n) - g_bar)
    np.testing.assert_allclose(g, partial(n), rtol=0, atol=1e-10)
    assert rms(g - g_true) < 0.2 * rms(g_bar - g_true)  # the deconvolution beats the zero-order g_0 = ḡ


def test_unrelaxed_landweber_diverges_for_the_quartic_but_the_normal_form_does_not():
    B, h = 128, 0.06  # η/Δx = 7.7 > 1.83: the mesh resolves the modes where the quartic's ψ̂ < 0
    mesh = pc.Mesh(1.0, B)
    symbol = pc.convolution_symbol(mesh, h, np_window("quartic"))
    assert symbol.min() < -0.03
    g_bar = np.fft.ifft(symbol * np.fft.fft(np.cos(2 * np.pi * mesh.nodes))).real \
        + 1e-4 * np.random.default_rng(1).standard_normal(B)
    with pytest.raises(DerivationError, match="diverges"):
        pc.landweber(g_bar, symbol, 1e-9, max_iterations=5000)
    g, n = pc.landweber(g_bar, symbol, 1e-4, normal=True)
    assert n > 0 and np.max(np.abs(g - np.cos(2 * np.pi * mesh.nodes))) < 0.01
    with pytest.raises(InputError, match="tau > 1"):
        pc.landweber(g_bar, symbol, 1e-4, tau=1.0)


# --------------------------------------------------------------------------- zero-order closure (§6)

def test_prescribed_positions_have_the_spacing_of_eq_6_7():
    mesh = pc.Mesh(1.0, 8)
    rho = np.array([1.0, 2.0, 1.0, 0.5, 0.5, 1.0, 1.5, 0.5])  # Δx Σ ρ = 1 = M
    N = 64
    q_hat = pc.prescribed_positions(rho, mesh, N)
    cell = np.floor(q_hat / mesh.spacing).astype(int)
    gaps = np.diff(q_hat)
    inside = cell[1:] == cell[:-1]
    np.testing.assert_allclose(gaps[inside], 1.0 / (N * rho[cell[1:][inside]]), rtol=1e-12, atol=0)  # Δ_β = M/(N ρ̄_β)
    counts = np.bincount(cell, minlength=8)
    np.testing.assert_allclose(counts, rho * mesh.spacing * N, rtol=0, atol=1.0)  # n_β = ρ̄_β L_η N / M
    with pytest.raises(InputError, match="positive density"):
        pc.prescribed_positions(np.where(rho > 1, 0.0, rho), mesh, N)


def closure_error(noise, h, N=4096, amplitude=0.05):
    w = np_window("quartic")
    chain = make_chain(N)
    X = (np.arange(N) + 0.5) / N
    q = X + amplitude / (2 * np.pi) * np.sin(2 * np.pi * X) + noise / N * np.random.default_rng(0).uniform(-1, 1, N)
    mesh = pc.Mesh(1.0, 4 * int(round(1 / h)))
    rho = pc.averages(q, np.zeros(N), 1.0, h, w, mesh)["density"]
    exact = pc.interaction_stress(q, chain.bond_forces(q), h, w, mesh)
    closed = pc.zero_order_interaction_stress(rho, mesh, chain, h, w)
    return exact, closed


def test_zero_order_interaction_stress_is_second_order_in_eta_for_a_smooth_state():
    errs = []
    for h in (0.1, 0.05, 0.025):
        exact, closed = closure_error(0.0, h)
        errs.append(np.max(np.abs(closed - exact)) / np.max(np.abs(exact)))
    assert errs[0] < 1e-2
    np.testing.assert_allclose([errs[0] / errs[1], errs[1] / errs[2]], [4.0, 4.0], rtol=0.15, atol=0)


def test_zero_order_closure_bias_from_position_fluctuations():
    # gaps ξ_b = 1 + a (u_{b+1} - u_b), u ~ U(-1, 1): the mean of the exact T_int is the virial
    # (1/N) Σ ξ_b Φ'(ξ_b), the closure's is Φ'(1) (uniform q̂), so the closure misses the bias
    # E[ξΦ'(ξ)] - Φ'(1) over the triangular law of ξ - 1 on [-2a, 2a] (quadrature here; its Taylor
    # leading term ½ (ξΦ')''(1) var ξ = ½ (-9)(2a²/3) = -0.12); N = 4096 samples give ~5 % scatter.
    a = 0.2
    exact, closed = closure_error(a, 0.05, amplitude=0.0)
    phi_prime = lambda z: -1.5 * (z ** -3 - 1.5 ** -3)
    np.testing.assert_allclose(np.mean(closed), phi_prime(1.0), rtol=1e-6, atol=0)
    expected, _ = quad(lambda z: (phi_prime(1 + a * z) * (1 + a * z) - phi_prime(1.0)) * (2 - abs(z)) / 4, -2, 2, points=[0])
    np.testing.assert_allclose(np.mean(exact) - np.mean(closed), expected, rtol=0.08, atol=0)
    # and the bias does not shrink with η: a fluctuation floor, as the seed reports in §7
    for h in (0.1, 0.025):
        e2, c2 = closure_error(a, h, amplitude=0.0)
        np.testing.assert_allclose(np.mean(e2) - np.mean(c2), np.mean(exact) - np.mean(closed), rtol=0.02, atol=0)


def test_isothermal_interpolant_has_uniform_temperature_and_the_stated_energy():
    w = np_window("quartic")
    N, h, mesh = 2048, 0.05, pc.Mesh(1.0, 20)
    chain = make_chain(N)
    q, v = initial_state(N, fluct=0.1)
    av = pc.averages(q, v, 1.0, h, w, mesh)
    E = chain.energy(q, v)
    st = pc.isothermal_state(E, av["density"], av["velocity"], mesh, chain, h, w)
    # eq 6.5 on the interpolant: Σ (t ã/ψ)² ψ = t² Σ 1/ψ = κ̂² (6.19) in every cell
    np.testing.assert_allclose(pc.cell_temperatures(st.positions, st.velocities, av["velocity"], mesh, h, w),
                               st.kappa2, rtol=1e-10, atol=0)
    cell = np.floor(st.positions / mesh.spacing).astype(int)
    psi = w.psi((mesh.nodes[cell] - st.positions) / h) / h
    dv = st.velocities - av["velocity"][cell]
    np.testing.assert_allclose(np.bincount(cell, weights=dv * psi), 0.0, rtol=0, atol=1e-10)  # eq 6.12
    # energy: E(q̂, v̂) - E = ½(M/N) Σ_β v̄_β² (count_β - n_β) + (M/N) Σ_β v̄_β Σ_j δv_j (hand derivation):
    # eq 6.16 drops both terms (exact only if every cell holds n_β particles and Σ_j δv_j = 0)
    count = np.bincount(cell, minlength=mesh.points)
    n_beta = av["density"] * mesh.spacing * N
    vb = av["velocity"]
    predicted = 0.5 / N * np.sum(vb ** 2 * (count - n_beta)) + np.sum(vb * np.bincount(cell, weights=dv)) / N
    np.testing.assert_allclose(chain.energy(st.positions, st.velocities) - E, predicted, rtol=1e-6, atol=1e-12)
    with pytest.raises(InputError, match="negative upscaling temperature"):
        pc.isothermal_state(0.0, av["density"], av["velocity"], mesh, chain, h, w)
    with pytest.raises(InputError, match="pairs"):
        pc.isothermal_state(E, av["density"], av["velocity"], pc.Mesh(1.0, 20), make_chain(30), h, w)


@pytest.mark.parametrize("pair,length", [(model.fpu_pair(alpha=0.5, beta=1.0), 1.0),
                                         (model.lennard_jones_pair(cutoff=1.6), 1.12),  # rest gap ≈ 2^(1/6)
                                         (model.pair_numpy(model.parse_pair_energy("(xi - 1)**2/2 + exp(-xi)")), 1.0)])
def test_other_pair_potentials_conserve_energy_and_satisfy_the_virial_identity(pair, length):
    N = 64
    chain = pc.Chain(N, length, 1.0, pair)
    q, v = initial_state(N, L=length, fluct=0.02)
    _, Q, V = pc.verlet(chain, q, v, 0.1 / chain.omega_max(q), 300, record_every=50)
    E = np.array([chain.energy(a, b) for a, b in zip(Q, V)])
    assert np.max(np.abs(E - E[0])) < 1e-4 * (np.abs(E[0]) + 1)
    # Φ' against central differences of Φ (independent of the symbolic derivative)
    z = np.linspace(0.95, 1.05, 7) * length
    np.testing.assert_allclose(pair.force(z), (pair.energy(z + 1e-6) - pair.energy(z - 1e-6)) / 2e-6, rtol=1e-6, atol=1e-8)
    mesh = pc.Mesh(length, 512)
    f = chain.bond_forces(Q[-1])
    tint = pc.interaction_stress(Q[-1], f, 0.1, np_window("quartic"), mesh)
    np.testing.assert_allclose(tint.sum() * mesh.spacing, np.sum(f * chain.gaps(Q[-1])), rtol=1e-7, atol=1e-12)


def test_pair_energy_text_is_parsed_safely():
    with pytest.raises(InputError):
        model.parse_pair_energy("__import__('os')")
    with pytest.raises(InputError, match="xi only"):
        model.pair_numpy(model.parse_pair_energy("xi") * model.p)


# --------------------------------------------------------------------------- closed stresses of order n (§5)

def test_landweber_polynomial_is_the_hockey_stick_sum():
    R = model.R_eta
    from math import comb
    for n in range(7):
        expected = sum((-1) ** m * comb(n + 1, m + 1) * R ** m for m in range(n + 1))  # Σ_k C(k, m) = C(n+1, m+1)
        assert sp.expand(model.landweber_polynomial(n) - expected) == 0
        assert sp.expand(model.landweber_polynomial(n) - sum((1 - R) ** k for k in range(n + 1))) == 0
    assert model.landweber_polynomial(1) == 2 - R and model.landweber_polynomial(2) == 3 - 3 * R + R ** 2
    assert model.landweber_terms(2) == ((3, model.identity), (-3, R), (1, R ** 2))
    with pytest.raises(InputError, match="order"):
        model.landweber_polynomial(-1)


@pytest.mark.parametrize("name,h", [("quartic", 0.1), ("gauss", 0.05)])
def test_landweber_sum_equals_the_explicit_iteration(name, h):
    mesh, R = circulant(name, h, 96)
    g_bar = 1 + 0.3 * np.sin(2 * np.pi * mesh.nodes) + 0.05 * np.random.default_rng(2).standard_normal(96)
    symbol = pc.convolution_symbol(mesh, h, np_window(name))
    g = g_bar.copy()
    for n in range(5):
        if n:
            g = g + (g_bar - R @ g)  # g_n = g_{n-1} + (ḡ - R g_{n-1}), g_0 = ḡ (eqs 3.8-3.10)
        np.testing.assert_allclose(pc.landweber_sum(g_bar, symbol, n), g, rtol=0, atol=1e-12)
    with pytest.raises(InputError, match="integer >= 0"):
        pc.landweber_sum(g_bar, symbol, 1.5)


def smooth_state(N=4096, a=0.05, b=0.3):
    X = (np.arange(N) + 0.5) / N
    return X + a / (2 * np.pi) * np.sin(2 * np.pi * X), b * np.sin(2 * np.pi * X)


@pytest.mark.parametrize("name,h", [("quartic", 0.1), ("gauss", 0.05)])
def test_closed_stresses_against_explicit_iteration_and_dense_quadrature(name, h):
    N, B = 2048, int(round(8 / h))
    w = np_window(name)
    chain = make_chain(N)
    q, v = smooth_state(N)
    mesh, R = circulant(name, h, B)
    av = pc.averages(q, v, 1.0, h, w, mesh)
    X = mesh.nodes
    d = X[:, None] - X[None, :]
    psi = sum(w.psi((d + k) / h) / h for k in (-1, 0, 1))  # ψ_η(x_α - x_β), periodic images
    for n in (0, 1, 2):
        rho_n, mom_n = av["density"].copy(), av["momentum"].copy()
        for _ in range(n):  # explicit Landweber on the dense circulant
            rho_n = rho_n + (av["density"] - R @ rho_n)
            mom_n = mom_n + (av["momentum"] - R @ mom_n)
        v_n = mom_n / rho_n
        # eq 5.10 with (M/L) J_n = ρ_n by the dense mesh quadrature: every node against every node
        t_c = -mesh.spacing * ((v_n[None, :] - av["velocity"][:, None]) ** 2 * psi * rho_n[None, :]).sum(1)
        closed = pc.closed_stresses(av["density"], av["momentum"], mesh, chain, h, w, n)
        np.testing.assert_allclose(closed["density"], rho_n, rtol=1e-12, atol=0)
        np.testing.assert_allclose(closed["velocity"], v_n, rtol=0, atol=1e-12)
        np.testing.assert_allclose(closed["convective_stress"], t_c, rtol=1e-10, atol=1e-14)
        # eq 5.11: the bonds of the prescribed chain in a cell have N·gap = M̂/ρ_n there (eq 6.7 with ρ_n; M̂ = Δx Σ ρ_n
        # is the mesh's mass, M = 1 up to the quadrature of R_η)
        q_hat = pc.prescribed_positions(rho_n, mesh, N)
        cell = np.floor(q_hat / mesh.spacing).astype(int)
        inside = cell[1:] == cell[:-1]
        mass = mesh.spacing * rho_n.sum()
        assert abs(mass - 1) < 1e-4
        np.testing.assert_allclose(N * np.diff(q_hat)[inside], mass / rho_n[cell[1:][inside]], rtol=1e-10, atol=0)
        np.testing.assert_allclose(closed["interaction_stress"],
                                   pc.interaction_stress(q_hat, chain.bond_forces(q_hat), h, w, mesh), rtol=1e-10, atol=0)
    np.testing.assert_array_equal(pc.closed_stresses(av["density"], av["momentum"], mesh, chain, h, w, 0)["interaction_stress"],
                                  pc.zero_order_interaction_stress(av["density"], mesh, chain, h, w))


@pytest.mark.parametrize("name,h", [("quartic", 0.1), ("gauss", 0.05)])
def test_orders_one_and_two_reduce_the_closure_error_for_a_smooth_state(name, h):
    # measured (N = 4096, mesh η/8): quartic η = 0.1 T_int 6.3e-3, 3.3e-4, 8.0e-5 and T_c 7.0e-2, 4.4e-3, 7.2e-4
    # for n = 0, 1, 2; gauss η = 0.05 T_int 1.0e-2, 7.4e-4, 9.8e-5 and T_c 1.2e-1, 1.1e-2, 1.7e-3
    rows = model.closure_orders(name, h, 2)
    for key in ("interaction_stress", "convective_stress"):
        e0, e1, e2 = (r[key] for r in rows)
        assert e1 < e0 / 8 and e2 < e1 / 2.5, (key, e0, e1, e2)


def test_closed_stresses_refuse_a_density_the_deconvolution_makes_negative():
    w = np_window("quartic")
    h, N = 0.1, 2048
    mesh = pc.Mesh(1.0, 80)
    rho = 1 - 0.95 * np.exp(-((mesh.nodes - mesh.nodes[40]) / 0.02) ** 2)  # a narrow deep dip: 2ρ̄ - Rρ̄ < 0 at its bottom
    with pytest.raises(InputError, match="order-1 deconvolved density .* at node 40"):
        pc.closed_stresses(rho, rho, mesh, make_chain(N), h, w, 1)
    with pytest.raises(InputError, match="positive density"):
        pc.closed_stresses(-rho, rho, mesh, make_chain(N), h, w, 1)
