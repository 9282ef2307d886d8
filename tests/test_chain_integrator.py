"""The generated C velocity-Verlet integrator of the seed 002 chain (symms.codegen.chain_integrator).

Expected values: the numpy ``verlet`` (a different implementation of the same scheme), Verlet's
known properties (energy error O(dt²) at fixed ω_max·dt, bounded without drift, momentum exact to
rounding), and crossing steps derived by hand for force-free motion.
"""
import subprocess

import numpy as np
import pytest
import sympy as sp

from symms.codegen import chain_integrator as ci
from symms.codegen.compile import compiler
from symms.errors import DerivationError, InputError
from symms.models import closure as model
from symms.numerics import particle_chain as pc

PAIRS = {"seed": (model.numpy_pair(3.0, 1.5, 1.0), 1.0),
         "fpu": (model.fpu_pair(alpha=0.5, beta=1.0), 1.0),
         "lennard-jones": (model.lennard_jones_pair(cutoff=1.6), 1.12)}  # rest gap ≈ 2^(1/6)


def state(N, L=1.0, fluct=0.05, seed=3):
    rng = np.random.default_rng(seed)
    X = (np.arange(N) + 0.5) * L / N
    return X + 0.02 * L / (2 * np.pi) * np.sin(2 * np.pi * X / L), 0.3 * np.sin(2 * np.pi * X / L) + fluct * rng.standard_normal(N)


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_c_and_numpy_verlet_agree_to_rounding(name):
    pair, L = PAIRS[name]
    N = 96
    chain = pc.Chain(N, L, 1.0, pair)
    q, v = state(N, L)
    dt = 0.2 / chain.omega_max(q)
    t_np, Q_np, V_np = pc.verlet(chain, q, v, dt, 301, record_every=20)
    t_c, Q_c, V_c = pc.verlet(chain, q, v, dt, 301, record_every=20, backend="c")
    assert Q_c.shape == Q_np.shape == (16, N) and np.array_equal(t_c, t_np)
    np.testing.assert_array_equal(Q_c[0], q)
    np.testing.assert_allclose(Q_c, Q_np, rtol=0, atol=1e-12 * L)
    np.testing.assert_allclose(V_c, V_np, rtol=0, atol=1e-10 * np.max(np.abs(v)))
    assert np.max(np.abs(Q_c[-1] - Q_c[0])) > 1e-3 * L  # the particles did move


def relative_energy_errors(N, factor, time, rows=200, lattice=False, wave=0.3):
    """Relative energy error along a C run of the seed chain from ``state`` (or, ``lattice``: uniform
    positions, velocity wave of amplitude ``wave`` plus the same noise; long runs, where the position
    wave of ``state`` would steepen until x⋆ is violated)."""
    chain = pc.Chain(N, 1.0, 1.0, PAIRS["seed"][0])
    q, v = state(N)
    if lattice:
        X = (np.arange(N) + 0.5) / N
        q, v = X, v + (wave - 0.3) * np.sin(2 * np.pi * X)
    dt = factor / chain.omega_max(q)
    steps = int(round(time / dt))
    _, Q, V = pc.verlet(chain, q, v, dt, steps, record_every=max(1, steps // rows), backend="c")
    E = np.array([chain.energy(a, b) for a, b in zip(Q, V)])
    return (E - E[0]) / E[0], V, v, steps


def test_energy_error_is_second_order_and_independent_of_N_at_fixed_omega_dt():
    worst = {}
    for N in (1000, 2000, 4000):
        err, V, v, steps = relative_energy_errors(N, 0.2, 0.1)
        worst[N] = np.max(np.abs(err))
        np.testing.assert_allclose(V.sum(1), v.sum(), rtol=0, atol=1e-15 * N * np.sqrt(steps))  # momentum: rounding only
    assert max(worst.values()) < 1e-4
    assert max(worst.values()) / min(worst.values()) < 1.5, worst  # relative error does not grow with N
    fine, *_ = relative_energy_errors(2000, 0.1, 0.1)
    np.testing.assert_allclose(worst[2000] / np.max(np.abs(fine)), 4.0, rtol=0.15, atol=0)


def test_energy_error_does_not_drift():
    # a stationary (thermal) state: the error's mean is the same in every quarter of ~8 sound-crossing times
    err, *_ = relative_energy_errors(400, 0.2, 4.0, rows=400, lattice=True, wave=0.0)
    quarters = [part.mean() for part in np.array_split(err[1:], 4)]
    assert np.ptp(quarters) < 0.03 * np.max(np.abs(err)), quarters
    # with the long wave the error changes as the wave steepens, but stays O(dt²) at every time: no drift
    coarse, *_ = relative_energy_errors(400, 0.2, 2.0, rows=100, lattice=True)
    fine, *_ = relative_energy_errors(400, 0.1, 2.0, rows=100, lattice=True)
    late = slice(75, None)
    np.testing.assert_allclose(np.max(np.abs(coarse[late])) / np.max(np.abs(fine[late])), 4.0, rtol=0.15, atol=0)


def test_segments_give_the_state_of_one_run_bit_for_bit():
    pair, _ = PAIRS["fpu"]
    chain = pc.Chain(64, 1.0, 1.0, pair)
    q, v = state(64)
    dt = 0.2 / chain.omega_max(q)
    _, Q, V = pc.verlet(chain, q, v, dt, 90, record_every=30, backend="c")
    a, b = q, v
    for row in (1, 2, 3):
        a, b = ci.advance(chain, a, b, dt, 30)
        np.testing.assert_array_equal(a, Q[row])
        np.testing.assert_array_equal(b, V[row])
    np.testing.assert_array_equal(q, state(64)[0])  # the caller's arrays are left alone


def free_ring():
    return pc.Chain(8, 1.0, 1.0, model.pair_numpy(sp.Integer(0) * model.xi)), (np.arange(8) + 0.5) / 8


@pytest.mark.parametrize("backend", ["numpy", "c"])
def test_crossing_reports_the_hand_derived_step_and_index(backend):
    # no forces: particle 3 moves at v = 1, dt = 0.01; its gap to 4 is 1/8 - 0.01 n, first ≤ 0 at n = 13
    chain, q = free_ring()
    v = np.zeros(8)
    v[3] = 1.0
    with pytest.raises(DerivationError, match=r"particles 3 and 4 coincide or cross at step 13 "):
        pc.verlet(chain, q, v, 0.01, 40, backend=backend)


@pytest.mark.parametrize("backend", ["numpy", "c"])
def test_range_violation_reports_step_and_index(backend):
    # seed pair, x⋆ = 1.5: equal gaps ξ = 1 give equal forces, a = 0 exactly; v_3 = 10, dt = 0.01 moves
    # particle 3 by 0.1 in step 1: ξ_2 = 1.8, ξ_3 = 0.2, and ξ_3 + ξ_4 = 1.2 ≤ 1.5 (b = 3) is the first violation
    chain = pc.Chain(8, 1.0, 1.0, PAIRS["seed"][0])
    q = (np.arange(8) + 0.5) / 8
    v = np.zeros(8)
    v[3] = 10.0
    with pytest.raises(DerivationError, match=r"particles 3 and 5 are within the range x_star=1.5 at step 1:"):
        pc.verlet(chain, q, v, 0.01, 5, backend=backend)
    v[3] = 20.0  # moves 0.2 > 1/8: crosses particle 4 in step 1, reported before the range
    with pytest.raises(DerivationError, match=r"particles 3 and 4 coincide or cross at step 1 "):
        pc.verlet(chain, q, v, 0.01, 5, backend=backend)


def test_bad_input_is_refused():
    chain, q = free_ring()
    with pytest.raises(InputError, match="unknown verlet backend"):
        pc.verlet(chain, q, q, 0.01, 5, backend="fortran")
    with pytest.raises(InputError, match="8 finite numbers"):
        pc.verlet(chain, q[:5], q[:5], 0.01, 5, backend="c")
    with pytest.raises(InputError, match="dt > 0"):
        pc.verlet(chain, q, q, -0.01, 5, backend="c")
    bare = model.NumpyPair(chain.pair.energy, chain.pair.force, chain.pair.stiffness, 0.0)
    with pytest.raises(InputError, match="SymPy expression"):
        pc.verlet(pc.Chain(8, 1.0, 1.0, bare), q, q, 0.01, 5, backend="c")
    q_bad = q.copy()
    q_bad[2] = q_bad[1]
    with pytest.raises(InputError, match="particles 1 and 2 coincide"):
        pc.verlet(chain, q_bad, q, 0.01, 5, backend="c")


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_generated_source_compiles_without_warnings(name, tmp_path):
    source = tmp_path / "chain.c"
    source.write_text(ci.source(PAIRS[name][0].expression))
    result = subprocess.run([compiler(), "-std=c11", "-Wall", "-Wextra", "-Werror", "-fsyntax-only", str(source)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_printed_force_is_the_derivative_of_the_pair_energy():
    # Lennard-Jones' ξ^-13 by repeated squaring: the printed force evaluated by C equals Φ' from numpy
    pair, L = PAIRS["lennard-jones"]
    text = ci.source(pair.expression)
    assert "pow(" not in text
    N = 3
    xi = np.array([1.1, 1.15, 1.08])  # N·gap, all inside the cutoff 1.6
    chain = pc.Chain(N, xi.sum() / N, 1.0, pair)
    q = np.array([0.0, xi[0], xi[0] + xi[1]]) / N
    _, Q, V = pc.verlet(chain, q, np.zeros(N), 1e-3, 1, backend="c")
    a = chain.accelerations(q)
    np.testing.assert_allclose(V[1], 1e-3 * 0.5 * (a + chain.accelerations(Q[1])), rtol=1e-13, atol=0)


def test_source_refuses_a_pair_energy_with_free_parameters():
    with pytest.raises(InputError, match="one variable"):
        ci.source(model.pair_energy())  # p, x_star, C_r still symbols
