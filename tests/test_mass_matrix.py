"""The mass-matrix form M dU/dt = −K U of seed 000's slow manifold (issue 12)."""
import numpy as np
import pytest
import sympy as sp

from symms.errors import DerivationError, InputError
from symms.manifold import derive_slow_manifold
from symms.manifold.mass_matrix import assert_structure, mass_matrix_form
from symms.models.diffusion import diffusion_spec
from symms.naming import parse_offset_name
from symms.numerics.embedded_dae import embedded_matrices
from symms.numerics.slow_forms import BandEvaluator, SlowForms, fitted_orders


@pytest.fixture(scope="module")
def order4():
    return derive_slow_manifold(diffusion_spec(), 4)


def _kappa_function(ring, poly):
    """A ring coefficient as a SymPy function of κ at offsets (r_o = 1/κ_o, K_s = 4/S_s)."""
    kap = {o: sp.Symbol(f"k{o + 20}") for o in range(-20, 21)}
    subs = {}
    for name in ring.variables(poly):
        base, off = parse_offset_name(name)
        subs[name] = 1 / kap[off] if base == "r" else 4 / sum(1 / kap[2 * off + o] for o in (-2, -1, 1, 2))
    return ring.to_sympy(poly, subs), kap


def test_leading_orders_by_hand(order4):
    """M_0 = 4 (four dynamic variables, each equal to U_j at γ = 0); K_2 = −4·eq (8):
    K_2 U_j = (1/4)[K_{j−1}(U_j − U_{j−2}) + K_{j+1}(U_j − U_{j+2})], written out by hand."""
    f = mass_matrix_form(order4)
    ring = f.ring
    assert set(f.mass[0]) == {0} and f.mass[0][0] == 4
    assert f.stiffness[0] == {} and f.stiffness[1] == {}
    k2 = f.stiffness[2]
    assert set(k2) == {-2, 0, 2}
    x, kap = _kappa_function(ring, k2[2])
    K = lambda j: 4 / sum(1 / kap[2 * j + o] for o in (-2, -1, 1, 2))  # noqa: E731, eq (7)
    expected = {-2: -K(-1) / 4, 0: (K(-1) + K(1)) / 4, 2: -K(1) / 4}
    for k, e in expected.items():
        assert sp.cancel(_kappa_function(ring, k2[k])[0] - e) == 0


def test_product_route_equals_identity_route(order4):
    """K = −VᵀLV from the rows (3) themselves agrees exactly with K_p = −Σ_a M_a G_{p−a}."""
    a = mass_matrix_form(order4, route="identity")
    b = mass_matrix_form(order4, route="product")  # asserts the identity itself, in its own ring
    for p in range(5):
        assert set(a.stiffness[p]) == set(b.stiffness[p])
        for k, x in a.stiffness[p].items():
            assert a.ring.to_str(x) == b.ring.to_str(b.stiffness[p][k])


def test_structure_is_checked_not_assumed(order4):
    """Negative control: corrupt one entry of K_3 (or M_1) and the exact assertions fail."""
    f = mass_matrix_form(order4)
    ring = f.ring
    k = next(iter(f.stiffness[3]))
    f.stiffness[3][k] = f.stiffness[3][k] + ring.x(0)
    with pytest.raises(DerivationError, match="K_3"):
        assert_structure(f, check_identity=False)
    g = mass_matrix_form(order4)
    g.mass[1][1] = g.mass[1][1] + ring.x(1)
    with pytest.raises(DerivationError, match="M_1"):
        assert_structure(g)


def test_bands_are_the_taylor_coefficients_of_the_numerical_products(order4):
    """Independent: V from the manifold, D and L(γ) from the rows as numbers; VᵀDV and −VᵀL(γ)V are
    polynomials in γ whose low coefficients must be the exact M_a (a ≤ P−2) and K_p (p ≤ P)."""
    f = mass_matrix_form(order4)
    m = 7
    kappa = np.random.default_rng(3).uniform(0.6, 1.8, 2 * m)
    ev = BandEvaluator(f.ring, kappa)
    deg = 2 * (order4.order - 1) + 1
    nodes = np.cos(np.pi * (np.arange(deg + 1) + 0.5) / (deg + 1)) * 0.5
    Ms, Ks = [], []
    for g in nodes:
        D, L = embedded_matrices(diffusion_spec(), kappa, g)
        V = ev.fine_field(f.fine_field, g)
        Ms.append(V.T @ D @ V)
        Ks.append(-V.T @ L @ V)
    inv = np.linalg.inv(np.vander(nodes, deg + 1, increasing=True))
    Mc, Kc = np.einsum("pq,qij->pij", inv, np.array(Ms)), np.einsum("pq,qij->pij", inv, np.array(Ks))
    for a in range(order4.order - 1):
        assert np.allclose(Mc[a], ev.matrix([{}] * a + [f.mass[a]], 1.0), atol=1e-9)
    for p in range(order4.order + 1):
        assert np.allclose(Kc[p], ev.matrix([{}] * p + [f.stiffness[p]], 1.0), atol=1e-9)


def test_conserved_quantity_is_the_dynamic_fine_mass(order4):
    """M U' = −K U conserves Σ_j (M U)_j exactly (K symmetric with zero row sums).  With V·1 = 1 at
    every order, Σ_j (VᵀDV U)_j = Σ (D v): the dynamic fine mass (twice Σ u_i at γ = 1); the
    minimal M (to γ^{P−2}) carries it to O(γ^{P−1})."""
    f = mass_matrix_form(order4)
    m = 6
    kappa = np.random.default_rng(5).uniform(0.5, 2.0, 2 * m)
    ev = BandEvaluator(f.ring, kappa)
    gaps = []
    for g in (0.05, 0.1, 1.0):
        V = ev.fine_field(f.fine_field, g)
        assert np.allclose(V @ np.ones(m), 1.0, atol=1e-12)
        K = ev.matrix(f.stiffness, g)
        assert np.allclose(np.ones(m) @ K, 0, atol=1e-12) and np.allclose(K, K.T, atol=1e-12)
        D, _ = embedded_matrices(diffusion_spec(), kappa, g)
        gaps.append(np.abs(np.ones(m) @ ev.matrix(f.mass, g) - np.ones(8 * m) @ D @ V).max())
    assert gaps[0] < 1e-3 and gaps[1] / gaps[0] > 2 ** (order4.order - 1) * 0.7


@pytest.mark.parametrize("P", [2, 3])
def test_error_orders_against_the_embedded_dae(P):
    """Slow spectrum of the full embedded DAE (3) (algebraic rows eliminated, numpy) against each
    form: minimal and G_P err by O(γ^{P+1}); the Rayleigh–Ritz products of the same truncated V
    by O(γ^{2P}) (eigenvalues of a symmetric pencil are stationary in the subspace)."""
    f = mass_matrix_form(derive_slow_manifold(diffusion_spec(), P))
    for m, seed in ((5, 7), (6, 8)):
        forms = SlowForms(f, np.random.default_rng(seed).uniform(0.6, 1.8, 2 * m))
        r = fitted_orders(forms, ["G", "minimal", "rayleigh-ritz"], np.array([0.05, 0.1, 0.2]))
        assert r["G"]["order"] > P + 1 - 0.35 and r["minimal"]["order"] > P + 1 - 0.35
        assert r["rayleigh-ritz"]["order"] > 2 * P - 0.35
        assert r["rayleigh-ritz"]["errors"][0] < 0.3 * r["minimal"]["errors"][0]


def test_bad_input(order4):
    with pytest.raises(InputError, match="truncation"):
        mass_matrix_form(order4, truncation="full")
    with pytest.raises(InputError, match="route"):
        mass_matrix_form(order4, truncation="rayleigh-ritz", route="identity")
    with pytest.raises(InputError, match="order >= 2"):
        mass_matrix_form(derive_slow_manifold(diffusion_spec(), 1))


# --- numerics: the periodic banded solver, the consistent initial condition, the model ------------

def test_cyclic_banded_solver_matches_dense():
    from symms.numerics.cyclic_banded import CyclicBandedSolver, band_to_dense

    rng = np.random.default_rng(0)
    for m, shifts, diag in ((9, [-2, -1, 0, 1, 2], 4.0), (12, [-3, -1, 0, 1, 3], 4.0), (7, [0], 2.0), (10, [-2, -1, 0, 1, 2], 0.1)):
        A = np.diag(rng.uniform(diag, diag + 1, m))
        for k in shifts:
            if k > 0:
                for j, x in enumerate(rng.uniform(-0.4, 0.4, m)):
                    A[j, (j + k) % m] += x
                    A[(j + k) % m, j] += x
        band = np.array([[A[j, (j + k) % m] for k in shifts] for j in range(m)])
        assert np.array_equal(band_to_dense(band, shifts), A)
        b = rng.normal(size=(m, 2))
        S = CyclicBandedSolver(band, shifts)
        assert S.method == ("cholesky" if diag > 1 else "lu")  # the last one is indefinite
        assert np.abs(A @ S.solve(b) - b).max() < 1e-12 * np.abs(b).max() * np.linalg.cond(A)
    with pytest.raises(InputError, match="needs m > 4"):
        CyclicBandedSolver(np.ones((4, 3)), [-2, 0, 2])


def _kernels(f):
    from symms.models.diffusion_mass_matrix import restriction_bands
    from symms.numerics.slow_forms import RingOperatorKernel

    even, odd = restriction_bands(f)
    return {name: RingOperatorKernel(f.ring, bands) for name, bands in
            (("mass", f.mass), ("stiffness", f.stiffness), ("restrict_even", even), ("restrict_odd", odd))}


def test_consistent_initial_condition_and_rhs(order4):
    """U(0) = M⁻¹ Vᵀ D E u(0) (V to M's order) against dense linear algebra on the fine field V and the
    embedded D; a constant fine field gives the constant exactly (V·1 = 1); dU/dt = −M⁻¹ K U."""
    from symms.numerics.mass_matrix_solve import MassMatrixModel
    from symms.numerics.slow_forms import embed_fine

    f = mass_matrix_form(order4)
    m = 10
    kappa = np.random.default_rng(11).uniform(0.5, 2.0, 2 * m)
    model = MassMatrixModel(_kernels(f), kappa, 1.0)
    ev = BandEvaluator(f.ring, kappa)
    M, K = ev.matrix(f.mass, 1.0), ev.matrix(f.stiffness, 1.0)
    V = ev.fine_field(f.fine_field[:len(f.mass)], 1.0)
    D, _ = embedded_matrices(diffusion_spec(), kappa, 1.0)
    u0 = np.random.default_rng(12).normal(size=2 * m)
    U0 = model.consistent_initial_condition(u0)
    assert np.allclose(U0, np.linalg.solve(M, V.T @ D @ embed_fine(u0)), atol=1e-12)
    assert np.allclose(model.consistent_initial_condition(np.full(2 * m, 3.0)), 3.0, atol=1e-12)
    assert abs((-1.0) ** np.arange(m) @ M @ U0) < 1e-12  # the checkerboard gets no amplitude
    assert np.allclose(model.rhs(U0), -np.linalg.solve(M, K @ U0), atol=1e-12)
    with pytest.raises(InputError, match="shape"):
        model.consistent_initial_condition(u0[:-2])


def test_mass_matrix_model_value():
    """The derivation's model: four band kernels whose tables are the exact bands, flux-form K."""
    from symms.models.diffusion import build_model

    model = build_model(3, form="mass-matrix")
    assert model.variant == "order3-mass-matrix" and model.parameters == {"order": 3, "form": "mass-matrix"}
    assert [k.name for k in model.kernels] == ["mass", "stiffness", "restrict_even", "restrict_odd"]
    f = mass_matrix_form(derive_slow_manifold(diffusion_spec(), 3))
    stiffness = model.kernel("stiffness")
    assert {p: dict(row) for p, row in stiffness.coefficients.items()} == \
        {p: {k: f.ring.to_str(c) for k, c in b.items()} for p, b in enumerate(f.stiffness) if b}
    labels = [e.label for s in model.sections for e in s.equations]
    assert "M0" in labels and "K2" in labels and "K3" in labels
    k2 = next(e for s in model.sections for e in s.equations if e.label == "K2")
    assert {fac for _, fac in k2.terms} == {sp.Symbol("gamma") ** 2 * sp.Symbol(n) for n in ("dU_m2", "dU_p2")}  # eq (8) flux form
    r = model.results
    assert r["exact_facts"]["stiffness_symmetric_orders"] == [0, 1, 2, 3]
    assert r["error_orders_vs_embedded_dae"]["5"]["rayleigh-ritz"]["order"] > 5.6


def test_derivation_check_on_the_mass_matrix_kernels():
    """The derivation's independent check (embedded DAE slow spectrum, symmetry at γ = 1) passes on the
    exact M, K and fails when K is replaced by −4 G_3, which has the right eigenvalues but no symmetry."""
    from symms.numerics.embedded_dae import eigenvalue_check
    from symms.numerics.slow_forms import RingOperatorKernel

    f = mass_matrix_form(derive_slow_manifold(diffusion_spec(), 3))
    kernels = _kernels(f)
    results = eigenvalue_check({"order": 3, "form": "mass-matrix"}, kernels)
    assert all(r.passed for r in results) and len(results) == 2
    fake = {"mass": RingOperatorKernel(f.ring, [{0: f.ring.zero() + 4}]),
            "stiffness": RingOperatorKernel(f.ring, [{k: -4 * x for k, x in b.items()} for b in f.evolution])}
    results = eigenvalue_check({"order": 3, "form": "mass-matrix"}, fake)
    assert not results[0].passed and results[1].passed


def test_galerkin_form_at_full_coupling_is_stable_and_accurate():
    """K = −V_dᵀ A V_d with A the fine operator (1): positive semidefinite by construction (A ≤ 0), so no
    growing modes; from eq (6)'s O(γ) manifold (P = 2) its 4 slowest eigenvalues err by a few per cent
    (measured 0.030 mean at m = 32); the piecewise-constant V_0 alone errs by about 100 %."""
    from symms.numerics.slow_forms import gamma1_comparison

    f = mass_matrix_form(derive_slow_manifold(diffusion_spec(), 2))
    kappa = np.random.default_rng(1).uniform(0.5, 2.0, 64)
    forms = SlowForms(f, kappa)
    M, K = forms.galerkin(1.0)
    assert np.linalg.eigvalsh(0.5 * (K + K.T)).min() > -1e-12 * np.abs(K).max()
    assert np.linalg.eigvalsh(M).min() > 0
    r = gamma1_comparison(f, kappa)
    assert r["galerkin"]["growing"] == 0 and r["galerkin"]["error"] < 0.1
    assert r["G"]["error"] > 0.7  # G_2 on the whole grid: every slow mode twice (two decoupled sublattices)


@pytest.mark.parametrize("backend", ["numpy", "c"])
def test_pipeline_emits_the_four_mass_matrix_kernels(tmp_path, backend):
    """`symms derive diffusion --form mass-matrix`: several lattice operators in one variant, each in its
    own files, verified by the pipeline; at small gamma M -> 4 I and K -> -4 G_2 with G_2 the
    harmonic-mean stencil of seed 000 eqs (7)-(8) written out by hand."""
    from symms import pipeline

    report = pipeline.derive("diffusion", out=tmp_path, order=3, form="mass-matrix")
    assert report.passed and report.verified, [c.line() for c in report.checks if not c.passed]
    assert {"kernels.py", "kernels_stiffness.py", "kernels_restrict_even.c", "kernels_restrict_odd.terms.npy"} <= set(report.files)
    ks = pipeline.folder_kernels(report.folder, backends=(backend,))
    assert set(ks) == {"mass", "stiffness", "restrict_even", "restrict_odd"}
    rng = np.random.default_rng(7)
    m, g = 8, 1e-3
    kappa = rng.uniform(0.5, 2.0, 2 * m)
    M = ks["mass"].bind(kappa, g).matrix().toarray()
    assert np.allclose(M, 4 * np.eye(m), rtol=0, atol=50 * g)
    K = ks["stiffness"].bind(kappa, g).matrix().toarray() / g ** 2
    n = kappa.size
    H = np.array([4 / sum(1 / kappa[(2 * j + o) % n] for o in (-2, -1, 1, 2)) for j in range(m)])
    G2 = np.zeros((m, m))
    for j in range(m):  # [gamma^2] dU_j/dt = (K_{j-1}(U_{j-2} - U_j) + K_{j+1}(U_{j+2} - U_j))/16
        G2[j, (j - 2) % m] += H[(j - 1) % m] / 16
        G2[j, (j + 2) % m] += H[(j + 1) % m] / 16
        G2[j, j] -= (H[(j - 1) % m] + H[(j + 1) % m]) / 16
    assert np.allclose(K, -4 * G2, rtol=0, atol=20 * g * np.abs(G2).max())
