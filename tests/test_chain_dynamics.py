"""Fibre-bundle dynamics of the diatomic chain (seed 001 eq 4.12) against direct MD with m_A != m_B."""
import numpy as np
import pytest

from symms.errors import InputError
from symms.models.chain_dynamics import chain_model, error_table, fibre_bundle_solve, pulse_figure, pulse_run


@pytest.fixture(scope="module")
def model():
    return chain_model("lj", 1.5, m_A=1.0, m_B=3.0)


def test_flux_and_shift_force_are_eqs_4_10_and_4_11(model):
    """F = V'((1 + A) a - p), f = -a ∇_p W = -V'(p) + V'((1 + A) a - p), K = V''(p) + V''((1 + A) a - p)."""
    V = lambda x: 4 / x ** 12 - 4 / x ** 6
    dV = lambda x: -48 / x ** 13 + 24 / x ** 7
    d2V = lambda x: 624 / x ** 14 - 168 / x ** 8
    A, p, a = 0.01, 0.52 * model.cell, model.cell
    assert model.energy(A, p) == pytest.approx((V(p) + V((1 + A) * a - p)) / a, rel=1e-12)
    assert model.stress(A, p) == pytest.approx(dV((1 + A) * a - p), rel=1e-12)
    assert model.shift_force(A, p) == pytest.approx(-dV(p) + dV((1 + A) * a - p), rel=1e-12)
    assert model.shift_stiffness(A, p) == pytest.approx(d2V(p) + d2V((1 + A) * a - p), rel=1e-12)


def test_long_wave_pulse_agrees_with_md_and_converges(model):
    table = error_table(model, widths=(8, 16))
    coarse, fine = table
    assert fine["U_rel_error"] < 5e-3 and fine["A_rel_error"] < 3e-2
    assert fine["U_rel_error"] < coarse["U_rel_error"] / 4  # dispersion error falls with the pulse width
    assert fine["p_error"] < 2e-3 * model.cell


def test_comparison_can_fail_for_short_waves(model):
    """Negative control: a pulse 4 cells wide is not long-wave; eq 4.12 then misses MD's dispersion by > 10%."""
    assert pulse_run(model, 4).errors()["U_rel_error"] > 0.1


def test_at_rest_stays_at_rest(model):
    a = model.cell
    U, p = fibre_bundle_solve(model, np.zeros(64), np.full(64, a / 2), 1.0, 0.01, a, eta=0.5)
    assert np.abs(U).max() == 0.0 and np.allclose(p, a / 2, rtol=0, atol=1e-14)


def test_time_step_must_resolve_the_shift_oscillation(model):
    a = model.cell
    with pytest.raises(InputError, match="shift oscillation"):
        fibre_bundle_solve(model, np.zeros(16), np.full(16, a / 2), 1.0, 0.2, a)


def test_pulse_figure_is_a_png(model):
    from symms.plots import render_png

    figure = pulse_figure(pulse_run(model, 8))
    assert figure.file == "chain_pulse_L8.png" and len(figure.panels) == 2
    assert render_png(figure)[:8] == b"\x89PNG\r\n\x1a\n"


def test_bad_chain_input():
    with pytest.raises(InputError, match="nearest neighbours only"):
        chain_model("lj", 2.5)
    with pytest.raises(InputError, match="masses"):
        chain_model("lj", 1.5, m_A=0.0)
