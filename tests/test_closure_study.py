"""The closure study of seed 002 §6-7 (symms.models.closure_study): set-up, one run, the model, determinism.

Expected values come from the set-up's definition (hand derivations below), the O(η²) of the zero-order
closure for a smooth state (hand derivation below), and a second computation (serial against a process
pool of one and two workers); never from the implementation's own output.
"""
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace

import numpy as np
import pytest

from symms.errors import InputError
from symms.models import closure_study as study
from symms.progress import Progress

# a short study for the tests: the set-up of the study with a short observation time and a coarse mesh
TINY = replace(study.SETUP, observation_time=0.02, records=2)


def test_initial_state_is_the_stated_one():
    N, a, u = 2000, study.SETUP.strain_amplitude, study.SETUP.velocity_amplitude
    q, v = study.initial_state(study.SETUP, N, 0.0, 0)
    X = (np.arange(N) + 0.5) / N
    # gap_j = q_{j+1} - q_j = ΔX + (a/2π)(sin 2πX_{j+1} - sin 2πX_j) = ΔX (1 + a cos 2π(X_j + ΔX/2)) + O(ΔX³)
    gaps = np.diff(q)
    np.testing.assert_allclose(N * gaps, 1 + a * np.cos(2 * np.pi * (X[:-1] + 0.5 / N)), atol=1e-6)
    np.testing.assert_allclose(v, u * np.sin(2 * np.pi * X), rtol=0, atol=1e-15)
    q1, v1 = study.initial_state(study.SETUP, N, 0.1, 2)
    q2, v2 = study.initial_state(study.SETUP, N, 0.1, 2)
    np.testing.assert_array_equal(v1, v2)  # seeded
    noise = v1 - v
    assert abs(noise.sum()) < 1e-12  # zero total momentum of the fluctuations
    assert noise.std() == pytest.approx(0.1, rel=0.05)
    assert not np.array_equal(study.initial_state(study.SETUP, N, 0.1, 1)[1], v1)  # levels differ


def test_time_step_is_fixed_by_omega_max_dt():
    chain, _ = study.parts(study.SETUP, 1000)
    q, _ = study.initial_state(study.SETUP, 1000, 0.0, 0)
    dt, per_record, steps = study.time_step(study.SETUP, chain, q)
    assert steps == per_record * study.SETUP.records
    assert dt * steps == pytest.approx(study.SETUP.observation_time, rel=1e-14)
    w = dt * chain.omega_max(q)
    assert w <= study.SETUP.omega_dt and w > study.SETUP.omega_dt * (1 - 1 / per_record)


def test_one_run_smooth_state_closure_error_is_second_order_in_eta():
    # Hand derivation: for σ = 0 at t = 0 the exact T_int ≈ ψ_η * Φ'(M/ρ) and the closure ≈ ψ_η * Φ'(M/ρ̄),
    # ρ̄ = ψ_η * ρ = ρ + (η²/14) ρ'' + O(η⁴) (the quartic's second moment is 1/7), so the error is O(η²):
    # halving η divides it by about 4.
    run = study.run_case(study.Case(TINY, 1000, 0.0, 0, (0.025, 0.05)))
    assert run["times"] == pytest.approx([0.0, 0.01, 0.02])
    fine, coarse = run["etas"]
    ratio = coarse["interaction_error"][0][0] / fine["interaction_error"][0][0]
    assert 3.3 < ratio < 4.7
    assert coarse["interaction_error"][0][0] < 3e-2
    # Landweber of order n (eq 5.7): ρ_n = Σ_{k≤n} (I - R)^k ρ̄ = (I - (I - R)^{n+1}) ρ in the linear regime, so the
    # smooth-state error of the closed stress goes like (1 - ψ̂(ηk))^{n+1}: it falls with n (0 < ψ̂ < 1 on these modes)
    # down to the floor set by the meso-mesh (the piecewise-constant interpolant of §6.1 on Δx = η/1.5), which n = 1
    # already reaches here: n = 2 gains nothing more
    for e in (fine, coarse):
        zero, one, two = (e["interaction_error"][n][0] for n in range(3))
        assert one < zero / 3 and two < 1.5 * one
    assert max(abs(e) for e in run["energy_error"]) < 1e-6  # a smooth long wave: tiny Verlet error
    assert run["momentum_drift"] < 1e-14
    assert fine["kappa2_mean"] < 1e-6  # no fluctuations: nearly zero temperature


def test_fluctuations_raise_the_temperature_as_sigma_squared():
    # (M/N) κ_β² ≈ (M/N) Σ_{j in cell} σ² ψ_η(x_β - q_j) ≈ σ² (M/N)(N Δx) ψ̄, ψ̄ the cell mean of ψ_η about its node,
    # so the ratio of two levels is (σ₂/σ₁)² up to sampling noise.  Eq 6.21 puts all the energy not in U(Q̂) and the
    # mean flow into velocity fluctuations; after the ~190 microscopic periods of the run the fluctuation energy is
    # shared equally between kinetic and potential (equipartition in the nearly harmonic chain), so κ̂² ≈ 2 κ².
    runs = [study.run_case(study.Case(TINY, 2000, s, k, (0.05,))) for k, s in ((1, 0.03), (2, 0.1))]
    low, high = (r["etas"][0] for r in runs)
    assert high["kappa2_mean"] / low["kappa2_mean"] == pytest.approx((0.1 / 0.03) ** 2, rel=0.25)
    assert high["kappa2_hat"] == pytest.approx(2 * high["kappa2_mean"], rel=0.3)
    # the closure degrades: the thermal shift of the interaction stress, Φ'''<δξ²>/2 with <δξ²> = σ²/(2Φ'') at
    # equipartition, Φ''' = -C_r x⋆ p(p+1) = -18 and Φ'' = 4.5 at ξ = 1, is -2σ² = -0.02 at σ = 0.1 (partly
    # reached here), against the smooth O(η²) error of about 0.004 that both levels share
    assert high["interaction_error"][0][-1] > 1.4 * low["interaction_error"][0][-1]


class Recorder(Progress):
    def __init__(self):
        super().__init__(False)
        self.messages = []

    def __call__(self, message):
        self.messages.append(message)


def tables(model):
    return {t.name: t.rows for t in model.tables}


def test_results_do_not_depend_on_the_worker_count_and_progress_counts_runs():
    serial = study.build("small", setup=TINY)
    with ProcessPoolExecutor(max_workers=1) as one:
        single = study.build("small", executor=one, setup=TINY)
    recorder = Recorder()
    with ProcessPoolExecutor(max_workers=2) as two:
        double = study.build("small", executor=two, progress=recorder, setup=TINY)
    assert tables(serial) == tables(single) == tables(double)
    assert [f.axes for f in serial.figures] == [f.axes for f in double.figures]
    runs = len(study.SIZES["small"].particles) * len(study.SIZES["small"].fluctuations)
    assert sum("done" in m for m in recorder.messages) == runs
    names = {t.name for t in serial.tables}
    assert names == {"closure_error", "closure_orders", "temperature", "mesoscale", "integrator"}
    assert len(tables(serial)["closure_error"]) == runs * len(study.SIZES["small"].etas)
    assert {f.name for f in serial.figures} == {"closure_error", "temperature", "mesoscale", "mesoscale_error", "energy"}


def test_unknown_size_is_refused():
    with pytest.raises(InputError, match="unknown study size"):
        study.build("huge")


def test_checks_pass():
    results = study.check_study({"size": "small"}, {})
    assert len(results) == 4
    assert all(r.passed for r in results), [r.line() for r in results if not r.passed]


def test_the_mesoscale_closure_does_not_depend_on_the_number_of_prescribed_particles():
    # eq 6.8 on the positions prescribed by ρ̄: the bond is ξ = N·gap = M/ρ for any N, so N only sets the fine-scale
    # Riemann sum of eq 6.4, whose error is O((N η)⁻²): 10⁴ particles (the solvers' cap) agree with 4·10⁴
    from symms.numerics import particle_chain as pc

    _, window = study.parts(study.SETUP, 100)
    mesh = study.meso_mesh(study.SETUP, 0.025)
    x = mesh.nodes
    rho = 1 / (1 + 0.05 * np.cos(2 * np.pi * x))
    stress = [pc.zero_order_interaction_stress(rho, mesh, study.parts(study.SETUP, n)[0], 0.025, window)
              for n in (study.SETUP.meso_particles, 4 * study.SETUP.meso_particles)]
    variation = np.ptp(stress[1])
    assert variation > 0.1
    assert np.max(np.abs(stress[0] - stress[1])) < 2e-5 * variation
