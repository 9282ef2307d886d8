"""Independent numerics of the Ginzburg–Landau lattice (seed 001 §5, eqs 5.1–5.3).

H = Σ_i [(φ_i - φ_{i+1})² + V(φ_i)] on a periodic 1D lattice, V(φ) = αφ² + λφ⁴ (eq 5.1; the seed's
ordered-pair sum counts every bond twice, which cancels its ½).  Two computations that share
nothing with the perturbation series of :mod:`symms.models.ginzburg_landau`:

- the **transfer-integral method** (Scalapino, Sears & Ferrell, PRB 6, 3409 (1972)) for the
  grand-canonical measure exp(-βH + βhΣφ): the symmetric kernel
  T(φ, φ') = exp(-β[(φ - φ')² + (V(φ) + V(φ'))/2 - h(φ + φ')/2]) discretised by the trapezoidal
  (Nyström) rule on a uniform grid, K_ab = Δ T(x_a, x_b).  With the eigenpairs (μ_n, v_n) of K:
  the pressure p(h) = log μ_0, the one-site marginal v_0², U(h) = Σ x v_0² (Hellmann–Feynman:
  U = p'(h)/β), and the susceptibility by the correlation sum
  χ = Σ_j Cov(φ_0, φ_j) = Σ_{n≥1} (v_0ᵀ X v_n)² (1 + r_n)/(1 - r_n), r_n = μ_n/μ_0, so that
  dU/dh = βχ and D(U) = ½ dh/dU = 1/(2βχ) (the hydrodynamic limit of eq 5.2);
- an **Euler–Maruyama simulation of eq 5.2** in the microscopic time s = N²t, with one Wiener
  process per bond (so Σφ is conserved to rounding), dφ = -½ L ∇H ds + β^{-1/2} (bond noise),
  L the graph Laplacian: the lag-one regression of the lowest Fourier mode gives its decay rate.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..errors import DerivationError, InputError

NEWTON_TOL = 1e-14     # |U(h) - U| / max(1, |U|) at which the solve for h stops
NEWTON_STEPS = 40


def check_parameters(alpha, lam, beta) -> None:
    """InputError unless alpha > 0, lambda >= 0, beta > 0 (finite): V = αφ² + λφ⁴ of eq 5.1."""
    for name, value, ok, fix in (("alpha", alpha, alpha > 0, "> 0 (the Gaussian reference needs a confining αφ²)"),
                                 ("lambda", lam, lam >= 0, ">= 0 (λ < 0 makes exp(-βH) non-normalisable)"),
                                 ("beta", beta, beta > 0, "> 0 (the inverse temperature 1/k_B T)")):
        if not np.isfinite(value) or not ok:
            raise InputError(f"{name} must be {fix}, got {value!r}")


def gaussian_variance(alpha, beta) -> float:
    """σ² = C(0) = 1/(2β√(α² + 4α)): the one-site variance of the λ = 0 measure."""
    return 1.0 / (2 * beta * np.sqrt(alpha * alpha + 4 * alpha))


@dataclass(frozen=True)
class Grid:
    """``points`` equispaced nodes on [center - half_width, center + half_width] (trapezoidal weights Δ)."""

    center: float
    half_width: float
    points: int

    def __post_init__(self):
        if not isinstance(self.points, (int, np.integer)) or self.points < 9:
            raise InputError(f"the transfer-integral grid needs an integer number of points >= 9, got {self.points!r}")
        if not (np.isfinite(self.half_width) and self.half_width > 0 and np.isfinite(self.center)):
            raise InputError(f"the transfer-integral grid needs a finite centre and a half-width > 0, got "
                             f"centre {self.center!r}, half-width {self.half_width!r}")

    @property
    def x(self) -> np.ndarray:
        return self.center + np.linspace(-self.half_width, self.half_width, self.points)

    @property
    def spacing(self) -> float:
        return 2 * self.half_width / (self.points - 1)


MAX_POINTS = 4000  # a dense eigh of this size takes seconds; beyond it the parameters are refused


def grid_for(U, alpha, lam, beta, spacing=0.5, width=10.0) -> Grid:
    """A grid centred at U: half-width ``width`` σ (σ of the Gaussian reference bounds the spread for
    λ >= 0) and step ``spacing`` × the conditional standard deviation 1/√(2β(2 + V''(U)/2)) of one
    site given its neighbours (the finest scale of the kernel)."""
    check_parameters(alpha, lam, beta)
    if not (spacing > 0 and width > 0):
        raise InputError(f"grid spacing and width factors must be > 0, got {spacing!r}, {width!r}")
    local = 1.0 / np.sqrt(2 * beta * (2 + alpha + 6 * lam * U * U))
    half = width * np.sqrt(gaussian_variance(alpha, beta))
    points = int(np.ceil(2 * half / (spacing * local))) + 1
    if points > MAX_POINTS:
        raise InputError(f"the transfer-integral grid at U = {U:g} needs {points} points (at most {MAX_POINTS}): "
                         "the spread of one site (small alpha or beta) is too wide for its finest scale (large "
                         "lambda U^2); use a larger alpha or beta, or a smaller lambda or U-max")
    return Grid(float(U), float(half), points)


@dataclass(frozen=True)
class TransferState:
    """The grand-canonical state at chemical potential h on one grid: pressure p(h) = log μ_0,
    mean U, susceptibility χ = Σ_j Cov(φ_0, φ_j), the gap ratio μ_1/μ_0, and the marginal's mass
    at the grid's ends (truncation diagnostic)."""

    h: float
    pressure: float
    U: float
    chi: float
    ratio: float
    edge: float
    beta: float

    @property
    def D(self) -> float:
        """D = ½ dh/dU = 1/(2βχ) (the hydrodynamic limit of eq 5.2; corrected eq 5.5)."""
        return 1.0 / (2 * self.beta * self.chi)


def transfer_state(grid: Grid, h, alpha, lam, beta) -> TransferState:
    """Eigen-decomposition of the Nyström transfer matrix at chemical potential h (module doc)."""
    x = grid.x
    V = alpha * x * x + lam * x ** 4 - h * x
    K = grid.spacing * np.exp(-beta * ((x[:, None] - x[None, :]) ** 2 + (V[:, None] + V[None, :]) / 2))
    mu, vec = np.linalg.eigh(K)
    mu, vec = mu[::-1], vec[:, ::-1]
    if mu[0] <= 0 or not np.isfinite(mu[0]):
        raise DerivationError(f"the transfer matrix at chemical potential h = {h:g} has no finite positive top eigenvalue "
                              "(its kernel exp(-beta H) overflows): the density is too high for these alpha, lambda, "
                              "beta; use a smaller U-max")
    v0 = vec[:, 0]
    weight = v0 * v0
    amplitudes = v0 @ (x[:, None] * vec[:, 1:])
    r = mu[1:] / mu[0]
    chi = float(np.sum(amplitudes ** 2 * (1 + r) / (1 - r)))
    return TransferState(float(h), float(np.log(mu[0])), float(weight @ x), chi, float(r[0]),
                         float(weight[0] + weight[-1]), float(beta))


def state_at_mean(U, alpha, lam, beta, grid: Grid | None = None) -> TransferState:
    """The state of mean U: Newton on h with dU/dh = βχ, from the mean-field h = V'(U) (eq 5.4's
    constraint φ̄ = U by equivalence of ensembles)."""
    grid = grid or grid_for(U, alpha, lam, beta)
    h = 2 * alpha * U + 4 * lam * U ** 3
    for _ in range(NEWTON_STEPS):
        state = transfer_state(grid, h, alpha, lam, beta)
        miss = U - state.U
        if abs(miss) <= NEWTON_TOL * max(1.0, abs(U)):
            return state
        h += miss / (beta * state.chi)
    raise DerivationError(f"the chemical potential of mean U = {U:g} did not converge in {NEWTON_STEPS} Newton steps "
                          f"(last miss {miss:.1e}); widen the grid")


def susceptibility_by_difference(grid: Grid, h, alpha, lam, beta, step=1e-3) -> float:
    """dU/dh by the second-order central difference (U(h + δ) - U(h - δ))/2δ on a fixed grid,
    divided by β: χ again, without the correlation sum."""
    up, down = (transfer_state(grid, h + s, alpha, lam, beta).U for s in (step, -step))
    return (up - down) / (2 * step * beta)


def free_energy(U, alpha, lam, beta, grid: Grid) -> float:
    """F(U) of eq 5.4 (sign as printed: F = lim (1/N) log ∫ e^{-βH} δ(φ̄ - U) dφ) by the Legendre
    transform of the transfer-integral pressure, F(U) = p(h(U)) - βh(U)U."""
    state = state_at_mean(U, alpha, lam, beta, grid)
    return state.pressure - beta * state.h * U


def free_energy_curvature(U, alpha, lam, beta, step=1e-2) -> float:
    """F''(U) by the fourth-order central difference of :func:`free_energy` on one grid centred at U."""
    grid = grid_for(U, alpha, lam, beta, spacing=0.4, width=12.0)
    F = [free_energy(U + k * step, alpha, lam, beta, grid) for k in (-2, -1, 0, 1, 2)]
    return (-F[0] + 16 * F[1] - 30 * F[2] + 16 * F[3] - F[4]) / (12 * step * step)


# --------------------------------------------------------------------------- Langevin dynamics (eq 5.2)

@dataclass(frozen=True)
class ModeDecay:
    """The lowest Fourier mode's lag-one regression: AR coefficient a (mean over batches of
    replicas), its standard error, the rate γ = (1 - a)/ds and its standard error, and the run."""

    a: float
    a_error: float
    dt: float
    sites: int
    samples: int

    @property
    def rate(self) -> float:
        return (1 - self.a) / self.dt

    @property
    def rate_error(self) -> float:
        return self.a_error / self.dt

    @property
    def omega(self) -> float:
        """ω = 2 - 2cos(2π/N) = 4 sin²(π/N): the lowest eigenvalue of the graph Laplacian."""
        return 4 * np.sin(np.pi / self.sites) ** 2


def lattice_rate(alpha, sites) -> float:
    """The exact decay rate of the lowest mode of eq 5.2 at λ = 0 in s = N²t: γ = ω(ω + α),
    ω = 4 sin²(π/N) (the drift -½L·2(L + α)φ is diagonal in Fourier modes); β does not enter."""
    omega = 4 * np.sin(np.pi / sites) ** 2
    return omega * (omega + alpha)


def _laplacian(g):
    """(L g)_i = 2g_i - g_{i-1} - g_{i+1} on the periodic ring, sites along the first axis."""
    out = 2 * g
    out[1:] -= g[:-1]
    out[0] -= g[-1]
    out[:-1] -= g[1:]
    out[-1] -= g[0]
    return out


def gradient(phi, alpha, lam):
    """∂H/∂φ_i = 2(L φ)_i + 2αφ_i + 4λφ_i³ (eq 5.1), sites along the first axis."""
    return 2 * _laplacian(phi) + 2 * alpha * phi + 4 * lam * phi ** 3


def gaussian_start(rng, alpha, beta, sites, replicas, U=0.0):
    """``replicas`` samples (columns) of the λ = 0 canonical measure of mean U: φ = U + Σ_{q≠0} modes of
    variance 1/(2β(ω_q + α)) (the stationary law of eq 5.2 restricted to φ̄ = U)."""
    Q, omega = _real_fourier_modes(sites)
    scale = 1 / np.sqrt(2 * beta * (omega + alpha))
    return U + Q @ (scale[:, None] * rng.standard_normal((sites - 1, replicas)))


def _real_fourier_modes(sites):
    """The orthonormal real Fourier modes q = 1 … N−1 of the ring Laplacian (columns: cos and sin of
    2πqj/N for q < N/2, the alternating mode at q = N/2) and their eigenvalues ω_q = 4 sin²(πq/N).
    Written out rather than taken from ``eigh``, whose basis of each degenerate ±q pair depends on
    the LAPACK build."""
    j = np.arange(sites)
    columns, omega = [], []
    for q in range(1, sites // 2 + 1):
        w = 4 * np.sin(np.pi * q / sites) ** 2
        if 2 * q == sites:
            columns.append(np.cos(np.pi * j) / np.sqrt(sites))
            omega.append(w)
            continue
        angle = 2 * np.pi * q * j / sites
        columns += [np.cos(angle) * np.sqrt(2 / sites), np.sin(angle) * np.sqrt(2 / sites)]
        omega += [w, w]
    return np.stack(columns, axis=1), np.array(omega)


def mode_decay(alpha, lam, beta, sites=16, dt=0.05, steps=4000, replicas=2000, batches=20, burn_in=0, seed=0,
               U=0.0) -> ModeDecay:
    """Euler–Maruyama of eq 5.2 (module doc) for ``replicas`` independent rings of ``sites`` sites (columns)
    from :func:`gaussian_start`; the lowest mode x = N^{-1/2} Σ_j φ_j e^{-2πij/N} (real and
    imaginary parts) is regressed on itself one step later, a = Σ Re(x_{n+1} x̄_n)/Σ|x_n|².  At λ = 0
    each mode is exactly an AR(1) process with a = 1 - γ ds, γ of :func:`lattice_rate`, so the
    estimate has no time-step bias; the standard error is the spread over ``batches`` groups of
    independent replicas."""
    check_parameters(alpha, lam, beta)
    if not (sites >= 4 and dt > 0 and steps >= 1 and replicas >= batches >= 2 and replicas % batches == 0):
        raise InputError("mode_decay needs sites >= 4, dt > 0, steps >= 1 and replicas a multiple of batches >= 2")
    fastest = 4 * (4 + alpha + 6 * lam * (U * U + 9 * gaussian_variance(alpha, beta)))  # ω(ω + V''/2) at ω = 4
    if dt * fastest >= 1.5:
        raise InputError(f"time step {dt:g} is too close to the Euler–Maruyama stability limit of the fastest mode "
                         f"(rate about {fastest:.3g}); use dt < {1.5 / fastest:.3g}")
    rng = np.random.default_rng(seed)
    phi = gaussian_start(rng, alpha, beta, sites, replicas, U)
    angle = 2 * np.pi * np.arange(sites) / sites
    wave = np.stack([np.cos(angle), -np.sin(angle)]) / np.sqrt(sites)   # (Re x, Im x) of the lowest mode
    noise = np.sqrt(dt / beta)
    num = np.zeros(replicas)
    den = np.zeros(replicas)
    x = wave @ phi
    for n in range(burn_in + steps):
        xi = noise * rng.standard_normal((sites, replicas))   # dW(i, i+1) per bond; φ_i gets dW(i-1, i) - dW(i, i+1)
        phi = phi - 0.5 * dt * _laplacian(gradient(phi, alpha, lam)) + np.roll(xi, 1, axis=0) - xi
        x_next = wave @ phi
        if n >= burn_in:
            num += np.sum(x_next * x, axis=0)
            den += np.sum(x * x, axis=0)
        x = x_next
    group = [slice(k * replicas // batches, (k + 1) * replicas // batches) for k in range(batches)]
    estimates = np.array([num[g].sum() / den[g].sum() for g in group])
    return ModeDecay(float(estimates.mean()), float(estimates.std(ddof=1) / np.sqrt(batches)), dt, sites,
                     2 * replicas * steps)


# --------------------------------------------------------------------------- the macroscale equation (eq 5.3)

def macroscale_run(D, U0, T, safety=0.4):
    """∂_t U = ∂_x(D(U) ∂_x U) (eq 5.3) on the periodic unit interval, cells of width 1/n = 1/len(U0):
    conservative finite volumes, face diffusivity the mean of the neighbours' D, explicit Euler with
    dt = safety·h²/max D (re-evaluated each step).  Σ U h is conserved to rounding.  Returns (U(T), steps)."""
    U = np.array(U0, dtype=float)
    n = U.size
    if n < 4 or not (T > 0 and 0 < safety <= 0.5):
        raise InputError("macroscale_run needs >= 4 cells, T > 0 and 0 < safety <= 0.5")
    h = 1.0 / n
    t, steps = 0.0, 0
    while t < T:
        d = D(U)
        if np.any(d <= 0):
            raise InputError("D(U) <= 0 on the macroscale grid: eq 5.3 is ill-posed there (the seed's sign of eq 5.5?)")
        dt = min(safety * h * h / d.max(), T - t)
        face = 0.5 * (d + np.roll(d, -1))                    # face i + 1/2
        flux = face * (np.roll(U, -1) - U) / h
        U = U + dt * (flux - np.roll(flux, 1)) / h
        t += dt
        steps += 1
    return U, steps
