"""The 1D quantum chain of seed 001 §4 (eqs 4.13-4.20).

Expected values come from hand derivations written here (the uniform state, the Noether first
integral, the dn-wave ground state of V = -g u² in Jacobi elliptic functions, Weinstein's sharp
constant), from an independent dense Newton solver in z written here, and from central
differences of W_CB; never from the implementation's own output.
"""
import json

import numpy as np
import pytest
import sympy as sp
from scipy.integrate import quad
from scipy.optimize import brentq
from scipy.special import ellipe, ellipj, ellipk

from symms.errors import DerivationError, InputError
from symms.model_file import kernel_entries
from symms.models import quantum_chain as model
from symms.numerics import quantum_chain as qc

u = model.u
DEFAULT = "u**3 - 8*u**2"


def functions(text):
    return model.fibre_functions(model.expressions(model.parse_potential(text)))


@pytest.fixture(scope="module")
def default_fn():
    return functions(DEFAULT)


@pytest.fixture(scope="module")
def built():
    return model.build(DEFAULT, 1.5, 2.0)


# --------------------------------------------------------------------------- symbolic side

def test_first_integral_by_hand():
    """d/dz(-ψ_z² + V(ψ²) - λψ²) = -2ψ_z(ψ_zz - V'(ψ²)ψ + λψ): zero on eq 4.17, while the seed's
    S = ψ_z² + V - λψ² = e + 2ψ_z² has S' = 4ψ_z ψ_zz on solutions, zero only where ψ_z ψ_zz = 0."""
    z, lam = sp.symbols("z lambda")
    psi = sp.Function("psi")(z)
    V = sp.Function("V")
    e = -psi.diff(z) ** 2 + V(psi ** 2) - lam * psi ** 2
    on_solutions = {psi.diff(z, 2): (V(psi ** 2).diff(psi) / (2 * psi) - lam) * psi}   # eq 4.17, V' = dV/du
    assert sp.simplify(e.diff(z).subs(on_solutions)) == 0
    S = psi.diff(z) ** 2 + V(psi ** 2) - lam * psi ** 2
    assert sp.simplify(S.diff(z).subs(on_solutions)) != 0
    # the model's Noether formula gives the same e for a concrete V
    p, pz = sp.symbols("p p_z")
    Vc = -8 * u ** 2 + u ** 3
    f = pz ** 2 + Vc.subs(u, p ** 2) - lam * p ** 2
    assert sp.expand(model.first_integral_of(f, p, pz) - (-pz ** 2 + Vc.subs(u, p ** 2) - lam * p ** 2)) == 0


def test_kernel_sources_by_hand():
    """w = φ_s²/L² + L V(φ²/L), r = φ_ss/L² - V'(φ²/L)φ, ∂w/∂L = -2φ_s²/L³ + V(x) - x V'(x) (x = φ²/L)."""
    ex = model.expressions(-8 * u ** 2 + u ** 3)
    phi, dphi, d2phi, L, lam = model.phi, model.dphi, model.d2phi, model.L, model.lam
    x = phi ** 2 / L
    V, dV = -8 * x ** 2 + x ** 3, -16 * x + 3 * x ** 2
    hand = {"energy_density": dphi ** 2 / L ** 2 + L * V, "fibre_force": d2phi / L ** 2 - dV * phi,
            "stress_density": -2 * dphi ** 2 / L ** 3 + V - x * dV,
            "first_integral": -dphi ** 2 / L ** 3 + V - lam * x}
    for name, expr in hand.items():
        assert sp.expand(ex[name] - expr) == 0, name


# --------------------------------------------------------------------------- ground state

@pytest.mark.parametrize("text, A", [("u**2 + u", 1.5), ("-2*u**2", 0.5), ("u**2 - 2*u**3", 1.5)])
def test_uniform_ground_state_closed_form(text, A):
    """Stable uniform state ψ = L^{-1/2}: ψ_z = 0, so W = L V(1/L), λ = V'(1/L) and
    F = dW/dL = V(1/L) - V'(1/L)/L.  The seed's (4.16) agrees there; its (4.19) over [0, L]
    gives ∫V dz - λ/L = L V(1/L) - V'(1/L)/L, off by (L - 1) V(1/L)."""
    V = sp.lambdify(u, model.parse_potential(text))
    dV = sp.lambdify(u, sp.diff(model.parse_potential(text), u))
    Lc = 1 + A
    W, lam, F = Lc * V(1 / Lc), dV(1 / Lc), V(1 / Lc) - dV(1 / Lc) / Lc
    fn = functions(text)
    gs = qc.ground_state(fn, Lc, qc.Grid(33), tol=1e-12)
    np.testing.assert_allclose([gs.W, gs.lam, gs.F, gs.F_partial], [W, lam, F, F], rtol=1e-12, atol=1e-12)
    assert np.ptp(gs.phi) < 1e-10
    formulas = model.stress_formulas(fn, gs, F)
    np.testing.assert_allclose(formulas["seed_S_at_max_slope"], F, rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(formulas["seed_4_19_deformed_cell"] - F, (Lc - 1) * V(1 / Lc), rtol=1e-10, atol=1e-12)


def dn_wave(g, Lc):
    """Ground state of V = -g u² above the threshold g L > π² in closed form (derived by hand).

    ψ = a dn(bz | m) solves ψ_zz = -λψ - 2gψ³ when dn'' = (2 - m) dn - 2 dn³ is matched:
    a² = b²/g, λ = -b²(2 - m); one hump per cell: b L = 2K(m); ∫ψ² = (a²/b) 2E(m) = 1 gives
    K(m) E(m) = gL/4 (m → 0 recovers the threshold gL = π²).  With ∫_0^K dn² = E,
    ∫_0^K dn⁴ = [2(2 - m)E - (1 - m)K]/3 and dn'² = -dn⁴ + (2 - m)dn² - (1 - m):
    W = a² b ∫_0^{2K} dn'² - g (a⁴/b) ∫_0^{2K} dn⁴.
    """
    p = brentq(lambda p: ellipk(1 - p) * ellipe(1 - p) - g * Lc / 4, 1e-300, 1 - 1e-15, xtol=1e-300, rtol=1e-15)
    m = 1 - p
    K, E = ellipk(m), ellipe(m)
    b = 2 * K / Lc
    a2, lam = b * b / g, -b * b * (2 - m)
    dn4 = 2 * (2 * (2 - m) * E - (1 - m) * K) / 3
    dn_z2 = -dn4 + (2 - m) * 2 * E - (1 - m) * 2 * K
    return a2 * b * dn_z2 - g * a2 * a2 / b * dn4, lam, (m, b, a2)


def test_dn_wave_closed_form_and_stress():
    """Non-uniform ground state of V = -8u² at L = 2.5 (gL = 20 > π²) against the elliptic closed form:
    W, λ, the profile, and F against the central difference of the closed-form W(L)."""
    g, Lc = 8.0, 2.5
    W, lam, (m, b, a2) = dn_wave(g, Lc)
    # the closed form itself, against quadrature of the elliptic functions (guards the hand algebra)
    sn = lambda z: ellipj(b * z, m)
    quadW = quad(lambda z: a2 * (b * m * sn(z)[0] * sn(z)[1]) ** 2 - g * a2 ** 2 * sn(z)[2] ** 4, 0, Lc, limit=400)[0]
    np.testing.assert_allclose(quadW, W, rtol=1e-9, atol=0)
    h = 1e-4
    F = (dn_wave(g, Lc + h)[0] - dn_wave(g, Lc - h)[0]) / (2 * h)
    gs = qc.ground_state(functions("-8*u**2"), Lc, qc.Grid(129), tol=1e-12)
    np.testing.assert_allclose([gs.W, gs.lam], [W, lam], rtol=1e-10, atol=0)
    np.testing.assert_allclose(gs.psi, np.sqrt(a2) * ellipj(b * gs.z, m)[2], rtol=0, atol=1e-9)
    np.testing.assert_allclose([gs.F, gs.F_partial], [F, F], rtol=1e-6, atol=1e-9)


def dense_newton(V, Lc, n, guess, iterations=30):
    """An independent solver: Newton on (ψ, λ) in z with the dense Fourier differentiation matrix
    (odd n: D_jk = (π/L) (-1)^{j-k} / sin(π(j-k)/n)), pinned by ψ_z(0) = 0; least squares for the
    bordered, translation-singular Jacobian."""
    j = np.arange(n)
    diff = j[:, None] - j[None, :]
    with np.errstate(divide="ignore"):
        D = np.where(diff == 0, 0.0, (np.pi / Lc) * (-1.0) ** diff / np.sin(np.pi * diff / n))
    z = Lc * j / n
    np.testing.assert_allclose(D @ np.sin(2 * np.pi * z / Lc), 2 * np.pi / Lc * np.cos(2 * np.pi * z / Lc), atol=1e-10)
    D2 = D @ D
    dV, d2V = (sp.lambdify(u, sp.diff(V, u, k)) for k in (1, 2))
    psi = guess / np.sqrt(Lc / n * np.sum(guess ** 2))
    lam = Lc / n * np.sum((D @ psi) ** 2 + dV(psi ** 2) * psi ** 2)    # the guess's Rayleigh quotient
    for _ in range(iterations):
        G = np.concatenate([-D2 @ psi + dV(psi ** 2) * psi - lam * psi, [Lc / n * psi @ psi - 1, D[0] @ psi]])
        J = np.zeros((n + 2, n + 1))
        J[:n, :n] = -D2 + np.diag(dV(psi ** 2) + 2 * d2V(psi ** 2) * psi ** 2 - lam)
        J[:n, n] = -psi
        J[n, :n] = 2 * Lc / n * psi
        J[n + 1, :n] = D[0]
        step = np.linalg.lstsq(J, -G, rcond=None)[0]
        psi, lam = psi + step[:n], lam + step[n]
    Vf = sp.lambdify(u, V)
    psi_z = D @ psi
    W = Lc / n * np.sum(psi_z ** 2 + Vf(psi ** 2))
    F = (Lc / n * np.sum(Vf(psi ** 2) - psi_z ** 2) - lam) / Lc    # corrected eq 4.19, evaluated in z
    return W, lam, F, np.abs(G).max()


@pytest.mark.parametrize("text, A", [(DEFAULT, 1.5), (DEFAULT, 1.0), ("-12*u**2*exp(-u/2)", 1.5)])
def test_gradient_flow_against_dense_newton(text, A):
    Lc, n = 1 + A, 65
    V = model.parse_potential(text)
    _, _, (m, b, a2) = dn_wave(8.0, Lc)                                # a nearby hump as Newton's start
    guess = np.sqrt(a2) * ellipj(b * Lc * np.arange(n) / n, m)[2]
    W, lam, F, residual = dense_newton(V, Lc, n, guess)
    assert residual < 1e-10
    gs = qc.ground_state(functions(text), Lc, qc.Grid(n), tol=1e-12)
    np.testing.assert_allclose([gs.W, gs.lam, gs.F], [W, lam, F], rtol=1e-10, atol=1e-11)


@pytest.mark.parametrize("text, A", [(DEFAULT, 1.5), (DEFAULT, 2.0), ("-6*u**2", 1.5), ("-12*u**2*exp(-u/2)", 1.5),
                                     ("3*u - 5*u**2 + 2*u**(5/2)", 2.5)])
def test_stress_equals_finite_difference_and_seed_formulas_do_not(text, A):
    """F (corrected 4.19), e(z) at the steepest point, ∂W/∂A at fixed φ: all = dW_CB/dA by central
    differences; the seed's S(z) there, and (4.19) in either reading, are off (non-uniform states)."""
    fn, grid = functions(text), qc.Grid(65)
    gs = qc.ground_state(fn, 1 + A, grid, tol=1e-12)
    assert np.ptp(gs.phi) > 0.1 and model.uniform_instability(model.parse_potential(text), A) > 0
    h = 1e-3
    W = lambda a: qc.ground_state(fn, 1 + a, grid, tol=1e-12).W
    fd = (8 * (W(A + h / 2) - W(A - h / 2)) - (W(A + h) - W(A - h))) / (6 * h)  # Richardson, written out
    f = model.stress_formulas(fn, gs, fd)
    for key in ("corrected_4_19", "partial_dW_dA", "e_at_peak", "e_at_max_slope"):
        np.testing.assert_allclose(f[key], fd, rtol=1e-9, atol=1e-10, err_msg=key)
    for key in ("seed_S_at_max_slope", "seed_4_19_deformed_cell", "seed_4_19_cell_mean"):
        assert abs(f[key] - fd) > 1e-2, key
    np.testing.assert_allclose(f["seed_S_at_peak"], fd, rtol=1e-9, atol=1e-10)  # ψ_z(0) = 0: the seed agrees


def test_first_integral_constant_and_grid_convergence(default_fn):
    """Spectral convergence: the spread of e(z) and the error of F fall by orders of magnitude per doubling."""
    ref = qc.ground_state(default_fn, 2.5, qc.Grid(129), tol=1e-12)
    rows = [qc.ground_state(default_fn, 2.5, qc.Grid(n), tol=1e-12) for n in (9, 17, 33)]
    spreads = [gs.spread for gs in rows]
    errors = [abs(gs.F - ref.F) for gs in rows]
    assert spreads[0] > 1e-2 and spreads[1] < spreads[0] / 20 and spreads[2] < spreads[1] / 1e4
    assert errors[1] < errors[0] / 1e3 and errors[2] < 1e-10
    assert ref.spread < 1e-9


def test_solver_refuses_bad_input(default_fn):
    grid = qc.Grid(33)
    for Lc in (0.0, -0.5):
        with pytest.raises(InputError, match="must be positive"):
            qc.ground_state(default_fn, Lc, grid)
    with pytest.raises(DerivationError, match=r"residual .* after 3 iterations"):
        qc.ground_state(default_fn, 2.5, grid, max_iter=3)
    with pytest.raises(InputError, match="odd number"):
        qc.Grid(32)
    for dt in (0.0, -0.01):
        with pytest.raises(InputError, match="time step must be positive"):
            qc.relax(default_fn, grid, 2.5, 0.2, 1.0, dt, 1.0)
    with pytest.raises(InputError, match="fastest mode"):
        qc.relax(default_fn, grid, 2.5, 0.2, 1.0, 0.1, 1.0)


# --------------------------------------------------------------------------- the growth rule

@pytest.mark.parametrize("text", [DEFAULT, "-u**2.9", "-2*u**3 + u", "-u**3/log(u + 2)", "exp(-u) - u**2", "exp(u)"])
def test_growth_rule_accepts(text):
    assert model.growth_rule(model.parse_potential(text))


@pytest.mark.parametrize("text, match", [("-u**4", "unbounded below"), ("-u**3.1", "unbounded below"),
                                         ("-5/2*u**3", "pi"), ("-pi**2/4*u**3 + u**2", "critical"),
                                         ("-exp(u)", "unbounded below"), ("-u**3*log(u + 1)", "faster than u"),
                                         ("log(u)", "finite at u = 0"), ("1/u", "finite at u = 0"),
                                         ("u*log(u)", "V'"), ("sqrt(u - 1)", "real and continuous"),
                                         ("u*sin(u)", "cannot decide"), ("x*u", "unknown name")])
def test_growth_rule_refuses_in_one_line(text, match):
    with pytest.raises(InputError, match=match) as info:
        model.parse_potential(text)
    assert "\n" not in str(info.value)


def test_growth_rule_verified_on_concentrating_profiles():
    """ψ_ε = ε^{-1/2} Q(z/ε), Q ∝ sech^{1/2}(2z) normalised: by hand ∫Q² = π/2, ∫Q_z² = π/4, ∫Q⁶ = π/4, so
    ∫Q̂_z² = 1/2 and ∫Q̂⁶ = 2/π² (ratio π²/4, Weinstein's constant); W(ψ_ε) for V = -c u^q is
    ε^{-2}∫Q̂_z² - c ε^{1-q}∫Q̂^{2q}.  Checked by quadrature, then its limit ε → 0."""
    sech = lambda y: 2 * np.exp(-abs(y)) / (1 + np.exp(-2 * abs(y)))
    Q = lambda z: sech(2 * z) ** 0.5
    dQ = lambda z: -sech(2 * z) ** 0.5 * np.tanh(2 * z)
    norm = quad(lambda z: Q(z) ** 2, -np.inf, np.inf)[0]
    np.testing.assert_allclose(norm, np.pi / 2, rtol=1e-10, atol=0)
    K = quad(lambda z: dQ(z) ** 2, -np.inf, np.inf)[0] / norm
    P = lambda q: quad(lambda z: Q(z) ** (2 * q), -np.inf, np.inf)[0] / norm ** q
    np.testing.assert_allclose([K, P(3)], [0.5, 2 / np.pi ** 2], rtol=1e-10, atol=0)
    np.testing.assert_allclose(K / P(3), float(model.CRITICAL_CUBIC), rtol=1e-10, atol=0)

    def W(eps, c, q):
        return K / eps ** 2 - c * eps ** (1 - q) * P(q)

    eps = np.array([1e-2, 1e-3, 1e-4])
    assert np.all(np.diff(W(eps, 1.0, 3.2)) < 0) and W(1e-4, 1.0, 3.2) < -1e7      # q > 3: to -oo
    small = np.array([1e-5, 1e-6, 1e-7])
    assert np.all(np.diff(W(small, 10.0, 2.8)) > 0) and W(1e-7, 10.0, 2.8) > 1e12  # q < 3: to +oo
    assert W(1e-4, 1.05 * np.pi ** 2 / 4, 3) < -1e6 < 1e6 < W(1e-4, 0.95 * np.pi ** 2 / 4, 3)


def test_uniform_instability_threshold_matches_the_dn_wave():
    """-V''(1/L) L - 2π² for V = -g u² is 2gL - 2π²: zero exactly at the dn-wave threshold gL = π²."""
    V = -8 * u ** 2
    for A in (np.pi ** 2 / 8 - 1 - 0.05, np.pi ** 2 / 8 - 1 + 0.05):
        np.testing.assert_allclose(model.uniform_instability(V, A), 16 * (1 + A) - 2 * np.pi ** 2, rtol=1e-12, atol=1e-9)
    gs_below = qc.ground_state(functions("-8*u**2"), np.pi ** 2 / 8 - 0.1, qc.Grid(33), tol=1e-12)
    gs_above = qc.ground_state(functions("-8*u**2"), np.pi ** 2 / 8 + 0.1, qc.Grid(33), tol=1e-12)
    assert np.ptp(gs_below.phi) < 1e-8 < 1e-2 < np.ptp(gs_above.phi)


# --------------------------------------------------------------------------- dynamics

def test_relaxation_decreases_energy_and_reaches_the_quasi_static_stress(default_fn):
    grid, Lc, m = qc.Grid(33), 2.5, 0.2
    gs = qc.ground_state(default_fn, Lc, grid, tol=1e-12)
    run = qc.relax(default_fn, grid, Lc, m, 1.0, 0.01, 12.0)
    assert np.all(np.diff(run.H) <= 1e-13 * np.abs(run.H[:-1]))       # H = W + m∫φ_t² never increases
    assert run.H[0] - run.H[-1] > 0.1
    np.testing.assert_allclose([run.W[-1], run.F[-1], run.F_partial[-1], run.lam[-1]], [gs.W, gs.F, gs.F, gs.lam],
                               rtol=1e-9, atol=1e-10)
    assert run.spread[0] > 0.5 and run.spread[-1] < 2 * gs.spread + 1e-12  # e(z) is constant only at rest
    # by hand: λ(t) = ∫(ψ_z² + V'ψ²) - m∫φ_t², so the corrected (4.19) with λ(t) exceeds ∂W/∂A|_φ by (m/L)∫φ_t²
    np.testing.assert_allclose(run.F - run.F_partial, (run.H - run.W) / Lc, rtol=0, atol=1e-12)
    np.testing.assert_allclose(np.mean(run.phi ** 2), 1.0, rtol=0, atol=1e-13)


def test_rattle_without_damping_conserves_energy(default_fn):
    grid = qc.Grid(33)
    drifts = []
    for dt in (0.01, 0.005):
        run = qc.relax(default_fn, grid, 2.5, 0.2, 0.0, dt, 2.0)
        drifts.append(np.ptp(run.H))
    assert drifts[0] < 1e-3 and 3 < drifts[0] / drifts[1] < 5           # bounded O(dt²) error, no drift


def test_pulse_converges_to_the_cauchy_born_closure_as_m_falls(default_fn):
    """Eq 4.20 vs the closure: errors fall like m (adiabatic limit), energy conserved (η = 0)."""
    study = model.pulse_study(default_fn, 1.5, 2.0)
    rows, cb, first = study.rows, study.closure, study.runs[0]
    errors = [r["u_rel_error"] for r in rows]
    ratios = [a / b for a, b in zip(errors, errors[1:])]
    assert errors[0] > 5e-4 and all(3 < q < 5 for q in ratios)          # m falls by 4 per row
    assert all(r["energy_drift"] < 1e-9 for r in rows)
    np.testing.assert_allclose(np.mean(first.phi ** 2, axis=1), 1.0, rtol=0, atol=1e-12)
    np.testing.assert_allclose(np.mean(first.phi * first.pi, axis=1), 0.0, rtol=0, atol=1e-12)
    # the closure's stress is dW_CB/dA: against a central difference of the ground-state energy
    grid = qc.Grid(model.DYNAMIC_POINTS)
    W = lambda a: qc.ground_state(default_fn, 1 + a, grid, tol=1e-12).W
    np.testing.assert_allclose(cb.F(1.51), (W(1.511) - W(1.509)) / 0.002, rtol=1e-5, atol=1e-8)


def test_lagrange_basis_is_exact_for_polynomials():
    nodes = 1.5 + 0.03 * np.cos(np.pi * np.arange(9) / 8)
    x = np.linspace(1.47, 1.53, 11)
    p = np.polynomial.Polynomial([0.3, -1.0, 2.0, 0.5, -3.0, 1.0, 0.2, -0.7, 0.9])   # degree 8
    np.testing.assert_allclose(qc.lagrange_basis(nodes, x) @ p(nodes), p(x), rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(qc.lagrange_basis(nodes, x, derivative=True) @ p(nodes), p.deriv()(x), rtol=1e-8, atol=1e-8)


def test_pulse_with_uniform_fibres_is_the_closure():
    """Negative control of the comparison: a uniform ground state φ ≡ 1 (in s) never moves, so eq 4.20
    is the closure exactly, here with the closed-form F(A) = V(1/L) - V'(1/L)/L of V = u² + u."""
    fn, grid = functions("u**2 + u"), qc.Grid(9)
    macro = qc.MacroGrid(32, 0.5, 0.5)
    u0 = 0.02 * np.exp(-(macro.x - 8) ** 2 / 8)
    run = qc.coupled_solve(fn, grid, macro, u0, np.ones((32, 9)), 0.05, 0.0, 0.005, 400)
    F = lambda A: (1 / (1 + A)) ** 2 + 1 / (1 + A) - (2 / (1 + A) + 1) / (1 + A)
    u_cb = qc.closure_solve(F, macro, u0, 0.005, 400)
    assert np.abs(u_cb - u0).max() > 1e-3                                 # the pulse did move
    np.testing.assert_allclose(run.u, u_cb, rtol=0, atol=1e-13)
    np.testing.assert_allclose(run.phi, 1.0, rtol=0, atol=1e-13)


def test_ill_posed_macro_equation_is_refused(default_fn):
    with pytest.raises(InputError, match="ill-posed"):
        model.pulse_study(default_fn, 1.5, 0.0)


# --------------------------------------------------------------------------- generated kernels

def test_solver_on_generated_kernels(tmp_path, default_fn):
    """Emit the four kernels through the pipeline's emitters, verify them against 50-digit mpmath, load
    numpy and C, and run the ground state and the relaxation on them."""
    from symms.model import DerivedModel
    from symms.output import write_files
    from symms.pipeline import emit, load_backend, verify_folder

    ex = model.expressions(model.parse_potential(DEFAULT))
    kernels_only = DerivedModel("quantum-chain", "kernels", {}, "kernels", "test", kernels=model.kernels(ex))
    folder = write_files(tmp_path, "quantum-chain", "kernels", emit(kernels_only, "test"), "test")
    checks = verify_folder(folder)
    assert checks and all(c.passed for c in checks), [c.line() for c in checks if not c.passed]
    entries = {e["name"]: e for e in kernel_entries(json.loads((folder / "model.json").read_text()))}
    grid = qc.Grid(65)
    ref = qc.ground_state(default_fn, 2.5, grid, tol=1e-12)
    for backend in ("numpy", "c"):
        fn = qc.FibreFunctions(**{name: load_backend(folder, entries[name], backend) for name in model.KERNELS})
        gs = qc.ground_state(fn, 2.5, grid, tol=1e-12)
        np.testing.assert_allclose([gs.W, gs.lam, gs.F], [ref.W, ref.lam, ref.F], rtol=1e-12, atol=1e-13)
        run = qc.relax(fn, qc.Grid(33), 2.5, 0.2, 1.0, 0.01, 1.0)
        base = qc.relax(default_fn, qc.Grid(33), 2.5, 0.2, 1.0, 0.01, 1.0)
        np.testing.assert_allclose(run.F, base.F, rtol=1e-11, atol=1e-12)
        with pytest.raises(InputError, match="cell length"):
            fn.energy_density(np.ones(3), np.zeros(3), -1.0)


# --------------------------------------------------------------------------- the derived model

def test_build_results(built):
    r = built.results
    assert {"W", "lambda", "F", "dWdA_fd", "A", "potential"} <= set(r)
    assert r["A"] == 1.5 and r["potential"] == "u**3 - 8*u**2" and r["ground_state"] == "non-uniform"
    np.testing.assert_allclose(r["F"], r["dWdA_fd"], rtol=1e-9, atol=1e-11)
    f = r["stress_formulas"]
    assert abs(f["seed_S_at_max_slope"] - r["dWdA_fd"]) > 1.0
    names = {t.name for s in built.sections for t in s.tables} | {g.name for s in built.sections for g in s.figures}
    assert names == {"stress_formulas", "grid_convergence", "pulse_errors", "relaxation", "pulse"}
    assert [k.name for k in built.kernels] == list(model.KERNELS)


def test_build_refuses_bad_input():
    with pytest.raises(InputError, match="unbounded below"):
        model.build("-u**4", 1.5, 2.0)
    with pytest.raises(InputError, match="A > -1|must be > -1"):
        model.build(DEFAULT, -1.0, 2.0)


def test_registry_entry():
    from symms.derivations.quantum_chain import DERIVATION

    params = DERIVATION.resolve(potential=DEFAULT, A="1.5")
    assert params == {"potential": DEFAULT, "A": 1.5, "ion_stiffness": 2.0}
    with pytest.raises(InputError, match="-1"):
        DERIVATION.resolve(A=-2)


@pytest.mark.slow
def test_derive_end_to_end_is_reproducible(tmp_path, monkeypatch):
    """``symms derive quantum-chain`` twice: checks pass, results.json has the keys and is byte-identical."""
    from symms import pipeline, registry
    from symms.derivations.quantum_chain import DERIVATION

    monkeypatch.setattr(registry, "_CACHE", {**registry.all_derivations(), DERIVATION.name: DERIVATION})
    reports = [pipeline.derive("quantum-chain", out=tmp_path / name, potential=DEFAULT, A=1.5) for name in "ab"]
    for report in reports:
        assert report.passed, [c.line() for c in report.checks if not c.passed]
    a, b = (report.folder / "results.json" for report in reports)
    assert a.read_bytes() == b.read_bytes()
    results = json.loads(a.read_text())
    np.testing.assert_allclose(results["F"], results["dWdA_fd"], rtol=1e-9, atol=1e-11)
