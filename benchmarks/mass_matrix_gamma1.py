"""Seed 000 at full coupling γ = 1: G_P against the mass-matrix forms (issue 12).

Random κ uniform in [0.5, 2] on 2m fine links, m = 16, 32, 64, 8 samples; the 4 slowest non-zero
eigenvalues of each form against the fine lattice (1), the exact null modes removed (the constant
and the checkerboard), no other selection.  Prints a Markdown table; ``--json`` writes the numbers.
"""
import argparse
import json
import time

from symms.manifold import derive_slow_manifold
from symms.manifold.mass_matrix import mass_matrix_form
from symms.models.diffusion import diffusion_spec
from symms.numerics.slow_forms import FORMS, gamma1_table

parser = argparse.ArgumentParser()
parser.add_argument("--orders", type=int, nargs="+", default=[2, 3, 4, 5, 6])
parser.add_argument("--ms", type=int, nargs="+", default=[16, 32, 64])
parser.add_argument("--seeds", type=int, default=8)
parser.add_argument("--json")
args = parser.parse_args()

t0 = time.perf_counter()
forms = {P: mass_matrix_form(derive_slow_manifold(diffusion_spec(), P)) for P in args.orders}
rows = gamma1_table(forms, args.ms, args.seeds)
print(f"P = {', '.join(map(str, args.orders))} done in {time.perf_counter() - t0:.1f} s", flush=True)

for name in FORMS:
    print(f"\n### {name}\n\n| P | " + " | ".join(f"m = {m}" for m in args.ms) + " | const. κ, m = 64 | growing (samples of 8 per m) |")
    print("|---" * (len(args.ms) + 3) + "|")
    for P in args.orders:
        cells = [rows[f"{name}-P{P}-m{m}"] for m in args.ms]
        grow = ", ".join(str(c["samples_growing"]) for c in cells)
        definite = "" if all(c["mass_definite_all"] for c in cells) else " (M indefinite in some)"
        print(f"| {P} | " + " | ".join(f"{c['mean']:.2g} ({c['max']:.2g})" for c in cells)
              + f" | {rows[f'{name}-P{P}-m{args.ms[-1]}']['constant']:.2g} | {grow}{definite} |")
if args.json:
    with open(args.json, "w") as fh:
        json.dump(rows, fh, indent=1, sort_keys=True)
