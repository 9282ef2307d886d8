"""Seed 002 §6-7: the zero-order closure study — exact averaged stresses of chains of 10⁴-8·10⁴ particles
against the closure from the averaged density, the upscaling temperature per meso-cell, and the closed
mesoscale system (6.23-6.24) against the particle averages.  A study of independent runs (parallel)."""
from symms.registry import Derivation, Param

DERIVATION = Derivation(
    name="closure-study",
    description="zero-order closure of averaged chain dynamics vs direct simulation (seed 002 §6-7): "
                "stress errors, upscaling temperature, mesoscale solver",
    params=(Param("size", str, "small", "small: N = 500, 1000 (CI); full: N = 1e4, 2e4, 4e4, 8e4 (the study)",
                  choices=("small", "full"), slug=""),),
    build="symms.models.closure_study:build",
    checks="symms.models.closure_study:check_study",
    folder="closure/study",
    parallel=True,
)
