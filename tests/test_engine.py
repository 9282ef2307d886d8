"""The centre-manifold engine on seed 000: eqs (6) and (8) exactly, residuals, amplitudes."""
import numpy as np
import pytest
import sympy as sp

from symms.errors import DerivationError, InputError
from symms.manifold import LatticeDAE, derive_slow_manifold, v
from symms.manifold.structure import analyse
from symms.models.diffusion import GAMMA, diffusion_spec, kappa
from symms.naming import offset_name, parse_offset_name

kap = {o: kappa(o) for o in range(-12, 13)}
inv = {o: 1 / kap[o] for o in kap}


def K_paper(j):
    """Eq (7): K_j = 4 / (κ^{-1}_{2j-2} + κ^{-1}_{2j-1} + κ^{-1}_{2j+1} + κ^{-1}_{2j+2}), j relative."""
    return 4 / (inv[2 * j - 2] + inv[2 * j - 1] + inv[2 * j + 1] + inv[2 * j + 2])


def in_kappa(m, poly):
    """A ring coefficient as a rational function of κ (r_o = 1/κ_o, K_s = 4/S_s)."""
    subs = {}
    for name in m.ring.variables(poly):
        base, off = parse_offset_name(name)
        subs[name] = inv[off] if base == "r" else K_paper(off)
    return m.ring.to_sympy(poly, subs)


@pytest.fixture(scope="module")
def order3():
    return derive_slow_manifold(diffusion_spec(), 3)


def test_eq6_fine_structure_at_order_gamma(order3):
    # seed 000 eq (6): v_j = 1 U_j + γ (1/8) K_j w (U_{j+1} - U_{j-1}), w written out by hand
    w = [-inv[0] - 2 * inv[-1] - 2 * inv[-2], -inv[0] - 2 * inv[-1], -inv[0], inv[0],
         -inv[0], inv[0], inv[0] + 2 * inv[1], inv[0] + 2 * inv[1] + 2 * inv[2]]
    for i in range(8):
        c0 = order3.manifold[0][i]
        assert set(c0) == {0} and c0[0] == 1
        c1 = order3.manifold[1][i]
        assert set(c1) == {-1, 1}
        for k in (-1, 1):
            expected = sp.Rational(k, 8) * K_paper(0) * w[i]
            assert sp.cancel(in_kappa(order3, c1[k]) - expected) == 0, (i, k)


def test_eq8_evolution_and_no_order_gamma_evolution(order3):
    assert order3.evolution[0] == {} and order3.evolution[1] == {}
    g2 = order3.evolution[2]
    assert set(g2) == {-2, 0, 2}
    expected = {-2: K_paper(-1) / 16, 0: -(K_paper(-1) + K_paper(1)) / 16, 2: K_paper(1) / 16}
    for k, e in expected.items():
        assert sp.cancel(in_kappa(order3, g2[k]) - e) == 0


def test_residual_of_every_row_vanishes_independently_in_sympy():
    """Substitute the order-3 model into the rows (3) with plain SymPy at random exact rational κ
    and expand in γ: every row vanishes through γ², and the dynamic rows' dv/dt is built by hand."""
    m = derive_slow_manifold(diffusion_spec(), 3)
    spec = m.spec
    rng = np.random.default_rng(11)
    U = {k: sp.Symbol(offset_name("U", k)) for k in range(-12, 13)}
    for trial in range(2):
        values = {o: sp.Rational(int(rng.integers(60, 180)), 100) for o in range(-24, 25)}

        def number(poly, shift=0):
            subs = {}
            for name in m.ring.variables(poly):
                base, off = parse_offset_name(name)
                if base == "r":
                    subs[name] = 1 / values.get(off + 2 * shift, sp.Integer(1))
                else:
                    s = off + shift
                    subs[name] = 4 / sum(1 / values[2 * s + o] for o in (-2, -1, 1, 2))
            return m.ring.to_sympy(poly, subs)

        def field(i, e):
            return sum(GAMMA**p * number(c, e) * U[k + e] for p in range(len(m.manifold)) for k, c in m.manifold[p][i].items())

        for r, row in enumerate(spec.rows):
            subs = {}
            for sym in sp.sympify(row).free_symbols - {GAMMA}:
                head, _, i = sym.name.rpartition("_")
                if head.startswith("v"):
                    subs[sym] = field(int(i), parse_offset_name(head)[1])
                else:
                    subs[sym] = values[parse_offset_name(sym.name)[1]]
            residual = sp.sympify(row).xreplace(subs)
            if spec.dynamic[r]:
                for p in range(len(m.manifold)):
                    for k, c in m.manifold[p][r].items():
                        for q, g in enumerate(m.evolution):
                            for l, gl in g.items():
                                residual -= GAMMA**(p + q) * number(c) * number(gl, k) * U[k + l]
            poly = sp.Poly(sp.expand(residual), GAMMA)
            for (power,), coeff in poly.terms():
                if power <= 2:
                    assert coeff == 0, (r, power)


def test_other_amplitudes():
    """(v2+v5)/2 equals the default amplitude on the manifold (rows 3+4): same coefficients.
    U_j = v_{j,2} is another admissible amplitude: different coefficients, same eigenvalues to O(γ^{P+1})."""
    default = derive_slow_manifold(diffusion_spec(), 4)
    half = derive_slow_manifold(diffusion_spec((0, 0, sp.Rational(1, 2), 0, 0, sp.Rational(1, 2), 0, 0)), 4)
    for p in range(5):
        assert set(default.evolution[p]) == set(half.evolution[p])
        for k in default.evolution[p]:  # both canonical in the same variable order
            assert default.ring.to_str(default.evolution[p][k]) == half.ring.to_str(half.evolution[p][k])
    other = derive_slow_manifold(diffusion_spec((0, 0, 1, 0, 0, 0, 0, 0)), 4)
    differs = any(other.ring.to_str(other.evolution[p].get(k, other.ring.zero())) != default.ring.to_str(c)
                  for p in range(5) for k, c in default.evolution[p].items())
    assert differs
    rng = np.random.default_rng(3)
    kap_num = rng.uniform(0.6, 1.8, 8)
    gaps = []
    for gamma in (0.1, 0.2):
        ev = [np.sort(np.linalg.eigvals(coarse_from_manifold(mm, kap_num, gamma)).real) for mm in (default, other)]
        gaps.append(np.max(np.abs(ev[0] - ev[1])))
    slope = np.log(gaps[1] / gaps[0]) / np.log(2)
    assert slope > 4.5  # both are right to O(γ^5) (order 4): differences O(γ^5) or smaller


def coarse_from_manifold(m, kap_num, gamma):
    """Dense coarse operator evaluated straight from the ring terms (no generated code)."""
    size = kap_num.size // 2
    M = np.zeros((size, size))
    fam = m.ring.families[0]
    h_terms = [(float(c), parse_offset_name(mono[0][0])[1]) for c, mono in m.ring.terms(m.ring.from_sympy_poly(fam.h))]
    for j in range(size):
        def value(name):
            base, off = parse_offset_name(name)
            if base == "r":
                return 1 / kap_num[(2 * j + off) % kap_num.size]
            return 1 / sum(c / kap_num[(2 * (j + off) + o) % kap_num.size] for c, o in h_terms)
        for p, g in enumerate(m.evolution):
            for k, poly in g.items():
                total = sum(float(c) * np.prod([value(n) ** int(e) for n, e in mono]) for c, mono in m.ring.terms(poly))
                M[j, (j + k) % size] += gamma**p * total
    return M


def test_structure_facts_order4():
    facts = analyse(derive_slow_manifold(diffusion_spec(), 4))
    assert facts[2].shifts == (-2, 0, 2) and facts[2].self_adjoint and facts[2].conservative
    assert all(f.conservative for f in facts)
    # γ³ is not self-adjoint for random κ: checked numerically in test_gamma3_not_symmetric
    assert not facts[3].self_adjoint
    # seed §3: K_{j±1} depends only on the diffusivities between κ_{2j} and κ_{2j±4} (eq 7 at j±1)
    assert facts[2].parameter_span[2] == (0, 4) and facts[2].parameter_span[-2] == (-4, 0)


def test_gamma3_not_symmetric_numerically():
    m = derive_slow_manifold(diffusion_spec(), 3)
    rng = np.random.default_rng(5)
    kap_num = rng.uniform(0.6, 1.8, 12)
    A = coarse_from_manifold(m, kap_num, 0.2)
    B = coarse_from_manifold(derive_slow_manifold(diffusion_spec(), 2), kap_num, 0.2)
    D = (A - B) / 0.2**3
    assert np.abs(D - D.T).max() > 1e-3 * np.abs(D).max()
    const = coarse_from_manifold(m, np.ones(12), 0.2)
    assert np.allclose(const, const.T, atol=1e-14, rtol=0)


def test_seed_spectrum_of_uniform_element():
    """Seed §2: with identical κ the element dynamics at γ = 0 has spectrum ∝ {0, -2/3, -2, -4}."""
    from symms.numerics.embedded_dae import embedded_matrices

    D, L = embedded_matrices(diffusion_spec(), np.ones(2), 0.0)
    dyn, alg = np.flatnonzero(np.diag(D)), np.flatnonzero(np.diag(D) == 0)
    A = L[np.ix_(dyn, dyn)] - L[np.ix_(dyn, alg)] @ np.linalg.solve(L[np.ix_(alg, alg)], L[np.ix_(alg, dyn)])
    ev = np.sort(np.linalg.eigvals(A).real)
    ratios = ev / ev[0]  # proportional to {-4, -2, -2/3, 0}
    assert np.allclose(ratios, [1, 0.5, 1 / 6, 0], atol=1e-12, rtol=0)


def test_bad_specs_and_orders():
    with pytest.raises(InputError):
        derive_slow_manifold(diffusion_spec(), 0)
    with pytest.raises(InputError):
        derive_slow_manifold(diffusion_spec(), 2.5)
    with pytest.raises(InputError):
        diffusion_spec((0, 0, 1, 1, 1, 1, 0, 0, 0))
    with pytest.raises(InputError):  # amplitude blind to the slow mode
        derive_slow_manifold(diffusion_spec((0, 0, 1, -1, 0, 0, 0, 0)), 2)
    g = sp.Symbol("gamma")
    decoupled = LatticeDAE("two-modes", (True, True), (0 * v(0, 0), 0 * v(0, 1) + g * v(1, 0)), (sp.Rational(1, 2),) * 2,
                           g, "kappa", 2)
    with pytest.raises(DerivationError):
        derive_slow_manifold(decoupled, 2)
    with pytest.raises(InputError):
        LatticeDAE("bad", (True,), (sp.Symbol("q") * v(0, 0),), (1,), g, "kappa", 2)


def test_higher_order_reuses_cached_lower_order_and_matches_fresh():
    from symms.manifold.engine import clear_cache

    clear_cache()
    derive_slow_manifold(diffusion_spec(), 3)
    extended = derive_slow_manifold(diffusion_spec(), 4)
    assert "order2" not in extended.seconds and "order4" in extended.seconds  # γ¹, γ² reused
    truncated = derive_slow_manifold(diffusion_spec(), 2)
    assert len(truncated.evolution) == 3 and len(truncated.manifold) == 2
    clear_cache()
    fresh = derive_slow_manifold(diffusion_spec(), 4)
    for p in range(5):
        assert {k: extended.ring.to_str(c) for k, c in extended.evolution[p].items()} == \
               {k: fresh.ring.to_str(c) for k, c in fresh.evolution[p].items()}


@pytest.mark.parametrize("where", ["evolution", "manifold"])
def test_exact_residual_verification_catches_one_corrupted_coefficient(order3, where):
    """Negative control: the exact residual check must fail when one coefficient is off."""
    from dataclasses import replace

    from symms.manifold.engine import verify_residual

    verify_residual(order3)  # the derived manifold passes
    evolution = [dict(g) for g in order3.evolution]
    manifold = [[dict(c) for c in level] for level in order3.manifold]
    if where == "evolution":
        k = sorted(evolution[2])[0]
        evolution[2][k] = evolution[2][k] * 2
    else:
        k = sorted(manifold[1][3])[0]
        manifold[1][3][k] = manifold[1][3][k] + order3.ring.ctx.constant(1)
    with pytest.raises(DerivationError, match="residual"):
        verify_residual(replace(order3, evolution=evolution, manifold=manifold))


def test_ring_reads_sympy_polynomials_like_sympy_poly():
    """The term-by-term reader agrees with ``sp.Poly`` over the ring's generators and refuses
    what is no polynomial with rational coefficients in the ring's variables."""
    ring = derive_slow_manifold(diffusion_spec(), 2).ring
    r0, rm1, K0 = sp.symbols("r_0 r_m1 K_0")
    expr = (r0 - sp.Rational(3, 4) * rm1 * K0) ** 3 + 5 - r0 * (r0 + 2)
    expected = sp.Poly(expr, *[sp.Symbol(n) for n in ring.names], domain="QQ")
    got = ring.from_sympy_poly(expr)
    assert {m: sp.Rational(int(c.p), int(c.q)) for m, c in zip(got.monoms(), got.coeffs())} == dict(expected.terms())
    assert ring.from_sympy_poly(sp.Integer(0)).is_zero()
    for bad in (1 / r0, sp.sqrt(2) * r0, sp.Symbol("q"), r0 ** sp.Rational(1, 2)):
        with pytest.raises(DerivationError):
            ring.from_sympy_poly(bad)


def test_top_order_projection_equals_the_per_row_correction():
    """The top order's evolution is found with the rows combined by the slow-mode weights before
    they meet the manifold; the lower orders' route (every row's residual, then −B⁻¹[R; 0])
    gives the same normal forms."""
    from symms.manifold.engine import _state_for, clear_cache

    clear_cache()
    m = derive_slow_manifold(diffusion_spec(), 4)
    it = _state_for(diffusion_spec(), 4)
    n = len(it.op.dynamic)
    N, V = it.residual(4)
    per_row = it.correct(4, N, V, (n,))[n]
    assert set(per_row) == set(m.evolution[4]) == set(range(-4, 5))
    assert all(m.ring.to_str(per_row[k]) == m.ring.to_str(m.evolution[4][k]) for k in per_row)


def test_each_order_is_verified_as_derived_and_shifted_copies_are_freed():
    """Orders are checked as they are derived (the top one by its slow-mode projection, re-checked
    row by row once a higher order makes it a manifold order); no shifted copy outlives a call."""
    from symms.manifold.engine import _state_for, clear_cache

    clear_cache()
    m3 = derive_slow_manifold(diffusion_spec(), 3)
    it = _state_for(diffusion_spec(), 3)
    assert it.verified == {1: "rows", 2: "rows", 3: "slow mode"} and not it.shift.memo
    assert m3.seconds["verify"] > 0
    derive_slow_manifold(diffusion_spec(), 4)
    it = _state_for(diffusion_spec(), 4)
    assert it.verified == {1: "rows", 2: "rows", 3: "rows", 4: "slow mode"} and not it.shift.memo
    unchecked = derive_slow_manifold(diffusion_spec(), 4, verify=False)
    assert "verify" not in unchecked.seconds


@pytest.mark.parametrize("component", [0, 3, 8])
def test_the_check_as_derived_catches_a_wrong_correction(monkeypatch, component):
    """Negative control for the in-engine check, which reuses the derivation's residual of the
    lower orders: a correction off by one unit in one component (a manifold row, or the
    evolution, component 8) must fail that order's check; the unperturbed run passes."""
    from symms.manifold import engine

    correct = engine._Iteration.correct

    def wrong(self, p, N, V, targets, tick=engine._silent):
        out = correct(self, p, N, V, targets, tick)
        if p == 2:
            k = sorted(out[component])[0]
            out[component][k] = out[component][k] + self.ring.ctx.constant(1)
        return out

    engine.clear_cache()
    derive_slow_manifold(diffusion_spec(), 3)
    engine.clear_cache()
    monkeypatch.setattr(engine._Iteration, "correct", wrong)
    with pytest.raises(DerivationError, match="gamma\\^2"):
        derive_slow_manifold(diffusion_spec(), 3)
    engine.clear_cache()


def test_the_top_order_check_catches_a_wrong_evolution(monkeypatch):
    """Negative control for the top order's check, which reuses the rows as the evolution combined
    them: an evolution off by one unit at one offset is not orthogonal to the slow mode there, and
    the from-scratch projection (``residual=None``) agrees on the unperturbed result."""
    from symms.manifold import engine

    engine.clear_cache()
    m = derive_slow_manifold(diffusion_spec(), 3)
    it = engine._state_for(diffusion_spec(), 3)
    engine._check_order(it.op, it.rows, engine._Shifts(it.ring), m.manifold, m.evolution, 3, top=True)
    evolution = engine._Iteration.evolution

    def wrong(self, p, tick=engine._silent):
        out, residual = evolution(self, p, tick)
        k = sorted(out)[-1]
        out[k] = out[k] + self.ring.ctx.constant(1)
        return out, residual

    engine.clear_cache()
    monkeypatch.setattr(engine._Iteration, "evolution", wrong)
    with pytest.raises(DerivationError, match=r"O\(gamma\^3\), U_\(j\+3\) is not orthogonal to the slow mode"):
        derive_slow_manifold(diffusion_spec(), 3)
    engine.clear_cache()



def test_progress_moves_within_one_order(monkeypatch):
    """Orders from INNER_PROGRESS_ORDER on get a second bar whose steps (rows on the manifold,
    residual rows, corrections, checks) advance inside the order."""
    from symms.manifold import engine

    bars = []

    class Recorder:
        def __init__(self, iterable=(), desc="", disable=False, **kw):
            self.iterable, self.desc, self.disable, self.stages = iterable, desc, disable, []
            bars.append(self)

        def __iter__(self):
            return iter(self.iterable)

        def set_postfix_str(self, text, refresh=True):
            self.stages.append(text)

        def update(self, n=1):
            pass

        def set_postfix(self, **kw):
            pass

        def close(self):
            pass

    monkeypatch.setattr(engine, "tqdm", Recorder)
    monkeypatch.setattr(engine, "INNER_PROGRESS_ORDER", 3)
    engine.clear_cache()
    derive_slow_manifold(diffusion_spec(), 4, progress=True)
    inner = {b.desc.strip(): b for b in bars if b.desc.strip().startswith("gamma^")}
    assert inner["gamma^2"].disable and not inner["gamma^3"].disable and not inner["gamma^4"].disable
    at3, at4 = inner["gamma^3"].stages, inner["gamma^4"].stages
    assert {f"residual row {r}" for r in range(8)} <= set(at3) and {f"correction {t}" for t in range(9)} <= set(at3)
    assert {f"check row {r}" for r in range(8)} <= set(at3)
    assert "rows on the manifold" in at4 and "dv/dt convolution" in at4 and len(at4) > 15  # the top order: per shift
    assert at4[-1] == "check slow mode"
    engine.clear_cache()
