"""Dumbbell and rod kinetic models (seed 001 §6, eqs 6.1-6.4).

Expected values are hand derivations written here (the upper-convected Maxwell equations, the
Oldroyd-B start-up by variation of constants, the FENE-P cubic, the FENE equilibrium Beta law,
spherical harmonics), textbook limits (Bird et al. vol. 2: FENE-P η_p0 = λ b/(b + 3) in 3D,
Trouton ratio 3), or Brownian dynamics of the SDEs; never the implementation's own output.
Each statistical check has a negative control with the wrong noise amplitude.
"""
import json

import numpy as np
import pytest
import sympy as sp

from symms.errors import InputError
from symms.model_file import kernel_entries
from symms.models import polymers as model
from symms.numerics import polymers as bd

De, b, t, Wi, x = model.De, model.b, model.t, model.Wi, model.x


@pytest.fixture(scope="module")
def built():
    return model.build(3, 1.0, 50.0, 1.0)


def hand_ucm(d, factor=1):
    """κA + Aκᵀ − (factor A − I)/De written out by hand (factor = 1: Oldroyd-B)."""
    _, A = model.conformation(d)
    K = model.velocity_gradient(d)
    return K * A + A * K.T - (factor * A - sp.eye(d)) / De


# --------------------------------------------------------------------------- symbolic side

@pytest.mark.parametrize("d", [2, 3])
def test_fokker_planck_is_the_adjoint_of_the_sde(d):
    """φ FP[ψ] − ψ Lφ is a divergence for the seed's pair (noise √(1/De), diffusion 1/(2De)); a generator
    with the noise √(2/De) instead (diffusion 1/De) leaves a remainder: the check can fail."""
    z = model.connector(d)
    K = model.velocity_gradient(d)
    for law in model.SPRINGS.values():
        drift = model.dumbbell_drift(K, z, law.subs(model.s, (z.T * z)[0]))
        assert model.adjoint_remainder(drift, z) == 0
    phi, psi = sp.Function("phi")(*z), sp.Function("psi")(*z)
    drift = model.dumbbell_drift(K, z, 1)
    wrong = sum(drift[k] * phi.diff(z[k]) + phi.diff(z[k], 2) / De for k in range(d))
    J = [-phi * drift[k] * psi + (phi * psi.diff(z[k]) - psi * phi.diff(z[k])) / (2 * De) for k in range(d)]
    rest = phi * model.fokker_planck(drift, z, psi) - psi * wrong - sum(J[k].diff(z[k]) for k in range(d))
    assert sp.expand(rest) != 0


@pytest.mark.parametrize("d", [2, 3])
def test_moment_equations_by_hand(d):
    """Hookean: dA/dt = κA + Aκᵀ − (A − I)/De; FENE-P: the same with A/(1 − tr A/b); FENE: not closed."""
    _, A = model.conformation(d)
    hook = model.moment_equation("hookean", "exact", d)
    assert (hook.rhs - hand_ucm(d)).applyfunc(sp.expand) == sp.zeros(d, d)
    assert hook.stress == A
    fene_p = model.moment_equation("fene", "peterlin", d)
    g = 1 / (1 - A.trace() / b)
    assert (fene_p.rhs - hand_ucm(d, g)).applyfunc(sp.simplify) == sp.zeros(d, d)
    assert (fene_p.stress - g * A).applyfunc(sp.simplify) == sp.zeros(d, d)
    fene = model.moment_equation("fene", "exact", d)
    assert fene.rhs_h is None and fene.unclosed.has(model.connector(d)[0])


def test_kramers_stress_is_identity_at_rest_for_hookean_and_fene_p():
    """ψ ∝ exp(−|z|²/2) in closed form: ⟨z z⟩ = I by Gaussian integrals; FENE-P rest state A = b/(b + d) I,
    where A/(1 − tr A/b) = I (hand algebra)."""
    zx, zy = sp.symbols("z_x z_y", real=True)
    psi = model.hookean_equilibrium_density(2)
    Z = sp.integrate(psi, (zx, -sp.oo, sp.oo), (zy, -sp.oo, sp.oo))
    assert sp.simplify(sp.integrate(zx ** 2 * psi, (zx, -sp.oo, sp.oo), (zy, -sp.oo, sp.oo)) / Z) == 1
    for d in (2, 3):
        a = model.fene_p_equilibrium(d)
        assert sp.simplify(a - b / (b + d)) == 0
        assert sp.simplify(a / (1 - d * a / b)) == 1


@pytest.mark.parametrize("d", [2, 3])
def test_oldroyd_b_startup_of_shear_by_hand(d):
    """Variation of constants with A(0) = I, rate 1/De: A_yy = 1, A_xy = Wi(1 − e^{−t/De}),
    A_xx = 1 + 2Wi²(1 − (1 + t/De)e^{−t/De}); η_p = De, Ψ₁ = 2De²; and it solves the hand ODE."""
    S = model.shear_startup(d)
    e = sp.exp(-t / De)
    hand = sp.eye(d)
    hand[0, 1] = hand[1, 0] = Wi * (1 - e)
    hand[0, 0] = 1 + 2 * Wi ** 2 * (1 - (1 + t / De) * e)
    assert (S.A - hand).applyfunc(sp.simplify) == sp.zeros(d, d)
    rhs = hand_ucm(d).xreplace(dict(zip(model.velocity_gradient(d), model.shear(d, Wi / De))))
    _, A = model.conformation(d)
    residual = hand.diff(t) - rhs.xreplace(dict(zip(A, hand)))
    assert residual.applyfunc(sp.simplify) == sp.zeros(d, d)
    assert sp.simplify(S.N1 - 2 * Wi ** 2 * (1 - (1 + t / De) * e)) == 0
    assert S.steady_viscosity == De and S.steady_psi1 == 2 * De ** 2


@pytest.mark.parametrize("d, trouton, yy", [(3, 3, 1 / (1 + Wi)), (2, 4, 1 / (1 + 2 * Wi))])
def test_oldroyd_b_extension_blows_up_at_half(d, trouton, yy):
    """A_xx' = (2ε̇ − 1/De) A_xx + 1/De: unbounded growth from Wi = ε̇De = 1/2, steady A_xx = 1/(1 − 2Wi);
    η_E → 3 De (uniaxial, Trouton) or 4 De (planar) as Wi → 0."""
    E = model.oldroyd_b_extension(d)
    assert E.critical == sp.Rational(1, 2)
    assert (2 * Wi - 1) / De in [sp.simplify(r) for r in E.rates]
    assert sp.simplify(E.steady_A[0, 0] - 1 / (1 - 2 * Wi)) == 0 and sp.simplify(E.steady_A[1, 1] - yy) == 0
    eta = (1 / (1 - 2 * Wi) - yy) / (Wi / De)
    assert sp.simplify(E.viscosity - eta) == 0 and sp.limit(E.viscosity / De, Wi, 0) == trouton


@pytest.mark.parametrize("d", [2, 3])
def test_fene_p_steady_shear_cubic_by_hand(d):
    """With x = 1 − tr A/b: A_yy = x, A_xy = Wi x², A_xx = x + 2Wi² x³, so tr A = d x + 2Wi²x³ = b(1 − x):
    2Wi²x³ + (b + d)x − b = 0; η_p = De x, Ψ₁ = 2De²x²; Bird's η_p0 = De b/(b + d); x ~ (b/2)^{1/3} Wi^{−2/3}."""
    F = model.fene_p_steady_shear(d)
    assert sp.expand(F.cubic - (2 * Wi ** 2 * x ** 3 + (b + d) * x - b)) == 0
    assert F.viscosity == De * x and F.psi1 == 2 * De ** 2 * x ** 2
    assert sp.simplify(F.zero_shear[0] - De * b / (b + d)) == 0
    assert sp.simplify(F.asymptote - (b / 2) ** sp.Rational(1, 3)) == 0
    for w in (0.3, 3.0, 30.0):
        roots = np.roots([2 * w ** 2, 0, 50 + d, -50])
        real = roots[np.abs(roots.imag) < 1e-12].real
        assert len(real) == 1
        np.testing.assert_allclose(model.fene_p_root(d, 50.0, w), real[0], rtol=1e-13)
    big = 1e5
    np.testing.assert_allclose(model.fene_p_root(d, 50.0, big) * big ** (2 / 3), 25 ** (1 / 3), rtol=1e-3)


def test_fene_boundary_threshold():
    """ε = √b − |z| near the wall: dε ≈ (b/(4ε)) ds − dW, a Bessel process of dimension 1 + b/2 (hits 0 iff b < 2)."""
    assert sp.simplify(model.fene_boundary_dimension() - (1 + b / 2)) == 0


def test_rotational_laplacian_on_spherical_harmonics():
    """𝓡·𝓡 Y_ℓ = −ℓ(ℓ+1) Y_ℓ on the sphere: m_z (ℓ = 1, −2), m_x m_y (ℓ = 2, −6), 5m_z³ − 3m_z (ℓ = 3, −12)."""
    mx, my, mz = model._m
    for Y, ell in ((mz, 1), (mx * my, 2), (5 * mz ** 3 - 3 * mz, 3)):
        assert sp.expand(model.on_sphere(model.rotational_laplacian(Y) + ell * (ell + 1) * Y)) == 0
    assert model.rod_relaxation_rate() == 6


def test_rod_sde_diffusion_matches_the_fokker_planck_equation():
    """The Stratonovich generators of eq 6.4's noise equal (1/De)𝓡·𝓡; with √(1/De) they do not."""
    assert all(e == 0 for v in model.rod_noise_generators().values() for e in v)
    P = sp.eye(3) - model._m * model._m.T
    L = model.stratonovich_generator([P[:, k] for k in range(3)], sp.sqrt(1 / De))
    mz = model._m[2]
    assert model.on_sphere(L(mz ** 2) - model.rotational_laplacian(mz ** 2) / De) != 0


def test_rod_drift_of_the_seed_is_an_angular_velocity():
    """Rigid rotation about z (κ = ω(e_y e_xᵀ − e_x e_yᵀ)), rod m = e_x: the rod must turn in the plane, ṁ = ω e_y
    (Jeffery: P κ m = κ m); the seed's (I − mm)(m × κm) = ω e_z leaves the plane."""
    drifts = model.rod_drifts()
    assert all(e == 0 for e in drifts["corrected"]) and any(e != 0 for e in drifts["seed"])
    w = sp.Symbol("omega", positive=True)
    K = sp.Matrix([[0, -w, 0], [w, 0, 0], [0, 0, 0]])
    m = sp.Matrix([1, 0, 0])
    P = sp.eye(3) - m * m.T
    assert P * K * m == sp.Matrix([0, w, 0])
    assert P * m.cross(K * m) == sp.Matrix([0, 0, w])


def test_rod_shear_linear_response_by_hand():
    """Isotropic ⟨m_k m_l m_i m_j⟩ = (δδ + δδ + δδ)/15, so for Jeffery's drift d⟨mm⟩/dt|₀ = (2/3)D − 2κ:⟨mmmm⟩
    = (2/3 − 4/15) D = (2/5) D: d⟨m_x m_y⟩/dt|₀ = γ̇/5, relaxed at 6/De: (Wi/30)(1 − e^{−6t/De}).
    The printed drift m × κm gives 0."""
    response = model.rod_shear_linear_response()
    assert sp.simplify(response["jeffery"] - Wi / 30 * (1 - sp.exp(-6 * t / De))) == 0
    assert response["seed"] == 0
    mx, my, mz = model._m
    assert model.sphere_average(mx ** 2 * my ** 2) == sp.Rational(1, 15) and model.sphere_average(mz ** 4) == sp.Rational(1, 5)


# --------------------------------------------------------------------------- Brownian dynamics

def test_fene_corrector_root():
    """The middle root of L³ − R L² − b(1 + c)L + bR lies in [0, √b) and solves L(1 + c/(1 − L²/b)) = R."""
    R = np.array([0.0, 0.1, 1.0, 5.0, 7.0, 50.0, 1e3])
    for bb, c in ((50.0, 0.0025), (2.0, 0.01), (200.0, 0.1)):
        L = bd.fene_corrector_length(R, bb, c)
        assert np.all((L >= 0) & (L < np.sqrt(bb)))
        # near the wall (R >> √b) R(L) is steep: dR/dL ~ R²/(c √b), so the reconstruction is ill-conditioned
        np.testing.assert_allclose(L * (1 + c / (1 - L ** 2 / bb)), R, rtol=1e-6, atol=1e-12)
        numpy_roots = [np.sort(np.roots([1, -r, -bb * (1 + c), bb * r]).real)[1] for r in R]
        np.testing.assert_allclose(L, numpy_roots, rtol=1e-9, atol=1e-12)


def _startup_sigmas(noise):
    """Largest |BD − hand closed form|/s.e. of A_xy and N₁ in start-up of shear (3D, Wi = 2, De = 0.5)."""
    rng = np.random.default_rng(7)
    De_, w, dt = 0.5, 2.0, 0.005
    kappa = np.zeros((3, 3))
    kappa[0, 1] = w / De_
    z = bd.hookean_heun(rng.standard_normal((8000, 3)), kappa, De_, dt, 400, rng, noise=noise, record_every=100)
    worst = 0.0
    for k in range(1, z.shape[0]):
        s = k * 100 * dt / De_
        exact = {"xy": w * (1 - np.exp(-s)), "n1": 2 * w ** 2 * (1 - (1 + s) * np.exp(-s))}
        for key, values in (("xy", z[k, :, 0] * z[k, :, 1]), ("n1", z[k, :, 0] ** 2 - z[k, :, 1] ** 2)):
            est = bd.grouped(values, 20)
            worst = max(worst, abs(est.mean - exact[key]) / est.error)
    return worst


def test_heun_scheme_bias_is_negligible_against_the_standard_error():
    """Without noise the scheme is z ↦ G z, G = I + MΔt + M²Δt²/2 (M = κ − I/(2De)); with noise the second
    moment obeys A ↦ G A Gᵀ + (Δt/De) H Hᵀ, H = I + MΔt/2 (by hand).  At Δt = 0.01 De its bias after 3 De is
    below 1e-3 standard errors of 20000 dumbbells even at Wi = 100, so the 4-sigma tolerance is statistical."""
    De_, dt = 0.5, 0.005
    for w in (1.0, 100.0):
        kappa = np.zeros((3, 3))
        kappa[0, 1] = w / De_
        M = kappa - np.eye(3) / (2 * De_)
        G, H = np.eye(3) + M * dt + M @ M * dt ** 2 / 2, np.eye(3) + M * dt / 2
        z0 = np.random.default_rng(3).standard_normal((5, 3))
        z = bd.hookean_heun(z0, kappa, De_, dt, 10, np.random.default_rng(0), noise=0.0, record_every=10)[-1]
        np.testing.assert_allclose(z, z0 @ np.linalg.matrix_power(G, 10).T, rtol=1e-12, atol=1e-12)
        A = np.eye(3)
        for _ in range(300):
            A = G @ A @ G.T + dt / De_ * H @ H.T
        s = 3.0
        exact_xy, exact_n1 = w * (1 - np.exp(-s)), 2 * w ** 2 * (1 - (1 + s) * np.exp(-s))
        se_xy = np.sqrt(A[0, 0] * A[1, 1] + A[0, 1] ** 2) / np.sqrt(20000)            # Gaussian z: Isserlis
        se_n1 = np.sqrt(2 * A[0, 0] ** 2 + 2 * A[1, 1] ** 2 - 4 * A[0, 1] ** 2) / np.sqrt(20000)
        assert abs(A[0, 1] - exact_xy) < 1e-3 * se_xy and abs(A[0, 0] - A[1, 1] - exact_n1) < 1e-3 * se_n1


def test_hookean_bd_startup_matches_the_closed_form_and_wrong_noise_fails():
    assert _startup_sigmas(None) < 4
    assert _startup_sigmas(np.sqrt(2 / 0.5)) > 10       # √(2/De) instead of √(1/De): A doubles


def test_fene_bd_relaxes_to_the_exact_equilibrium():
    """From z = 0 (far from equilibrium) the semi-implicit FENE scheme relaxes to ψ ∝ (1 − |z|²/b)^{b/2}:
    ⟨|z|²⟩ = b d/(b + d + 2) (|z|²/b ~ Beta(d/2, b/2 + 1)), not d (Hookean), and τ_p = ⟨f z⟩ = I; |z|² < b always."""
    rng = np.random.default_rng(11)
    bb, d = 10.0, 3
    z = bd.fene_semi_implicit(np.zeros((8000, d)), np.zeros((d, d)), 1.0, bb, 0.01, 600, rng, record_every=600)[-1]
    assert np.all(np.sum(z * z, axis=1) < bb)
    r2 = bd.grouped(np.sum(z * z, axis=1), 20)
    assert abs(r2.mean - bb * d / (bb + d + 2)) < 4 * r2.error and abs(r2.mean - d) > 20 * r2.error
    tau = bd.grouped(bd.kramers_stress(z, lambda q: bd.fene_spring(q, bb)), 20)
    assert np.all(np.abs(tau.mean - np.eye(d)) < 4 * tau.error + 1e-12)
    exact = bd.fene_equilibrium(8000, d, bb, rng)
    r2_exact = bd.grouped(np.sum(exact ** 2, axis=1), 20)
    assert abs(r2_exact.mean - bb * d / (bb + d + 2)) < 4 * r2_exact.error


def test_fene_differs_from_fene_p_beyond_the_noise():
    """The finding of the closure table is statistically resolved: at Wi = 3, b = 50 the FENE first normal-stress
    coefficient is below FENE-P's by many standard errors; FENE-P's own values are the cubic's."""
    row = model.fene_study(3, 1.0, 50.0, wis=(3.0,), count=4000)[0]
    assert row["psi1_closure_error"] > 10 * row["psi1_closure_error_se"]
    roots = np.roots([2 * 3.0 ** 2, 0.0, 50.0 + 3, -50.0])  # the cubic 2Wi²x³ + (b + d)x − b = 0, by numpy
    x3 = [r.real for r in roots if abs(r.imag) < 1e-12 and 0 < r.real < 1]
    assert len(x3) == 1
    np.testing.assert_allclose([row["eta_fene_p"], row["psi1_fene_p"]], [x3[0], 2 * x3[0] ** 2], rtol=1e-12)


def _rod_sigmas(noise):
    rng = np.random.default_rng(5)
    De_, dt = 2.0, 0.002
    m = bd.rod_bd(np.tile([0.0, 0.0, 1.0], (10000, 1)), np.zeros((3, 3)), De_, dt, 400, rng, noise=noise, record_every=50)
    worst = 0.0
    for k in range(1, m.shape[0]):
        est = bd.grouped(m[k, :, 2] ** 2 - 1 / 3, 20)
        worst = max(worst, abs(est.mean - 2 / 3 * np.exp(-6 * k * 50 * dt / De_)) / est.error)
    assert np.allclose(np.linalg.norm(m, axis=2), 1.0)
    return worst


def test_rod_bd_relaxes_at_six_over_De_and_wrong_noise_fails():
    assert _rod_sigmas(None) < 4
    assert _rod_sigmas(np.sqrt(1 / 2.0)) > 10            # √(1/De): rate 3/De


def test_rod_bd_in_shear_exposes_the_drift_typo():
    """BD with Jeffery's drift follows the linear response of eq 6.2; the drift printed in eq 6.4 does not align."""
    study = model.rod_shear_study(1.0, count=6000)
    assert study["max_sigmas"] < 4 and study["seed_drift_min_sigmas"] > 10
    hand = [0.5 / 30 * (1 - np.exp(-6 * s)) for s in model.ROD_SHEAR_TIMES]
    np.testing.assert_allclose([r["linear_response"] for r in study["rows"] if r["drift"] == "jeffery"], hand, rtol=1e-12)


def test_bd_refuses_bad_input():
    rng = np.random.default_rng(0)
    with pytest.raises(InputError, match="De must be positive"):
        bd.hookean_heun(np.zeros((4, 3)), np.zeros((3, 3)), 0.0, 0.01, 1, rng)
    with pytest.raises(InputError, match="3x3"):
        bd.hookean_heun(np.zeros((4, 3)), np.zeros((2, 2)), 1.0, 0.01, 1, rng)
    with pytest.raises(InputError, match="|z|"):
        bd.fene_semi_implicit(np.full((4, 3), 3.0), np.zeros((3, 3)), 1.0, 10.0, 0.01, 1, rng)
    with pytest.raises(InputError, match="unit vectors"):
        bd.rod_bd(np.ones((4, 3)), np.zeros((3, 3)), 1.0, 0.01, 1, rng)
    with pytest.raises(InputError, match="jeffery"):
        bd.rod_drift(np.ones((4, 3)), np.zeros((3, 3)), "other")


# --------------------------------------------------------------------------- generated kernels

def _wrong_rhs(A, kappa, De_):
    """Oldroyd-B with the relaxation rate 2/De (the 1/(2De) of the drift forgotten once), by hand."""
    Am = np.array([[A[0], A[1], A[2]], [A[1], A[3], A[4]], [A[2], A[4], A[5]]])
    dA = kappa @ Am + Am @ kappa.T - 2 * (Am - np.eye(3)) / De_
    return dA[np.triu_indices(3)]


def test_generated_kernels_pass_the_checks(tmp_path):
    """Emit, verify against 50-digit mpmath, load numpy and C, run the derivation's checks on each; a wrong
    Oldroyd-B rhs fails them; the FENE-P guard refuses tr A >= b."""
    from symms.model import DerivedModel
    from symms.output import write_files
    from symms.pipeline import emit, load_backend, verify_folder

    params = {"dimension": 3, "De": 0.7, "b": 20.0, "Wi": 2.0}
    only = DerivedModel("polymers", "kernels", params, "kernels", "test", kernels=model.kernels(3))
    folder = write_files(tmp_path, "polymers", "kernels", emit(only, "test"), "test")
    checks = verify_folder(folder)
    assert checks and all(c.passed for c in checks), [c.line() for c in checks if not c.passed]
    entries = {e["name"]: e for e in kernel_entries(json.loads((folder / "model.json").read_text()))}
    for backend in ("numpy", "c"):
        loaded = {name: load_backend(folder, entries[name], backend) for name in model.KERNELS}
        results = model.kernel_checks(params, loaded)
        assert all(r.passed for r in results), [r.line() for r in results if not r.passed]
        A = np.array([1.0, 0.2, 0.0, 2.0, 0.0, 1.5])
        np.testing.assert_allclose(loaded["oldroyd_b_stress"](A), A - [1, 0, 0, 1, 0, 1], rtol=0, atol=1e-15)
        with pytest.raises(InputError, match="tr A must stay below b"):
            loaded["fene_p_stress"](np.array([10.0, 0, 0, 10.0, 0, 10.0]), 20.0)
    broken = {**loaded, "oldroyd_b_rhs": _wrong_rhs}
    results = model.kernel_checks(params, broken)
    assert not results[0].passed and not results[1].passed and results[2].passed
    results = model.check_kernels(params, loaded)          # with the Brownian dynamics checks, at De = 0.7, Wi = 2
    assert len(results) == 6 and all(r.passed for r in results), [r.line() for r in results if not r.passed]


# --------------------------------------------------------------------------- the derived model

def test_build_results(built):
    r = built.results
    assert r["oldroyd_b"]["steady_viscosity"] == 1.0 and r["oldroyd_b"]["steady_psi1"] == 2.0
    assert r["oldroyd_b"]["extension_critical_Wi"] == 0.5
    x1 = float(np.roots([2, 0, 53, -50])[np.abs(np.roots([2, 0, 53, -50]).imag) < 1e-12].real[0])
    np.testing.assert_allclose([r["fene_p"]["x"], r["fene_p"]["viscosity"]], [x1, x1], rtol=1e-12)
    assert r["startup_bd"]["max_sigmas"] < 4 and r["rods"]["max_sigmas"] < 4
    assert [row["Wi"] for row in r["fene_closure"]] == list(model.FENE_WI)
    names = {t.name for t in built.tables} | {f.name for f in built.figures}
    assert names == {"startup_bd", "fene_closure", "rod_relaxation", "rod_shear", "startup", "fene_p_shear_thinning"}
    assert [k.name for k in built.kernels] == list(model.KERNELS)
    assert built.variant == "d3-De1-b50-Wi1"


@pytest.mark.parametrize("args, match", [((4, 1.0, 50.0, 1.0), "dimension"), ((3, 0.0, 50.0, 1.0), "De"),
                                         ((3, -1.0, 50.0, 1.0), "De"), ((3, 1.0, 1.5, 1.0), "b must be >= 2"),
                                         ((3, 1.0, 50.0, 0.0), "Wi"), ((3, 1.0, 50.0, float("nan")), "Wi"),
                                         (("x", 1.0, 50.0, 1.0), "integer dimension")])
def test_build_refuses_bad_input(args, match):
    with pytest.raises(InputError, match=match) as info:
        model.build(*args)
    assert "\n" not in str(info.value)


def test_registry_entry():
    from symms.derivations.polymers import DERIVATION

    assert DERIVATION.resolve(De="2") == {"dimension": 3, "De": 2.0, "b": 50.0, "Wi": 1.0}
    assert DERIVATION.variant(DERIVATION.resolve(dimension=2, b=20)) == "d2-De1-b20-Wi1"
    for bad, match in (({"b": 1}, "--b must be >= 2"), ({"De": -1}, "--De must be positive"), ({"dimension": 4}, "one of")):
        with pytest.raises(InputError, match=match):
            DERIVATION.resolve(**bad)


@pytest.mark.slow
def test_derive_end_to_end_is_reproducible(tmp_path, monkeypatch):
    """``symms derive polymers --dimension 2`` twice (the second without checks, which do not write results):
    every check passes, results.json is byte-identical."""
    from symms import pipeline, registry
    from symms.derivations.polymers import DERIVATION

    monkeypatch.setattr(registry, "_CACHE", {**registry.all_derivations(), DERIVATION.name: DERIVATION})
    reports = [pipeline.derive("polymers", out=tmp_path / name, dimension=2, check=name == "a") for name in "ab"]
    assert reports[0].checks and reports[0].passed, [c.line() for c in reports[0].checks if not c.passed]
    a, b_ = (report.folder / "results.json" for report in reports)
    assert a.read_bytes() == b_.read_bytes()
    assert json.loads(a.read_text())["dimension"] == 2
