"""The periodic TFW fibre on a deformed cell: energy, potential, constrained ground state and stress.

Seed 001 eqs 3.11–3.15 and 4.3–4.6 in the reference cell Γ = [0, a)³ (one ion at the origin),
discretised on the N³ grid z_j = a j/N.  The pointwise densities come from the caller as
kernels (``symms.models.tfw``: lambdified SymPy or the generated numpy/C kernels); this module
adds what is not pointwise:

- Fourier coefficients f̂_k = fftn(f)/N³ (≈ |Γ|⁻¹∫_Γ f e^{-ik·z}), k = 2π m/a with m from
  ``fftfreq``; spectral first derivatives use k with the Nyquist component set to zero (so that
  ∇_z√ρ of a real field is real and D_iᵀ = -D_i exactly);
- the discrete energy W_N(A, ρ) = mean_j w_TF + mean_j w_vW(∇_z√ρ) + Σ_{k≠0} e_H(ρ̂_k), whose
  exact gradient in ψ = √ρ drives the minimisation, and whose exact A-derivative at fixed ρ is the
  cell average (k-space sum) of the stress kernels, so that on every grid the formula
  P = ∂_A W − λ ∂_A g (eq 4.6) is the derivative of the discrete W_CB(A);
- the constrained minimisation of W over ρ = ψ² with ∫_Γ ρ = n/det(I+A) (eq 3.15): L-BFGS over an
  unnormalised φ, ψ = φ (n/J)^{1/2}/‖φ‖, in coordinates preconditioned by (1 + |F^{-T}k|²/κ²)^{-1/2};
  converged when the ρ-weighted Euler–Lagrange residual ‖δW/δρ − λ‖_ρ/‖δW/δρ‖_ρ is below ``tol``,
  otherwise a DerivationError reports the residual and the iteration count.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Mapping

import numpy as np
import scipy.fft

from ..errors import DerivationError, InputError
from .deformation import check_deformation

RESOLUTION = 1e-6          # largest admissible Fourier weight of the ion charge at the grid cutoff
CONSTRAINT_TOL = 1e-8      # relative tolerance on ∫ρ = n/det(I+A) for densities given by the caller
PRECONDITIONER_K2 = 1.0    # κ² of the Fourier preconditioner (1 + |F^{-T}k|²/κ²)^{-1/2}


@dataclass(frozen=True)
class Cell:
    """The reference cell [0, side)³ with one ion of ``valence`` electrons at the origin, on a ``grid``³ mesh.

    ``ion_width`` is the Gaussian width σ of m^a (eq 3.12), or None for a uniform background
    (jellium).  ``resolution``: the largest Fourier weight exp(-σ²|K|²/2) of the ion charge allowed
    at the grid's cutoff (a convergence study may lift it to 1 on purpose).
    """

    side: float
    valence: float
    ion_width: float | None
    grid: int
    resolution: float = RESOLUTION

    def __post_init__(self):
        if not (isinstance(self.grid, (int, np.integer)) and self.grid >= 4):
            raise InputError(f"the grid must be an integer >= 4 points per side, got {self.grid!r}")
        bad = [name for name, v in (("side", self.side), ("valence", self.valence), ("ion width", self.ion_width))
               if v is not None and not (math.isfinite(v) and v > 0)]
        if bad:
            raise InputError(f"the cell's {', '.join(bad)} must be positive and finite")

    @property
    def volume(self) -> float:
        return self.side ** 3

    @property
    def points(self) -> int:
        return self.grid ** 3

    def electrons(self, A) -> float:
        """∫_Γ ρ dz = n / det(I + A), the constraint of eq 3.15."""
        return self.valence / float(np.linalg.det(np.eye(3) + A))

    def _cutoff(self, A, grid) -> float:
        """A lower bound of |F^{-T}k| over the grid's boundary |k|_∞ = π N/a."""
        return math.pi * grid / self.side / float(np.linalg.svd(np.eye(3) + A, compute_uv=False)[0])

    def ion_weight(self, A) -> float:
        """exp(-σ²K²/2) at the grid cutoff K: how much of the Gaussian ion charge the grid cuts off (0 for jellium)."""
        return 0.0 if self.ion_width is None else math.exp(-0.5 * (self.ion_width * self._cutoff(A, self.grid)) ** 2)

    def minimum_grid(self, A) -> int:
        """The smallest grid with :meth:`ion_weight` at most ``resolution``."""
        if self.ion_width is None:
            return 4
        need = math.sqrt(2 * math.log(1 / self.resolution)) / self.ion_width
        return max(4, math.ceil(need / self._cutoff(A, 1)))

    def check_resolution(self, A) -> None:
        """InputError when the grid is too coarse for the ion width at deformation A."""
        weight = self.ion_weight(A)
        if weight > self.resolution:
            raise InputError(f"grid {self.grid}^3 is too coarse for ion width {self.ion_width:g}: the ion charge's "
                             f"Fourier weight at the grid cutoff is {weight:.1e} > {self.resolution:g}; use a grid >= "
                             f"{self.minimum_grid(A)} or a wider ion")


@dataclass
class GroundState:
    """The constrained minimiser ρ(·; A) of W(A, ·) (eqs 3.14–3.15) and what the formula gives there.

    ``W`` = W_CB(A) per reference volume, ``terms`` its TF, vW and Hartree parts, ``lam`` the
    multiplier λ of eq 3.15 (= δW/δρ), ``stress`` P = ∂_A W − λ ∂_A g (eq 4.6) and
    ``stress_terms`` its parts (``tf``, ``vw``, ``hartree``: ∂_A W at fixed ρ; ``constraint``: λ ∂_A g).
    """

    A: np.ndarray
    psi: np.ndarray
    W: float
    terms: dict
    lam: float
    residual: float
    iterations: int
    stress: np.ndarray
    stress_terms: dict = field(default_factory=dict)

    @property
    def rho(self) -> np.ndarray:
        return self.psi * self.psi


class TFWSolver:
    """W(A, ρ), δW/δρ, the ground state and the stress of eq 4.6 on one :class:`Cell`.

    ``functions`` maps kernel names to callables (see ``symms.models.tfw.kernels``):
    ``tf_density``, ``vw_density``, ``hartree_mode``, ``ion_charge``, ``tf_stress``, ``vw_stress``,
    ``hartree_stress``, ``constraint_stress``.
    """

    def __init__(self, cell: Cell, functions: Mapping):
        self.cell, self.fn = cell, dict(functions)
        n = cell.grid
        m = np.fft.fftfreq(n, 1.0 / n)
        k = 2 * np.pi * m / cell.side
        mesh = np.stack(np.meshgrid(k, k, k, indexing="ij"), axis=-1)
        self.modes = mesh.reshape(-1, 3)[1:]           # every k != 0 (index 0 of the C-ordered mesh is k = 0)
        k_derivative = np.where(m == -n / 2, 0.0, k)    # Nyquist component zeroed for first derivatives
        self.k_derivative = [k_derivative.reshape(shape) for shape in ((n, 1, 1), (1, n, 1), (1, 1, n))]
        self.grid_shape = (n, n, n)
        self._check_kernels()

    def _check_kernels(self):
        """InputError unless the kernels were derived for this cell's valence, side and ion width."""
        valence = float(np.reshape(self.fn["constraint_stress"](np.zeros((3, 3)), 1.0), (3, 3))[0, 0])  # λ n F^{-T}/J
        k = np.array([2 * np.pi / self.cell.side, 0.0, 0.0])
        m = float(np.ravel(self.fn["ion_charge"](np.zeros((3, 3)), k))[0])
        width = self.cell.ion_width
        expected = 0.0 if width is None else valence * math.exp(-0.5 * (width * k[0]) ** 2) / self.cell.volume
        if abs(valence - self.cell.valence) > 1e-12 * self.cell.valence or abs(m - expected) > 1e-12 * abs(expected):
            raise InputError(f"the kernels were derived for another cell (valence {valence:g}, ion charge m_k = {m:.6g}; "
                             f"this cell: valence {self.cell.valence:g}, m_k = {expected:.6g}): derive them for this cell")

    # ---------------------------------------------------------------- transforms
    @staticmethod
    def _fft(x):
        return scipy.fft.fftn(x, workers=1)

    @staticmethod
    def _ifft(x):
        return scipy.fft.ifftn(x, workers=1)

    def gradient(self, psi) -> np.ndarray:
        """∇_z ψ on the grid, shape (N, N, N, 3) (spectral, Nyquist component zeroed)."""
        psi_hat = self._fft(psi)
        return np.stack([self._ifft(1j * kd * psi_hat).real for kd in self.k_derivative], axis=-1)

    def divergence(self, q) -> np.ndarray:
        """∇_z · q for q of shape (N, N, N, 3) (the adjoint of -:meth:`gradient`)."""
        return sum(self._ifft(1j * kd * self._fft(q[..., i])).real for i, kd in enumerate(self.k_derivative))

    def coefficients(self, rho) -> np.ndarray:
        """(Re ρ̂_k, Im ρ̂_k) for every mode k != 0, shape (N³ - 1, 2)."""
        hat = self._fft(rho).ravel()[1:] / self.cell.points
        return np.stack([hat.real, hat.imag], axis=-1)

    def ion_density(self, A) -> np.ndarray:
        """m(z; A) of eq 3.12 on the grid (a uniform n/(J|Γ|) for jellium)."""
        hat = np.zeros(self.cell.points, dtype=complex)
        hat[0] = self.cell.electrons(A) / self.cell.volume
        hat[1:] = self.fn["ion_charge"](A, self.modes)
        return (self._ifft(hat.reshape(self.grid_shape)) * self.cell.points).real

    # ---------------------------------------------------------------- W(A, ρ) and its derivatives
    def check_density(self, A, rho, normalised: bool = True) -> np.ndarray:
        """ρ as a float grid array: finite, non-negative, positive integral, and (``normalised``) on the constraint."""
        rho = np.asarray(rho, dtype=float)
        if rho.shape != self.grid_shape:
            raise InputError(f"the density must have the grid's shape {self.grid_shape}, got {rho.shape}")
        if not np.all(np.isfinite(rho)):
            raise InputError("the density has non-finite values")
        if rho.min() < 0:
            raise InputError(f"the density is negative somewhere (min {rho.min():.3g}): a density must be >= 0")
        total = float(rho.mean()) * self.cell.volume
        if not total > 0:
            raise InputError("the density integrates to 0 over the cell: it cannot be normalised")
        if normalised:
            target = self.cell.electrons(A)
            if abs(total - target) > CONSTRAINT_TOL * target:
                raise InputError(f"the density integrates to {total:.10g}, not n/det(I + A) = {target:.10g} "
                                 "(eq 3.15): rescale it with TFWSolver.normalise")
        return rho

    def normalise(self, A, rho) -> np.ndarray:
        """ρ rescaled onto the constraint ∫_Γ ρ = n/det(I + A) (eq 3.15)."""
        A = check_deformation(A)
        rho = self.check_density(A, rho, normalised=False)
        return rho * (self.cell.electrons(A) / (float(rho.mean()) * self.cell.volume))

    def _evaluate(self, A, psi, gradient: bool):
        """The energy terms at ψ and (``gradient``) ∂W/∂ψ_j and the grid fields the stress needs."""
        points = self.cell.points
        rho = psi * psi
        w_tf, dw_tf = self.fn["tf_density"](A, rho)
        g = self.gradient(psi)
        w_vw, q = self.fn["vw_density"](A, g)
        f = self.coefficients(rho)
        e_h, de_h = self.fn["hartree_mode"](A, self.modes, f)
        terms = {"tf": float(np.mean(w_tf)), "vw": float(np.mean(w_vw)), "hartree": float(np.sum(e_h))}
        if not gradient:
            return terms, None, (rho, g, f)
        X = np.zeros(points, dtype=complex)
        X[1:] = de_h[:, 0] + 1j * de_h[:, 1]
        dW_drho = np.reshape(dw_tf, self.grid_shape) / points + self._ifft(X.reshape(self.grid_shape)).real
        G = 2 * psi * dW_drho - self.divergence(np.reshape(q, self.grid_shape + (3,))) / points
        return terms, G, (rho, g, f)

    def energy(self, A, rho) -> dict:
        """W(A, ρ) of eq 3.11 term by term (``tf``, ``vw``, ``hartree``, ``total``) per reference volume."""
        A = check_deformation(A)
        rho = self.check_density(A, rho)
        self.cell.check_resolution(A)
        terms, _, _ = self._evaluate(A, np.sqrt(rho), gradient=False)
        return {**terms, "total": sum(terms.values())}

    def potential(self, A, rho) -> dict:
        """δW/δρ(z_j) on the grid, term by term (``tf``, ``vw``, ``hartree``) and ``total``.

        δW/δρ = (J/|Γ|) × the physical potential (5/3)c_TF ρ^{2/3} − c_vW ∇_y²√ρ/√ρ + φ_H (eq 3.15);
        the vW part needs ρ > 0 everywhere.
        """
        A = check_deformation(A)
        rho = self.check_density(A, rho)
        self.cell.check_resolution(A)
        if rho.min() <= 0:
            raise InputError("the vW potential needs a density > 0 everywhere")
        points, weight = self.cell.points, self.cell.volume / self.cell.points
        psi = np.sqrt(rho)
        _, dw_tf = self.fn["tf_density"](A, rho)
        _, q = self.fn["vw_density"](A, self.gradient(psi))
        _, de_h = self.fn["hartree_mode"](A, self.modes, self.coefficients(rho))
        X = np.zeros(points, dtype=complex)
        X[1:] = de_h[:, 0] + 1j * de_h[:, 1]
        out = {"tf": np.reshape(dw_tf, self.grid_shape) / self.cell.volume,
               "vw": -self.divergence(np.reshape(q, self.grid_shape + (3,))) / (2 * psi * weight * points),
               "hartree": self._ifft(X.reshape(self.grid_shape)).real / weight}
        out["total"] = out["tf"] + out["vw"] + out["hartree"]
        return out

    def stress_terms(self, A, rho, lam: float) -> dict:
        """∂_A W at fixed ρ term by term (``tf``, ``vw``, ``hartree``) and ``constraint`` = λ ∂_A g (eqs 4.6–4.7)."""
        A = check_deformation(A)
        rho = self.check_density(A, rho)
        self.cell.check_resolution(A)
        return self._stress_terms(A, rho, self.gradient(np.sqrt(rho)), self.coefficients(rho), lam)

    def _stress_terms(self, A, rho, g, f, lam) -> dict:
        return {"tf": np.mean(np.reshape(self.fn["tf_stress"](A, rho), (-1, 3, 3)), axis=0),
                "vw": np.mean(np.reshape(self.fn["vw_stress"](A, g), (-1, 3, 3)), axis=0),
                "hartree": np.sum(self.fn["hartree_stress"](A, self.modes, f), axis=0),
                "constraint": np.reshape(self.fn["constraint_stress"](A, float(lam)), (3, 3))}

    # ---------------------------------------------------------------- the constrained minimisation
    def initial_density(self, A) -> np.ndarray:
        """The fixed starting guess: half the uniform density and half the ion charge, normalised."""
        m = np.maximum(self.ion_density(A), 0.0)
        return self.normalise(A, 0.5 * m + 0.5 * self.cell.electrons(A) / self.cell.volume)

    def ground_state(self, A, initial=None, tol: float = 1e-9, max_iter: int = 2000) -> GroundState:
        """min_ρ W(A, ρ) under ∫_Γ ρ = n/det(I + A) (eqs 3.14–3.15), and the stress of eq 4.6 there.

        ``initial``: a starting density (default :meth:`initial_density`), rescaled onto the
        constraint.  L-BFGS first; when its line search stalls at the round-off of W (relative
        residuals near 1e-8), Newton steps on the gradient (CG, Hessian-vector products by central
        differences of the gradient) finish.  Raises DerivationError if the residual is still above
        ``tol`` after ``max_iter`` L-BFGS iterations and the Newton steps.
        """
        A = check_deformation(A)
        self.cell.check_resolution(A)
        rho0 = self.initial_density(A) if initial is None else self.normalise(A, initial)
        problem = _Minimisation(self, A)
        xi, iterations = problem.lbfgs(problem.start(rho0), tol, max_iter)
        if problem.residual(xi) > tol:
            xi, steps = problem.newton(xi, tol)
            iterations += steps
        residual = problem.residual(xi)
        if residual > tol:
            raise DerivationError(f"the TFW minimisation did not converge: Euler-Lagrange residual {residual:.2e} > "
                                  f"tol {tol:.0e} after {iterations} iterations (grid {self.cell.grid}^3); raise "
                                  "max_iter or loosen tol")
        return self.state_at(A, problem.psi(xi), residual, iterations)

    def state_at(self, A, psi, residual: float = float("nan"), iterations: int = 0) -> GroundState:
        """Energy terms, λ and the stress of eq 4.6 at a converged ψ."""
        terms, G, (rho, g, f) = self._evaluate(A, psi, gradient=True)
        # ∂W/∂ψ_j = 2 λ w ψ_j at the minimiser (w = |Γ|/N³): λ = Σ G ψ / (2 ∫ρ) with ∫ρ = n/J
        lam = float(np.sum(G * psi)) / (2 * self.cell.electrons(A))
        st = self._stress_terms(A, rho, g, f, lam)
        stress = st["tf"] + st["vw"] + st["hartree"] - st["constraint"]
        return GroundState(A=A, psi=psi, W=sum(terms.values()), terms=terms, lam=lam, residual=residual,
                           iterations=iterations, stress=stress, stress_terms=st)


class _Minimisation:
    """W as a function of unconstrained, preconditioned coordinates ξ (see the module docstring).

    φ = Π ξ with Π = (1 + |F^{-T}k|²/κ²)^{-1/2} in Fourier space, ψ = φ (n/J)^{1/2} / ‖φ‖_Γ; E(ξ) = W(A, ψ²)
    is invariant under ξ → tξ, so its gradient is orthogonal to ξ and its Hessian has ξ in its kernel.
    """

    NEWTON_STEPS = 8

    def __init__(self, solver: TFWSolver, A):
        self.solver, self.A = solver, A
        self.electrons = solver.cell.electrons(A)
        self.weight = solver.cell.volume / solver.cell.points
        F_inv_T = np.linalg.inv(np.eye(3) + A).T
        K = [sum(F_inv_T[r, i] * solver.k_derivative[i] for i in range(3)) for r in range(3)]
        self.pre = 1.0 / np.sqrt(1.0 + (K[0] ** 2 + K[1] ** 2 + K[2] ** 2) / PRECONDITIONER_K2)
        self._last = None

    def _apply(self, x, multiplier):
        s = self.solver
        return s._ifft(multiplier * s._fft(np.reshape(x, s.grid_shape))).real

    def start(self, rho) -> np.ndarray:
        return self._apply(np.sqrt(rho), 1.0 / self.pre).ravel()

    def psi(self, xi) -> np.ndarray:
        phi = self._apply(xi, self.pre)
        return phi * math.sqrt(self.electrons / (float(np.sum(phi * phi)) * self.weight))

    def __call__(self, xi):
        """E(ξ) and ∂E/∂ξ; remembers ψ and ∂W/∂ψ of the last point for :meth:`residual`."""
        phi = self._apply(xi, self.pre)
        norm2 = float(np.sum(phi * phi))
        scale = math.sqrt(self.electrons / (norm2 * self.weight))
        psi = scale * phi
        terms, G, _ = self.solver._evaluate(self.A, psi, gradient=True)
        dphi = scale * (G - float(np.sum(G * phi)) / norm2 * phi)
        self._last = (xi.copy(), psi, G)
        return sum(terms.values()), self._apply(dphi, self.pre).ravel()

    def residual(self, xi) -> float:
        """‖δW/δρ − λ‖_ρ / ‖δW/δρ‖_ρ = ‖G − 2λwψ‖ / ‖G‖ with G = ∂W/∂ψ_j and λ = Σ Gψ / (2 n/J)."""
        if self._last is None or not np.array_equal(self._last[0], xi):
            self(xi)
        _, psi, G = self._last
        lam = float(np.sum(G * psi)) / (2 * self.electrons)
        return _norm(G - 2 * lam * self.weight * psi) / _norm(G)

    def lbfgs(self, xi, tol, max_iter, memory: int = 20):
        """L-BFGS (two-loop recursion, Armijo backtracking) until the residual is below ``tol``, the
        iteration budget is spent, or the line search reaches the round-off of W.  Returns (ξ, iterations).

        The first curvature pair comes from a probe step along -∂E/∂ξ, which sets the step scale.
        Inner products are plain numpy sums, so results do not depend on BLAS threads.
        """
        f, g = self(xi)
        if self.residual(xi) <= tol:
            return xi, 0
        d = -g
        probe = 1e-4 * _norm(xi) / _norm(g)
        pairs = [(probe * d, self(xi + probe * d)[1] - g)]
        for iteration in range(1, max_iter + 1):
            d = _two_loop(g, pairs)
            slope = _dot(g, d)
            if slope >= 0:                      # not a descent direction: restart from the gradient
                pairs, d, slope = pairs[-1:], -g, -_dot(g, g)
            if -slope <= 1e3 * np.finfo(float).eps * abs(f):
                return xi, iteration - 1        # the decrease left is below the round-off of W
            t = 1.0
            while True:
                f_new, g_new = self(xi + t * d)
                if f_new <= f + 1e-4 * t * slope:
                    break
                t *= 0.5
                if t < 1e-8:
                    return xi, iteration - 1
            s, y = t * d, g_new - g
            if _dot(s, y) > 0:
                pairs = (pairs + [(s, y)])[-memory:]
            xi, f, g = xi + s, f_new, g_new
            if self.residual(xi) <= tol:
                return xi, iteration
        return xi, max_iter

    def newton(self, xi, tol):
        """Newton steps on ∂E/∂ξ = 0 in the complement of ξ (conjugate gradients with central-difference
        Hessian products).  Returns (the best ξ, steps)."""
        best, best_residual = xi, self.residual(xi)
        for step in range(1, self.NEWTON_STEPS + 1):
            _, grad = self(xi)
            unit = xi / _norm(xi)
            project = lambda v: v - _dot(unit, v) * unit
            scale = 1e-5 * _norm(xi)

            def hessian(v):
                e = scale / _norm(v)
                return project((self(xi + e * v)[1] - self(xi - e * v)[1]) / (2 * e))

            xi = xi + project(_conjugate_gradients(hessian, -project(grad)))
            r = self.residual(xi)
            if r < best_residual:
                best, best_residual = xi, r
            if r <= tol or r > 10 * best_residual:
                break
        return best, step


def _dot(a, b) -> float:
    return float(np.sum(a * b))


def _norm(a) -> float:
    return math.sqrt(_dot(a, a))


def _two_loop(g, pairs):
    """-H g for the L-BFGS inverse-Hessian estimate H of the curvature ``pairs`` (s, y)."""
    q, alphas = g.copy(), []
    for s, y in reversed(pairs):
        a = _dot(s, q) / _dot(y, s)
        q -= a * y
        alphas.append(a)
    s, y = pairs[-1]
    q *= _dot(s, y) / _dot(y, y)
    for (s, y), a in zip(pairs, reversed(alphas)):
        q += (a - _dot(y, q) / _dot(y, s)) * s
    return -q


def _conjugate_gradients(matvec, b, rtol: float = 1e-6, max_iter: int = 200):
    """x with matvec(x) ≈ b for a symmetric positive definite operator (stops at negative curvature)."""
    x, r = np.zeros_like(b), b.copy()
    p, rr = r.copy(), _dot(r, r)
    stop = (rtol * math.sqrt(rr)) ** 2
    for _ in range(max_iter):
        if rr <= stop:
            break
        Ap = matvec(p)
        curvature = _dot(p, Ap)
        if curvature <= 0:
            break
        alpha = rr / curvature
        x += alpha * p
        r -= alpha * Ap
        rr, rr_old = _dot(r, r), rr
        p = r + (rr / rr_old) * p
    return x


def warm_start(state: GroundState, A_new) -> np.ndarray:
    """The density of ``state`` rescaled onto the constraint at A_new (a warm start for nearby A)."""
    J0 = float(np.linalg.det(np.eye(3) + state.A))
    J1 = float(np.linalg.det(np.eye(3) + np.asarray(A_new)))
    return state.rho * (J0 / J1)


def finite_difference_stress(solver: TFWSolver, state: GroundState, h: float = 2e-3, tol: float = 1e-7) -> np.ndarray:
    """dW_CB/dA_ij by fourth-order central differences (36 converged minimisations, warm-started).

    W_CB(A + s h E_ij) for s = -2, -1, 1, 2: P_ij = [W(-2) - 8 W(-1) + 8 W(1) - W(2)] / (12 h).
    The error of W_CB is quadratic in the Euler-Lagrange residual, so ``tol`` = 1e-7 leaves it at
    round-off; the truncation error is O(h⁴).
    """
    P = np.zeros((3, 3))
    for i in range(3):
        for j in range(3):
            values = []
            for s in (-2, -1, 1, 2):
                A = state.A.copy()
                A[i, j] += s * h
                values.append(solver.ground_state(A, initial=warm_start(state, A), tol=tol).W)
            P[i, j] = (values[0] - 8 * values[1] + 8 * values[2] - values[3]) / (12 * h)
    return P


@dataclass
class DynamicsRun:
    """The relaxational fibre dynamics of eq 4.8 under a prescribed homogeneous A(t), sampled at ``times``.

    ``F`` is the macro flux of eq 4.8, ∂_A W(A, ρ(t)) − λ(t) ∂_A g, with the dynamic multiplier λ(t);
    ``P`` the quasi-static stress ∇_A W_CB(A(t)) (a converged ground state at each sample);
    ``distance`` = ‖ρ(t) − ρ(·; A(t))‖ / ‖ρ(·; A(t))‖, how far the fibre lags behind its ground state.
    """

    times: np.ndarray
    A: np.ndarray
    F: np.ndarray
    P: np.ndarray
    lam: np.ndarray
    distance: np.ndarray


def fibre_dynamics(solver: TFWSolver, path, T: float, dt: float, mass: float = 1.0, damping: float = 1.0,
                   samples: int = 20) -> DynamicsRun:
    """Eq 4.8 for a homogeneous deformation history A(t) (``path``: t → 3 × 3), from the ground state at A(0).

    For a homogeneous A the macro equation ∂²_t A = ∇(∇·F) holds identically, so A(t) is the loading.
    The fibre obeys eq 4.1, m ρ̈ + η ρ̇ = −δW/δρ + λ with ∫_Γ ρ = n/J(t).  The constraint's gradient is
    uniform, so ρ = ρ̄(t) + ρ' with ρ̄ = n/(J(t)|Γ|) exact and ρ' of zero mean driven by the zero-mean
    part of −δW/δρ (damped velocity Verlet); averaging eq 4.1 gives λ = mean(δW/δρ) + m ρ̄'' + η ρ̄'.
    Raises InputError if dt does not resolve the fastest fibre mode, DerivationError if ρ turns negative.
    """
    if not (mass > 0 and damping >= 0 and dt > 0 and T > 0 and samples >= 1):
        raise InputError(f"need mass > 0, damping >= 0, dt > 0, T > 0, samples >= 1; got {mass}, {damping}, {dt}, "
                         f"{T}, {samples}")
    cell = solver.cell
    steps = int(round(T / dt))
    every = max(1, steps // samples)

    def mean_density(t):
        return cell.electrons(check_deformation(path(t))) / cell.volume

    def rates(t):
        h = 0.5 * dt
        return ((mean_density(t + h) - mean_density(t - h)) / (2 * h),
                (mean_density(t + h) - 2 * mean_density(t) + mean_density(t - h)) / h ** 2)

    def potential(A, rho):
        if rho.min() <= 0:
            raise DerivationError(f"the fibre dynamics reached a density <= 0 (min {rho.min():.2e}): reduce dt or "
                                  "raise the damping")
        _, G, _ = solver._evaluate(A, np.sqrt(rho), gradient=True)
        return G / (2 * np.sqrt(rho) * cell.volume / cell.points)        # δW/δρ at the grid points

    A = check_deformation(path(0.0))
    state = solver.ground_state(A)
    rho = state.rho
    stiffness = _fastest_stiffness(solver, potential, A, rho)
    if dt * math.sqrt(stiffness / mass) >= 1.8:
        raise InputError(f"time step {dt:g} does not resolve the fastest fibre mode: need dt < "
                         f"{1.8 * math.sqrt(mass / stiffness):.3g} (or a larger mass)")
    velocity = np.zeros_like(rho)
    force = -potential(A, rho)
    force -= force.mean()
    out = {"times": [], "A": [], "F": [], "P": [], "lam": [], "distance": []}
    for step in range(steps + 1):
        t = step * dt
        if step % every == 0 or step == steps:
            A = path(t)
            v = potential(A, rho)
            d1, d2 = rates(t)
            lam = float(v.mean()) + mass * d2 + damping * d1
            _, _, (_, g, f) = solver._evaluate(A, np.sqrt(rho), gradient=False)
            parts = solver._stress_terms(A, rho, g, f, lam)
            state = solver.ground_state(A, initial=warm_start(state, A))
            for key, value in (("times", t), ("A", A), ("F", parts["tf"] + parts["vw"] + parts["hartree"]
                                                              - parts["constraint"]),
                               ("P", state.stress), ("lam", lam),
                               ("distance", _norm(rho - state.rho) / _norm(state.rho))):
                out[key].append(value)
        if step == steps:
            break
        # damped velocity Verlet for the zero-mean part ρ'; ρ̄(t) is imposed exactly
        velocity = velocity + 0.5 * dt * (force - damping * velocity) / mass
        fluctuation = rho - rho.mean() + dt * (velocity - velocity.mean())
        rho = fluctuation + mean_density(t + dt)
        force = -potential(path(t + dt), rho)
        force -= force.mean()
        velocity = (velocity + 0.5 * dt * force / mass) / (1 + 0.5 * dt * damping / mass)
    return DynamicsRun(**{k: np.array(v) for k, v in out.items()})


def _fastest_stiffness(solver, potential, A, rho) -> float:
    """d(δW/δρ)/dρ along the highest wave the gradient sees (N/2 - 1 in each direction; the Nyquist mode has
    no first derivative), the stiffest for the vW term, by central differences."""
    n = solver.cell.grid
    phase = 2 * np.pi * (n // 2 - 1) / n * np.indices(solver.grid_shape).sum(axis=0)
    mode = np.cos(phase) * rho.min() * 1e-4
    slope = (potential(A, rho + mode) - potential(A, rho - mode)) / 2
    return abs(_dot(slope, mode)) / _dot(mode, mode)
