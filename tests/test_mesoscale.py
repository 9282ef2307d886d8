"""The mesoscale balance laws of seed 002 (symms.numerics.mesoscale): the finite-volume scheme of the closed
system (eqs 6.23-6.24) and the exact cell balances (eqs 2.8-2.9).

Expected values: conservation to rounding (the update is a difference of face fluxes), the linear standing
wave of the sound speed derived by hand below, the linearised zero-order closure's sound speed derived by hand
below (with ψ̂ by scipy quadrature), dense O(N·B) cell integrals written here, the particle simulation's
window averages, and the O(Δt²) of a central difference.  Never the implementation's own output.
"""
import numpy as np
import pytest
from scipy.integrate import quad

from symms.errors import DerivationError, InputError
from symms.models import closure as model
from symms.numerics import mesoscale as ms
from symms.numerics import particle_chain as pc

P, X_STAR, C_R = 3.0, 1.5, 1.0


@pytest.fixture(scope="module")
def window():
    return model.numpy_window(model.window("quartic"))


def chain(N=2000):
    return pc.Chain(N, 1.0, 1.0, model.numpy_pair(P, X_STAR, C_R))


def smooth_chain_state(N, a=0.05, u=0.05, sigma=0.0, seed=1):
    X = (np.arange(N) + 0.5) / N
    q = X + a / (2 * np.pi) * np.sin(2 * np.pi * X)
    v = u * np.sin(2 * np.pi * X) + sigma * np.random.default_rng(seed).standard_normal(N)
    return q, v


# Hand derivation of the sound speed.  The chain's energy (1/N) Σ Φ(N gap) with particle mass M/N gives, in the
# Lagrangian mass coordinate μ, q_tt = ∂_μ Φ'(M q_μ); with ρ = 1/q_μ the bond is ξ = N·gap = M/ρ and the Eulerian
# momentum flux is ρv² - Φ'(M/ρ): pressure P(ρ) = -Φ'(M/ρ), c² = dP/dρ = M Φ''(M/ρ)/ρ².  From eq 7.1 (completed),
# Φ'(ξ) = -C_r x⋆ (ξ^{-p} - x⋆^{-p}), so Φ''(ξ) = C_r x⋆ p ξ^{-p-1}.  At M = L = 1, ρ = 1, ξ = 1: c² = C_r x⋆ p = 4.5.
C = np.sqrt(C_R * X_STAR * P)


def test_hand_sound_speed_matches_the_pair_stiffness():
    rho = np.array([0.8, 1.0, 1.25])
    c = ms.local_sound_speed(chain())(rho)
    np.testing.assert_allclose(c, np.sqrt(C_R * X_STAR * P * (1 / rho) ** (-P - 1)) / rho, rtol=1e-14)
    assert c[1] == pytest.approx(C, rel=1e-14)


def test_mass_and_momentum_are_conserved_to_rounding(window):
    mesh = pc.Mesh(1.0, 64)
    x = mesh.nodes
    rng = np.random.default_rng(5)
    rho = 1 + 0.05 * np.cos(2 * np.pi * x) + 0.01 * rng.standard_normal(64)
    m = rho * (0.05 * np.sin(2 * np.pi * x) + 0.01 * rng.standard_normal(64))
    for system in (ms.zero_order_system(chain(), mesh, 0.05, window), ms.closed_system(chain(), mesh, 0.05, window, 1),
                   ms.local_system(chain(), mesh)):
        r, mm, steps = ms.solve(system, rho, m, [0.02, 0.05])
        assert steps > 10
        assert np.max(np.abs(r - rho)) > 1e-3  # the state moved
        np.testing.assert_allclose(r.sum(axis=1), rho.sum(), rtol=1e-14)
        np.testing.assert_allclose(mm.sum(axis=1), m.sum(), rtol=0, atol=1e-14 * np.abs(m).sum())


def test_uniform_state_moving_uniformly_stays_uniform(window):
    # ρ, v constant: the closure (eq 6.8) on equally spaced prescribed particles gives the same T at every node,
    # so every face flux is equal and nothing changes (Galilean: the state only translates into itself).
    mesh = pc.Mesh(1.0, 32)
    rho = np.full(32, 1.1)
    r, m, _ = ms.solve(ms.zero_order_system(chain(), mesh, 0.1, window), rho, 0.3 * rho, [0.05])
    np.testing.assert_allclose(r[-1], 1.1, rtol=1e-13)
    np.testing.assert_allclose(m[-1], 0.33, rtol=1e-13)


def standing_wave_error(B, eps=1e-4):
    # linear acoustics: ρ = 1 + ε cos(2πx) cos(2πct), v = ε c sin(2πx) sin(2πct)·(1/1) to first order
    mesh = pc.Mesh(1.0, B)
    x = mesh.nodes
    t = 0.3 / C
    r, m, _ = ms.solve(ms.local_system(chain(), mesh), 1 + eps * np.cos(2 * np.pi * x), 0 * x, [t])
    exact_rho = 1 + eps * np.cos(2 * np.pi * x) * np.cos(2 * np.pi * C * t)
    exact_m = eps * C * np.sin(2 * np.pi * x) * np.sin(2 * np.pi * C * t)
    return max(np.max(np.abs(r[-1] - exact_rho)), np.max(np.abs(m[-1] - exact_m)) / C) / eps


def test_linear_standing_wave_of_the_local_equation_of_state_converges_at_second_order():
    errors = [standing_wave_error(B) for B in (32, 64, 128)]
    assert errors[-1] < 1e-3
    assert errors[0] / errors[1] > 3.5 and errors[1] / errors[2] > 3.5


def test_linearised_zero_order_closure_propagates_at_the_smoothed_sound_speed(window):
    # Hand derivation.  Linearise eq 6.8 about ρ = 1: the prescribed particles carry the piecewise-constant
    # interpolant ρ̂ of the node values (cells of width Δx centred on the nodes), and T_int,0 = ψ_η * Φ'(M/ρ̂), so
    # T' = -c² ψ_η * ρ̂'.  On the mode cos kx sampled at the nodes, ψ_η * ρ̂' at a node is ψ̂(ηk) sinc(kΔx/2) cos kx
    # (plus aliases at k + 2πn/Δx, negligible here).  The closed system is then acoustics with
    # c_eff² = c² ψ̂(ηk) sinc(kΔx/2): a standing wave reaches its zero crossing at t = 1/(4 c_eff).  The exact
    # averaged linear dynamics propagates ρ̄ = ψ_η * ρ at c (averaging commutes with the linear flux), so the
    # closure's speed is too low by a factor √ψ̂(ηk): an O(η²k²) dispersion error.
    mesh = pc.Mesh(1.0, 64)
    x = mesh.nodes
    k, eps, eta = 2 * np.pi, 1e-4, 0.2
    psi_hat = quad(lambda y: 15 / 16 * (1 - y * y) ** 2 * np.cos(eta * k * y), -1, 1)[0]
    half = k * mesh.spacing / 2
    c_eff = C * np.sqrt(psi_hat * np.sin(half) / half)
    assert c_eff / C < 0.95  # the effect is large enough to be seen
    amplitude = {}
    for name, system in (("closure", ms.zero_order_system(chain(), mesh, eta, window)), ("local", ms.local_system(chain(), mesh))):
        r, _, _ = ms.solve(system, 1 + eps * np.cos(k * x), 0 * x, [1 / (4 * c_eff)])
        amplitude[name] = 2 * np.mean((r[-1] - 1) * np.cos(k * x)) / eps  # cos(ω t) = 0 at the predicted speed
    assert abs(amplitude["closure"]) < 5e-3
    assert abs(amplitude["local"]) > 0.05  # the local equation of state is faster: past the zero crossing


def test_zero_order_closure_is_ill_posed_where_the_window_transform_is_negative(window):
    # The same linearisation: ρ'' = -c² k² ψ̂(ηk) sinc(kΔx/2) ρ'.  The quartic's ψ̂ is negative for ηk beyond its first
    # zero ω₀ = 5.763, so there the mode grows like exp(γt), γ = c k √(|ψ̂| sinc): on a mesh with η/Δx > ω₀/π = 1.83 the
    # closed model (6.23-6.24) is ill-posed.  B = 64, η = 0.2 (η/Δx = 12.8), mode 6: ηk = 7.54, ψ̂ = -0.036, γ = 15.0.
    # The scheme's dissipation lowers the rate a little; the local equation of state only oscillates.
    mesh = pc.Mesh(1.0, 64)
    x = mesh.nodes
    eta, k, eps = 0.2, 2 * np.pi * 6, 1e-6
    psi_hat = quad(lambda y: 15 / 16 * (1 - y * y) ** 2 * np.cos(eta * k * y), -1, 1)[0]
    half = k * mesh.spacing / 2
    gamma = C * k * np.sqrt(-psi_hat * np.sin(half) / half)
    assert psi_hat < 0 and gamma == pytest.approx(15.0, abs=0.1)
    times = [0.3, 0.4]
    amplitude = {}
    for name, system in (("closure", ms.zero_order_system(chain(500), mesh, eta, window)), ("local", ms.local_system(chain(), mesh))):
        r, _, _ = ms.solve(system, 1 + eps * np.cos(k * x), 0 * x, times)
        amplitude[name] = [2 * np.mean((rr - 1) * np.cos(k * x)) / eps for rr in r]
    rate = np.log(amplitude["closure"][1] / amplitude["closure"][0]) / 0.1
    assert 0.7 * gamma < rate <= gamma
    assert max(map(abs, amplitude["local"])) <= 1.0


def test_closed_system_tracks_the_particle_averages_of_a_smooth_state(window):
    # σ = 0, small amplitude: the particle chain's window averages and the closed mesoscale system started from
    # the same averages agree to a small fraction of how much the averages changed over the run.
    N, eta = 4000, 0.05
    ch = chain(N)
    mesh = pc.Mesh(1.0, 64)
    q0, v0 = smooth_chain_state(N)
    dt = 0.2 / ch.omega_max(q0)
    steps = int(np.ceil(0.2 / dt))
    times, Q, V = pc.verlet(ch, q0, v0, 0.2 / steps, steps, steps, backend="c")
    start, end = (pc.averages(q, v, 1.0, eta, window, mesh) for q, v in ((Q[0], V[0]), (Q[-1], V[-1])))
    change = np.max(np.abs(end["density"] - start["density"]))
    assert change > 0.03  # a ≈ 0.05: the wave moved
    for system in (ms.zero_order_system(ch, mesh, eta, window), ms.local_system(ch, mesh)):
        r, m, _ = ms.solve(system, start["density"], start["momentum"], [times[-1]])
        assert np.max(np.abs(r[-1] - end["density"])) < 0.05 * change
        assert np.max(np.abs(m[-1] / r[-1] - end["velocity"])) < 0.05 * np.max(np.abs(end["velocity"]))


def dense_cell_integrals(q, w, eta, window, mesh):
    edges = np.arange(mesh.points + 1) * mesh.spacing
    total = np.zeros(mesh.points)
    for image in (-1, 0, 1):
        Psi = window.antiderivative((edges[:, None] - q[None, :] - image * mesh.length) / eta)
        total += ((Psi[1:] - Psi[:-1]) * w[None, :]).sum(axis=1)
    return total


def test_cell_integrals_match_a_dense_evaluation_and_quadrature(window):
    rng = np.random.default_rng(2)
    mesh = pc.Mesh(1.0, 16)
    q = np.sort(rng.uniform(0, 1, 40))
    w = rng.standard_normal(40)
    fast = ms.cell_integrals(q, w, 0.1, window, mesh)
    np.testing.assert_allclose(fast, dense_cell_integrals(q, w, 0.1, window, mesh), rtol=0, atol=1e-13)
    # one cell by quadrature of the averaged field itself (images included)
    field = lambda y: sum(wj * window.psi(((y - qj + 0.5) % 1.0 - 0.5) / 0.1) / 0.1 for qj, wj in zip(q, w))
    value, _ = quad(field, 3 * mesh.spacing, 4 * mesh.spacing, limit=200, epsabs=1e-12)
    assert fast[3] == pytest.approx(value, abs=1e-9)
    np.testing.assert_allclose(fast.sum(), w.sum(), rtol=1e-13)  # the window has unit mass


def test_exact_cell_balances_hold_to_second_order_in_the_time_step(window):
    N, eta = 1000, 0.05
    ch = chain(N)
    mesh = pc.Mesh(1.0, 32)
    q0, v0 = smooth_chain_state(N, sigma=0.05)
    residuals = []
    for factor in (0.2, 0.1):
        dt = factor / ch.omega_max(q0)
        lead = int(round(2e-3 / dt))  # the same instant for both steps
        _, Q, V = pc.verlet(ch, q0, v0, dt, lead, lead)
        _, Q3, V3 = pc.verlet(ch, Q[-1], V[-1], dt, 2, 1)
        states = list(zip(Q3, V3))
        residuals.append(ms.balance_residuals(ch, *states, dt, eta, window, mesh))
        if factor == 0.2:  # negative control: time running backwards breaks the balance at O(1)
            wrong = ms.balance_residuals(ch, states[2], states[1], states[0], dt, eta, window, mesh)
            assert min(wrong) > 1.0
    (mass_c, mom_c), (mass_f, mom_f) = residuals
    assert max(mass_c, mom_c) < 5e-3
    assert 3 < mom_c / mom_f < 5 and 3 < mass_c / mass_f < 5  # central difference: O(dt²)


def test_bad_input_is_refused(window):
    mesh = pc.Mesh(1.0, 16)
    system = ms.local_system(chain(), mesh)
    rho = np.ones(16)
    with pytest.raises(InputError, match="increasing"):
        ms.solve(system, rho, 0 * rho, [0.1, 0.05])
    with pytest.raises(InputError, match="CFL"):
        ms.solve(system, rho, 0 * rho, [0.1], cfl=0.9)
    with pytest.raises(InputError, match="16 mesh nodes"):
        ms.solve(system, np.ones(8), np.zeros(8), [0.1])
    with pytest.raises(DerivationError, match="non-positive"):
        ms.solve(system, rho - 1.5 * (np.arange(16) == 3), 0 * rho, [0.01])
    with pytest.raises(InputError, match="positive density"):
        ms.solve(ms.zero_order_system(chain(), mesh, 0.1, window), rho - 1.5 * (np.arange(16) == 3), 0 * rho, [0.01])
    with pytest.raises(InputError, match="below the mesh spacing"):
        ms.zero_order_system(chain(), mesh, 0.01, window)
