"""The closure study of seed 002 §6-7 (issue 16): the zero-order closure against chains of 10⁴-8·10⁴ particles.

Our copy of the seed stops before its study's set-up, so this one is fixed here (:data:`SETUP`) and
written into ``results.json``:

- ring L = 1, total mass M = 1, the reconstructed eq 7.1 potential with p = 3, x⋆ = 1.5, C_r = 1
  (pair energy Φ = -U, :func:`symms.models.closure.pair_energy`); the quartic window;
- initial state in the Lagrangian coordinate X_j = (j - 1/2)/N: q_j = X_j + (a/2π) sin 2πX_j
  (bond ξ = N·gap ≈ 1 + a cos 2πX, density ≈ 1/ξ) with a = 0.1, and
  v_j = u sin 2πX_j + σ (ζ_j - mean ζ), u = 0.1, ζ_j ~ N(0, 1) seeded by (seed, N, level): a smooth
  long wave plus random velocity fluctuations of size σ (total momentum zero);
- observation time 0.4 (0.85 sound-crossing times, c = √(C_r x⋆ p) = 2.12 at ξ = 1), recorded at
  8 equal intervals; velocity Verlet in generated C with Δt = 0.2/ω_max at t = 0
  (ω_max = 2√(max k/m), rounded down to a whole number of steps per record);
- window widths η and fluctuation sizes σ per size (:data:`SIZES`); for each η the meso-mesh has
  spacing Δx = η/1.5 (B = 1.5 L/η nodes).  The seed takes Δx = η; any η/Δx below ω₀/π = 1.83 (ω₀ the
  first zero of the quartic's ψ̂) keeps every mesh mode where ψ̂(ηk) > 0: beyond it the zero-order
  closed system (6.23-6.24) is ill-posed on the mesh (modes with ψ̂ < 0 grow like
  exp(c k √|ψ̂| t), :mod:`symms.numerics.mesoscale`) and unrelaxed Landweber diverges;
- the mesoscale solvers evaluate eq 6.8 (and 5.11) on min(N, 10⁴) prescribed particles: the closed
  system depends on N only through that fine-scale sum (the bond is ξ = M/ρ for any N), whose
  quadrature error O((N η)⁻²) is below 2·10⁻⁵ at 10⁴ particles and η ≥ 0.025, so the solvers' cost
  stays independent of N.

Each run (one N, one σ) is an independent task (:func:`run_case`) submitted to an executor; each
window width η is post-processing of the same trajectory.  Measured per run and η: the exact
averaged stresses (eqs 5.1-5.2) against the zero-order closure T^η_(int),0 (eq 6.8) from the
averaged density alone, the upscaling temperature per meso-cell (eq 6.5) and κ̂² (eq 6.21), and the
closed mesoscale system (6.23-6.24, :mod:`symms.numerics.mesoscale`) started from the particles'
averages at t = 0 against the particles' averages at every record.
"""
from __future__ import annotations

import math
from concurrent.futures import as_completed
from dataclasses import dataclass

import numpy as np

from ..errors import InputError
from ..progress import reporter


@dataclass(frozen=True)
class Setup:
    """The fixed set-up of the study (module docstring)."""

    length: float = 1.0
    mass: float = 1.0
    power: float = 3.0
    x_star: float = 1.5
    strength: float = 1.0
    window: str = "quartic"
    strain_amplitude: float = 0.05  # a
    velocity_amplitude: float = 0.05  # u
    mesh_ratio: float = 1.5  # η/Δx of the meso-mesh
    observation_time: float = 0.4
    records: int = 8
    omega_dt: float = 0.2
    cfl: float = 0.4
    meso_particles: int = 10000  # prescribed particles of the mesoscale solvers' eq 6.8 sums (at most N)
    seed: int = 20261202
    integrator: str = "c"


@dataclass(frozen=True)
class Study:
    """The runs of one size: every N × every σ, each analysed at every η."""

    particles: tuple[int, ...]
    fluctuations: tuple[float, ...]
    etas: tuple[float, ...]


SETUP = Setup()
ORDERS = (0, 1, 2)  # closure orders compared with the exact stresses
MESO_SYSTEMS = ("zero-order", "order-1", "local")  # eqs 6.23-6.24, eqs 5.8-5.11 with n = 1, T = Φ'(M/ρ)
SIZES = {"small": Study((500, 1000), (0.0, 0.03, 0.1), (0.025, 0.05)),
         "full": Study((10000, 20000, 40000, 80000), (0.0, 0.01, 0.03, 0.1), (0.0125, 0.025, 0.05))}


@dataclass(frozen=True)
class Case:
    """One independent run: N particles, fluctuation σ (index ``level`` seeds it), analysed at each η."""

    setup: Setup
    particles: int
    fluctuation: float
    level: int
    etas: tuple[float, ...]


def parts(setup: Setup, particles: int):
    """(chain, numpy window) of the set-up."""
    from ..numerics import particle_chain as pc
    from .closure import numpy_pair, numpy_window, window

    chain = pc.Chain(particles, setup.length, setup.mass, numpy_pair(setup.power, setup.x_star, setup.strength))
    return chain, numpy_window(window(setup.window))


def meso_mesh(setup: Setup, eta: float):
    """The meso-mesh of window width η: B = round(η/Δx ratio · L/η) nodes."""
    from ..numerics import particle_chain as pc

    return pc.Mesh(setup.length, int(round(setup.mesh_ratio * setup.length / eta)))


def initial_state(setup: Setup, particles: int, fluctuation: float, level: int):
    """(q, v) at t = 0 (module docstring); the fluctuations are seeded by (seed, N, level) only."""
    L = setup.length
    X = (np.arange(particles) + 0.5) * L / particles
    phase = 2 * np.pi * X / L
    q = X + setup.strain_amplitude * L / (2 * np.pi) * np.sin(phase)
    zeta = np.random.default_rng((setup.seed, particles, level)).standard_normal(particles)
    v = setup.velocity_amplitude * np.sin(phase) + fluctuation * (zeta - zeta.mean())
    return q, v


def time_step(setup: Setup, chain, q0) -> tuple[float, int, int]:
    """(Δt, steps per record, steps): Δt ≤ ω_max·dt/ω_max(q0), a whole number of steps per record."""
    per_record = math.ceil(setup.observation_time * chain.omega_max(q0) / (setup.omega_dt * setup.records))
    steps = per_record * setup.records
    return setup.observation_time / steps, per_record, steps


def _rms(a) -> float:
    return float(np.sqrt(np.mean(np.square(a))))


def _gradient(f, mesh) -> np.ndarray:
    return (np.roll(f, -1) - np.roll(f, 1)) / (2 * mesh.spacing)


def stress_errors(chain, q, v, eta: float, window, mesh) -> dict:
    """At one instant, the exact stresses (eqs 5.1, 5.2) against the closures of each order in :data:`ORDERS`
    computed from the averages ρ̄, ρ̄v̄ alone: n = 0 is the seed's isothermal zero-order closure T^η_(int),0 (eq 6.8;
    eq 6.24 drops T_c), n ≥ 1 the closed stresses T_(c),n + T_(int),n of eqs 5.10-5.11.  ``interaction[n]`` =
    rms(T_int - T_int,n)/rms(T_int); ``force[n]`` = the same for the mesh gradients of the total stress
    T_c + T_int against the closed one (the force in eqs 5.9, 6.24).  None where the order-n deconvolved density
    is not positive."""
    from ..numerics import particle_chain as pc

    av = pc.averages(q, v, chain.mass, eta, window, mesh)
    t_int = pc.interaction_stress(q, chain.bond_forces(q), eta, window, mesh)
    force = _gradient(av["convective_stress"] + t_int, mesh)
    interaction, forces = [], []
    for n in ORDERS:
        if n == 0:
            closed_int = pc.zero_order_interaction_stress(av["density"], mesh, chain, eta, window)
            closed = closed_int
        else:
            try:
                c = pc.closed_stresses(av["density"], av["momentum"], mesh, chain, eta, window, n)
            except InputError:
                interaction.append(None)
                forces.append(None)
                continue
            closed_int, closed = c["interaction_stress"], c["interaction_stress"] + c["convective_stress"]
        interaction.append(_rms(t_int - closed_int) / _rms(t_int))
        forces.append(_rms(force - _gradient(closed, mesh)) / _rms(force))
    return {"averages": av, "interaction": interaction, "force": forces}


def temperatures(chain, q, v, averages: dict, energy: float, eta: float, window, mesh) -> dict:
    """κ_β² per meso-cell (eq 6.5) measured on the particles, and κ̂² of eq 6.21 from the energy and the averages
    (None where 6.21 is negative: E below U(Q̂) plus the mean-flow energy); both times M/N."""
    from ..numerics import particle_chain as pc

    m = chain.mass / chain.particles
    kappa2 = m * pc.cell_temperatures(q, v, averages["velocity"], mesh, eta, window)
    try:
        hat = m * pc.isothermal_state(energy, averages["density"], averages["velocity"], mesh, chain, eta, window).kappa2
    except InputError:
        hat = None
    mean = float(np.mean(kappa2))
    return {"cells": kappa2, "mean": mean, "cv": float(np.std(kappa2) / mean) if mean > 0 else None, "hat": hat}


def run_case(case: Case) -> dict:
    """One run of the study (a picklable task): Verlet to the observation time, then per η the closure errors,
    the temperatures and the mesoscale solver against the particle averages at every record.  Plain data."""
    from ..numerics import mesoscale as ms
    from ..numerics import particle_chain as pc

    s = case.setup
    chain, window = parts(s, case.particles)
    q0, v0 = initial_state(s, case.particles, case.fluctuation, case.level)
    dt, per_record, steps = time_step(s, chain, q0)
    times, Q, V = pc.verlet(chain, q0, v0, dt, steps, per_record, backend=s.integrator)
    energy = np.array([chain.energy(q, v) for q, v in zip(Q, V)])
    momentum = V.sum(axis=1) * chain.mass / chain.particles
    run = {"particles": case.particles, "fluctuation": case.fluctuation, "steps": steps, "dt": dt,
           "omega_dt": dt * chain.omega_max(q0), "times": times.tolist(),
           "energy_error": ((energy - energy[0]) / energy[0]).tolist(),
           "momentum_drift": float(np.max(np.abs(momentum - momentum[0]))), "etas": []}
    fine = chain if case.particles <= s.meso_particles else parts(s, s.meso_particles)[0]
    for eta in case.etas:
        mesh = meso_mesh(s, eta)
        errors = [stress_errors(chain, q, v, eta, window, mesh) for q, v in zip(Q, V)]
        av = [e["averages"] for e in errors]
        heat = temperatures(chain, Q[-1], V[-1], av[-1], energy[-1], eta, window, mesh)
        meso = {}
        systems = (ms.zero_order_system(fine, mesh, eta, window), ms.closed_system(fine, mesh, eta, window, 1),
                   ms.local_system(fine, mesh))
        for name, system in zip(MESO_SYSTEMS, systems):
            try:
                rho, m, meso_steps = ms.solve(system, av[0]["density"], av[0]["momentum"], times[1:], cfl=s.cfl)
            except InputError:  # an order-1 deconvolved density that is not positive
                meso[name] = None
                continue
            meso[name] = {"steps": meso_steps, "density": rho[-1].tolist(),
                          "density_error": [0.0] + [float(np.max(np.abs(r - a["density"]))) / s.strain_amplitude
                                                    for r, a in zip(rho, av[1:])],
                          "velocity_error": [0.0] + [float(np.max(np.abs(mm / r - a["velocity"]))) / s.velocity_amplitude
                                                     for r, mm, a in zip(rho, m, av[1:])]}
        by_order = lambda key: [[e[key][i] for e in errors] for i in range(len(ORDERS))]  # [order][record]
        run["etas"].append({"eta": eta, "interaction_error": by_order("interaction"),
                            "force_error": by_order("force"), "kappa2_mean": heat["mean"],
                            "kappa2_cv": heat["cv"], "kappa2_hat": heat["hat"], "kappa2_cells": heat["cells"].tolist(),
                            "density": av[-1]["density"].tolist(), "meso": meso})
    return run


def run_all(cases, executor=None, progress=None) -> list[dict]:
    """Every case's :func:`run_case`, in the order of ``cases`` whatever the completion order: submitted to
    ``executor`` (any concurrent.futures.Executor, e.g. a process pool or a Dask client's) when given, else
    run here; a progress bar over the runs."""
    report = reporter(progress)
    out = {}
    if executor is None:
        for i, case in enumerate(report.bar(cases, total=len(cases), desc="runs")):
            out[i] = run_case(case)
    else:
        longest_first = sorted(range(len(cases)), key=lambda i: -cases[i].particles)  # balances the workers
        futures = {executor.submit(run_case, cases[i]): i for i in longest_first}
        for future in report.bar(as_completed(futures), total=len(futures), desc="runs"):
            i = futures[future]
            out[i] = future.result()
            report(f"run N={cases[i].particles} sigma={cases[i].fluctuation:g} done")
    return [out[i] for i in range(len(cases))]


# --------------------------------------------------------------------------- the derived model

def _cases(study: Study, setup: Setup = SETUP) -> list[Case]:
    return [Case(setup, n, sigma, level, study.etas) for n in study.particles for level, sigma in enumerate(study.fluctuations)]


def _final(series):
    """(value at t_obs, max over the records) of a time series, None if any record has no value."""
    return (None, None) if any(e is None for e in series) else (series[-1], max(series))


def _cell(value):
    return "-" if value is None else value


def _tables(runs):
    from ..model import Table

    closure_rows, order_rows, heat_rows, meso_rows, cost_rows = [], [], [], [], []
    for run in runs:
        N, sigma = run["particles"], run["fluctuation"]
        cost_rows.append((N, sigma, run["steps"], run["omega_dt"], max(abs(e) for e in run["energy_error"]),
                          run["momentum_drift"]))
        for e in run["etas"]:
            key = (N, sigma, e["eta"])
            closure_rows.append(key + _final(e["interaction_error"][0]) + _final(e["force_error"][0]))
            order_rows.append(key + tuple(_cell(_final(s)[0]) for s in e["interaction_error"])
                              + tuple(_cell(_final(s)[1]) for s in e["force_error"]))
            heat_rows.append(key + (e["kappa2_mean"], _cell(e["kappa2_cv"]), "<0" if e["kappa2_hat"] is None else e["kappa2_hat"]))
            meso = e["meso"]
            zero = meso["zero-order"]
            meso_rows.append(key + (zero["density_error"][-1], max(zero["density_error"]), max(zero["velocity_error"]))
                             + tuple("-" if meso[name] is None else max(meso[name]["density_error"]) for name in MESO_SYSTEMS[1:])
                             + (zero["steps"],))
    closure = Table("closure_error",
                    r"Zero-order isothermal closure (eq 6.8, from $\bar\rho^\eta$ alone) against the exact averaged stresses "
                    r"at the observation time $t_{obs}$ and the maximum over the records: $e_{int} = \|T_{int} - T_{int,0}\|/"
                    r"\|T_{int}\|$ and the force error $e_F = \|D(T_c + T_{int}) - D T_{int,0}\|/\|D(T_c + T_{int})\|$ (rms over "
                    r"the mesh nodes, $D$ the centred difference).",
                    ("$N$", r"$\sigma$", r"$\eta$", r"$e_{int}(t_{obs})$", r"$\max_t e_{int}$", r"$e_F(t_{obs})$",
                     r"$\max_t e_F$"), tuple(closure_rows))
    orders = Table("closure_orders",
                   r"Closures of order $n$ against the exact stresses: $n = 0$ the isothermal closure above, $n = 1, 2$ the "
                   r"closed stresses $T_{(c),n} + T_{(int),n}$ of eqs 5.10-5.11 from the Landweber reconstructions (eq 5.7) "
                   r"of $\bar\rho^\eta$ and $\bar\rho^\eta\bar v^\eta$; $e_{int,n}$ at $t_{obs}$ and $\max_t e_{F,n}$ ($-$: a "
                   r"reconstructed density was not positive).",
                   ("$N$", r"$\sigma$", r"$\eta$") + tuple(rf"$e_{{int,{n}}}$" for n in ORDERS)
                   + tuple(rf"$\max_t e_{{F,{n}}}$" for n in ORDERS), tuple(order_rows))
    heat = Table("temperature",
                 r"Upscaling temperature at $t_{obs}$: the mean over the meso-cells of $(M/N)\kappa_\beta^2$ measured "
                 r"on the particles (eq 6.5), its coefficient of variation over the cells (the isothermal closure "
                 r"assumes 0), and $(M/N)\hat\kappa^2$ of eq 6.21 from the energy and the averages ($<0$: the energy "
                 r"is below $U(\hat Q)$ plus the mean-flow energy).",
                 ("$N$", r"$\sigma$", r"$\eta$", r"mean $\frac{M}{N}\kappa_\beta^2$", r"CV $\kappa_\beta^2$",
                  r"$\frac{M}{N}\hat\kappa^2$"), tuple(heat_rows))
    meso = Table("mesoscale",
                 r"Mesoscale solvers started from the particles' averages at $t = 0$ against the particle averages: the "
                 r"zero-order isothermal model (eqs 6.23-6.24) with $e_\rho = \max_\beta|\rho - \bar\rho^\eta|/a$ at "
                 r"$t_{obs}$ and over the records and $e_v = \max_\beta|v - \bar v^\eta|/u$ over the records; $\max_t e_\rho$ "
                 r"of the order-1 closed model (eqs 5.8-5.11) and of the local equation of state $T = \Phi'(M/\rho)$; the "
                 r"zero-order solver's time steps.",
                 ("$N$", r"$\sigma$", r"$\eta$", r"$e_\rho(t_{obs})$", r"$\max_t e_\rho$", r"$\max_t e_v$",
                  r"order 1: $\max_t e_\rho$", r"local: $\max_t e_\rho$", "steps"), tuple(meso_rows))
    cost = Table("integrator",
                 r"Particle runs: Verlet steps to $t_{obs}$, $\omega_{max}\Delta t$ at $t = 0$, the maximum relative energy "
                 r"error over the records and the drift of the total momentum.",
                 ("$N$", r"$\sigma$", "steps", r"$\omega_{max}\Delta t$", r"$\max|E - E_0|/E_0$", r"$|\Delta P|$"),
                 tuple(cost_rows))
    return closure, orders, heat, meso, cost


def _figures(runs, study: Study, setup: Setup):
    from ..model import Figure, Panel, Series

    eta_mid = study.etas[len(study.etas) // 2]
    pick = lambda run: next(e for e in run["etas"] if e["eta"] == eta_mid)
    floor = lambda value: 1e-16 if value is None else max(value, 1e-16)
    largest = [r for r in runs if r["particles"] == max(study.particles)]
    panels = [Panel(r"initial velocity fluctuation $\sigma$", label,
                    tuple(Series(f"N = {n}", study.fluctuations, [floor(pick(r)[key][0][-1]) for r in runs if r["particles"] == n],
                                 "markers") for n in study.particles), logy=True)
              for key, label in (("interaction_error", r"$e_{int,0}(t_{obs})$"), ("force_error", r"$e_{F,0}(t_{obs})$"))]
    panels.append(Panel(r"initial velocity fluctuation $\sigma$", rf"$\max_t e_{{F,n}}$, N = {max(study.particles)}",
                        tuple(Series(f"n = {n}", study.fluctuations, [floor(_final(pick(r)["force_error"][i])[1]) for r in largest],
                                     "markers") for i, n in enumerate(ORDERS)), logy=True))
    errors = Figure("closure_error", rf"Closure errors against the fluctuation size at $\eta = {eta_mid:g}$: the zero-order "
                                     r"closure for each N, and the orders n = 0, 1, 2 for the largest N.", panels=tuple(panels))
    x = meso_mesh(setup, eta_mid).nodes
    hot = [r for r in largest if r["fluctuation"] > 0]
    kappa = Figure("temperature", rf"Measured $(M/N)\kappa_\beta^2$ per meso-cell over its mean at $t_{{obs}}$ "
                                  rf"(N = {max(study.particles)}, $\eta = {eta_mid:g}$), and the averaged density.",
                   panels=(Panel("$x$", r"$\kappa_\beta^2/\mathrm{mean}$",
                                 tuple(Series(rf"$\sigma = {r['fluctuation']:g}$", x,
                                              np.array(pick(r)["kappa2_cells"]) / pick(r)["kappa2_mean"]) for r in hot)),
                           Panel("$x$", r"$\bar\rho^\eta$", tuple(Series(rf"$\sigma = {r['fluctuation']:g}$", x,
                                                                         pick(r)["density"]) for r in largest))))
    times = largest[0]["times"]
    ends = (largest[0], largest[-1])
    styles = dict(zip(MESO_SYSTEMS, ("line", "dashed", "dotted")))
    label = lambda name, r: rf"{name}, $\sigma = {r['fluctuation']:g}$"
    profile = tuple(s for r in ends for s in (Series(label("particles", r), x, pick(r)["density"], "markers"),)
                    + tuple(Series(label(name, r), x, pick(r)["meso"][name]["density"], styles[name])
                            for name in MESO_SYSTEMS if pick(r)["meso"][name] is not None))
    meso = Figure("mesoscale", rf"Mesoscale solvers against the particle averages at $t_{{obs}}$ "
                               rf"(N = {max(study.particles)}, $\eta = {eta_mid:g}$).", "$x$", r"$\bar\rho^\eta(t_{obs})$", profile)
    history = Figure("mesoscale_error", rf"Density error $e_\rho(t) = \max_\beta|\rho - \bar\rho^\eta|/a$ of the mesoscale "
                                        rf"solvers over time (N = {max(study.particles)}, $\eta = {eta_mid:g}$).",
                     "$t$", r"$e_\rho(t)$", tuple(Series(label(name, r), times, pick(r)["meso"][name]["density_error"], styles[name])
                                                   for r in ends for name in MESO_SYSTEMS if pick(r)["meso"][name] is not None))
    loud = [r for r in runs if r["fluctuation"] == study.fluctuations[-1]]
    energy = Figure("energy", rf"Relative energy error of the C velocity Verlet at $\omega_{{max}}\Delta t = {setup.omega_dt:g}$ "
                              rf"($\sigma = {study.fluctuations[-1]:g}$): bounded and independent of N.",
                    "$t$", r"$(E - E_0)/E_0$", tuple(Series(f"N = {r['particles']}", r["times"], r["energy_error"])
                                                    for r in loud))
    return errors, kappa, meso, history, energy


def build(size: str = "small", progress=None, executor=None, setup: Setup = SETUP):
    """The ``closure-study`` derived model for one size (:data:`SIZES`): tables and figures of the runs."""
    from dataclasses import asdict

    from ..model import DerivedModel, Section, Symbol

    if size not in SIZES:
        raise InputError(f"unknown study size {size!r}: use one of {', '.join(SIZES)}")
    study = SIZES[size]
    report = reporter(progress)
    cases = _cases(study, setup)
    report(f"{len(cases)} runs: N in {study.particles}, sigma in {study.fluctuations}")
    runs = run_all(cases, executor, report)
    closure, orders, heat, meso, cost = _tables(runs)
    errors, kappa, meso_figure, history, energy = _figures(runs, study, setup)
    text = (rf"Ring $L = {setup.length:g}$, $M = {setup.mass:g}$, eq 7.1 potential with $p = {setup.power:g}$, "
            rf"$x_\star = {setup.x_star:g}$, $C_r = {setup.strength:g}$, {setup.window} window, meso-mesh "
            rf"$\Delta x = \eta/{setup.mesh_ratio:g}$.  Initial state $q_j = X_j + \frac{{a}}{{2\pi}}\sin 2\pi X_j$, "
            rf"$v_j = u\sin 2\pi X_j + \sigma(\zeta_j - \bar\zeta)$, $X_j = (j - \frac12)/N$, $a = {setup.strain_amplitude:g}$, "
            rf"$u = {setup.velocity_amplitude:g}$, $\zeta_j \sim N(0, 1)$ seeded; $t_{{obs}} = {setup.observation_time:g}$ "
            rf"in {setup.records} records; velocity Verlet with $\omega_{{max}}\Delta t \le {setup.omega_dt:g}$ at $t = 0$.  "
            rf"$N \in {{{', '.join(map(str, study.particles))}}}$, $\sigma \in {{{', '.join(f'{s:g}' for s in study.fluctuations)}}}$, "
            rf"$\eta \in {{{', '.join(f'{e:g}' for e in study.etas)}}}$.")
    sections = (Section("Set-up", text, tables=(cost,), figures=(energy,)),
                Section("Closures against the exact stresses", tables=(closure, orders, heat), figures=(errors, kappa)),
                Section("Mesoscale solver against the particle averages",
                        r"Eqs 6.23-6.24 by a conservative second-order central finite-volume scheme (Kurganov-Tadmor, "
                        r"SSP-RK3) on the meso-mesh, started from the particles' averages at $t = 0$.",
                        tables=(meso,), figures=(meso_figure, history)))
    results = {"setup": asdict(setup), "study": asdict(study), "size": size}
    return DerivedModel(
        "closure-study", size, {"size": size},
        "Zero-order closure of averaged particle-chain dynamics against direct simulation (seed 002 §6-7)",
        "seed 002 (Panchenko, Barannyk, Gilbert)",
        symbols=(Symbol("eta", r"\eta", "window width"), Symbol("sigma", r"\sigma", "initial velocity fluctuation"),
                 Symbol("N", "N", "particles"), Symbol("kappa", r"\kappa", "upscaling temperature (eq 6.5)")),
        sections=sections, results=results)


# --------------------------------------------------------------------------- independent checks

def check_study(parameters: dict, kernels: dict) -> list:
    """Checks independent of the study's runs, on the set-up (N = 1000, the largest σ of the size):

    1. the finite-volume scheme of eqs 6.23-6.24 conserves mass and momentum to rounding;
    2. with the local equation of state it reproduces the linear standing wave of the hand-derived sound
       speed c² = C_r x⋆ p (ρ = M/L, ξ = 1: c² = M Φ''(M/ρ)/ρ², Φ'' = C_r x⋆ p ξ^{-p-1}) at second order;
    3. the exact cell balances of mass and momentum (eqs 2.8, 2.9) hold along a Verlet run to O(Δt²);
    4. the integrator's energy error is O(Δt²) at fixed run length."""
    from ..checks import CheckResult
    from ..numerics import mesoscale as ms
    from ..numerics import particle_chain as pc

    s = SETUP
    study = SIZES[parameters["size"]]
    eta = study.etas[0]
    chain, window = parts(s, 1000)
    mesh = meso_mesh(s, eta)
    q0, v0 = initial_state(s, chain.particles, study.fluctuations[-1], len(study.fluctuations) - 1)
    av = pc.averages(q0, v0, s.mass, eta, window, mesh)
    out = []

    rho, m, steps = ms.solve(ms.zero_order_system(chain, mesh, eta, window), av["density"], av["momentum"], [0.05], cfl=s.cfl)
    drift = max(abs(rho[-1].sum() - av["density"].sum()) / av["density"].sum(),
                abs(m[-1].sum() - av["momentum"].sum()) / np.abs(av["momentum"]).sum())
    out.append(CheckResult("the finite-volume scheme conserves mass and momentum", drift < 1e-13,
                           f"{steps} steps of eqs 6.23-6.24 with the eq 6.8 closure: relative drift {drift:.1e} (tolerance 1e-13)"))

    c = math.sqrt(s.strength * s.x_star * s.power)
    eps, wave = 1e-4, []
    for B in (64, 128):
        grid = pc.Mesh(s.length, B)
        x = grid.nodes
        t = s.length / (4 * c)
        rho, _, _ = ms.solve(ms.local_system(chain, grid), 1 + eps * np.cos(2 * np.pi * x), 0 * x, [t])
        wave.append(float(np.max(np.abs(rho[-1] - 1 - eps * np.cos(2 * np.pi * x) * np.cos(2 * np.pi * c * t))) / eps))
    out.append(CheckResult("linear standing wave at the hand-derived sound speed", wave[1] < 2e-3 and wave[0] / wave[1] > 3,
                           f"c = sqrt(C_r x_star p) = {c:.6g}; error/amplitude {wave[0]:.2e} (B = 64), {wave[1]:.2e} (B = 128): "
                           f"ratio {wave[0] / wave[1]:.2f} (need > 3 and < 2e-3 at B = 128)"))

    residual, energy = {}, {}
    for factor in (s.omega_dt, s.omega_dt / 2):
        dt = factor / chain.omega_max(q0)
        lead = int(round(0.004 / dt))
        _, Q, V = pc.verlet(chain, q0, v0, dt, lead, lead, backend=s.integrator)
        _, Q3, V3 = pc.verlet(chain, Q[-1], V[-1], dt, 2, 1, backend=s.integrator)
        residual[factor] = ms.balance_residuals(chain, *zip(Q3, V3), dt, eta, window, mesh)
        E = [chain.energy(q, v) for q, v in ((q0, v0), (Q[-1], V[-1]))]
        energy[factor] = abs(E[1] - E[0]) / E[0]
    coarse, fine = residual[s.omega_dt], residual[s.omega_dt / 2]
    ratio = coarse[1] / fine[1]
    out.append(CheckResult("exact cell balances (eqs 2.8, 2.9) along the run hold to O(dt^2)",
                           max(coarse) < 1e-2 and 3 < ratio < 5,
                           f"relative residuals mass {coarse[0]:.1e} / {fine[0]:.1e}, momentum {coarse[1]:.1e} / {fine[1]:.1e} at "
                           f"omega_max dt = {s.omega_dt:g} / {s.omega_dt / 2:g}: momentum ratio {ratio:.2f} (need 3-5)"))
    ratio = energy[s.omega_dt] / energy[s.omega_dt / 2]
    out.append(CheckResult("velocity Verlet energy error is O(dt^2)", 3 < ratio < 5,
                           f"relative energy error {energy[s.omega_dt]:.2e} / {energy[s.omega_dt / 2]:.2e} at omega_max dt = "
                           f"{s.omega_dt:g} / {s.omega_dt / 2:g} over t = 0.004: ratio {ratio:.2f} (need 3-5)"))
    return out
