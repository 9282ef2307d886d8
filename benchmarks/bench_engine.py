"""Benchmark the centre-manifold engine (seed 000, fully symbolic κ), optionally against another tree.

Each measurement runs in a fresh process and records wall time, CPU time (user + system, less
sensitive to other jobs on a shared machine), peak RSS, the engine's own split (setup, orders,
exact verification) and the term counts.  ``--before DIR`` runs the same measurement with
``DIR`` (a copy of an older ``symms`` package's parent folder) first on ``PYTHONPATH``, so the
two versions are timed side by side in one run; ``--repeat N`` keeps the fastest of N runs.
``--structure`` also records the structure facts of every order (``symms.manifold.structure``),
``--memory-limit GiB`` caps each child's address space so that a large order cannot take a
shared machine down.  Writes a Markdown table to stdout; the SymPy Expr baseline comparison
(``--baseline P``) is unchanged from issue 3.

    python benchmarks/bench_engine.py [--orders 3 4 5 6 7] [--before /tmp/before] [--repeat 3]
    python benchmarks/bench_engine.py --orders 8 --structure --memory-limit 20
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

ENGINE = """
import json, resource, time
limit = {limit}
if limit:
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
wall, cpu = time.perf_counter(), time.process_time()
from symms.manifold import derive_slow_manifold
from symms.models.diffusion import diffusion_spec
m = derive_slow_manifold(diffusion_spec(), {order})
out = {{"seconds": time.perf_counter() - wall, "cpu": time.process_time() - cpu,
        "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "evolution_terms": m.term_counts(), "manifold_terms": sum(len(x) for c in m.manifold[-1] for x in c.values()),
        "split": m.seconds}}
if {structure}:
    from symms.manifold.structure import analyse
    t = time.perf_counter()
    out["structure"] = {{f.order: f.as_dict() for f in analyse(m)}}
    out["structure_seconds"] = time.perf_counter() - t
    out["peak_mib_with_structure"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(out))
"""


def fresh(code: str, env: dict, timeout: float):
    start = time.perf_counter()
    try:
        # cwd outside the checkout: ``python -c`` puts the working directory first on sys.path
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=timeout,
                             cwd=tempfile.gettempdir())
    except subprocess.TimeoutExpired:
        return None, time.perf_counter() - start
    if out.returncode:
        return {"error": out.stderr.strip().splitlines()[-1] if out.stderr.strip() else f"exit {out.returncode}"}, 0
    return json.loads(out.stdout.strip().splitlines()[-1]), time.perf_counter() - start


def engine_run(order: int, tree: str | None, repeat: int, structure: bool, limit_gib: float | None, timeout: float):
    env = dict(os.environ)
    if tree:
        env["PYTHONPATH"] = tree + os.pathsep + env.get("PYTHONPATH", "")
    limit = int(limit_gib * 2**30) if limit_gib else 0
    best = None
    for _ in range(repeat):
        r, _ = fresh(ENGINE.format(order=order, structure=structure, limit=limit), env, timeout)
        if r is None or "error" in r:
            return r
        if best is None or r["cpu"] < best["cpu"]:
            best = r
    return best


def machine() -> str:
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    load = os.getloadavg()
    return (f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, {mem:.0f} GiB, python "
            f"{platform.python_version()}, load average {load[0]:.1f} at start")


def row(label: str, P: int, r) -> str:
    if r is None:
        return f"| {label} | {P} | timed out | | | | | |"
    if "error" in r:
        return f"| {label} | {P} | failed: {r['error']} | | | | | |"
    split = r["split"]
    verify = split.get("verify", 0.0)
    engine = sum(v for k, v in split.items() if k != "setup")
    return (f"| {label} | {P} | {r['seconds']:.1f} | {r['cpu']:.1f} | {split['setup']:.1f} | {verify:.1f} "
            f"({100 * verify / max(engine, 1e-9):.0f} %) | {r['peak_mib']:.0f} | {r['evolution_terms'][str(P)]:,} / {r['manifold_terms']:,} |")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--orders", type=int, nargs="*", default=[3, 4, 5, 6, 7])
    parser.add_argument("--before", help="parent folder of an older symms package, timed side by side")
    parser.add_argument("--repeat", type=int, default=1, help="keep the fastest (CPU) of this many runs")
    parser.add_argument("--structure", action="store_true", help="record the structure facts of every order")
    parser.add_argument("--memory-limit", type=float, help="address-space cap of each child, GiB")
    parser.add_argument("--timeout", type=float, default=3600)
    parser.add_argument("--json", help="also write the raw measurements to this file")
    parser.add_argument("--baseline", type=int, default=0, help="highest order tried with the SymPy Expr baseline (0: skip)")
    parser.add_argument("--baseline-timeout", type=float, default=600)
    args = parser.parse_args()
    print(f"machine: {machine()}")
    print("\n| tree | order | wall s | CPU s | setup s | verify s (of engine) | peak MiB | terms γ^P / manifold γ^(P−1) |")
    print("|---|---|---|---|---|---|---|---|")
    raw = {}
    for P in args.orders:
        trees = ([("before", args.before)] if args.before else []) + [("after", None)]
        for label, tree in trees:
            r = engine_run(P, tree, args.repeat, args.structure, args.memory_limit, args.timeout)
            raw[f"{label}-{P}"] = r
            print(row(label, P, r), flush=True)
    if args.structure:
        for key, r in raw.items():
            if r and "structure" in r:
                print(f"\n{key}: structure ({r['structure_seconds']:.1f} s, peak {r['peak_mib_with_structure']:.0f} MiB)")
                for p, facts in r["structure"].items():
                    print(f"- γ^{p}: {facts['terms']:,} terms, shifts {facts['shifts']}, self-adjoint {facts['self_adjoint']}, "
                          f"conservative {facts['conservative']}, κ span {facts['parameter_span']}")
    if args.json:
        Path(args.json).write_text(json.dumps(raw, indent=1, sort_keys=True))
    if args.baseline:
        print("\n| order | SymPy Expr baseline s | flint engine s | speed-up |")
        print("|---|---|---|---|")
        for P in range(2, args.baseline + 1):
            code = f"import sys; sys.path.insert(0, {str(HERE)!r}); import json, time, sympy_baseline as b; " \
                   f"t = time.perf_counter(); b.derive({P}, report=lambda s: None); print(json.dumps({{'seconds': time.perf_counter() - t}}))"
            base, waited = fresh(code, dict(os.environ), args.baseline_timeout)
            engine = engine_run(P, None, 1, False, None, 600)
            if base is None:
                print(f"| {P} | > {waited:.0f} (stopped) | {engine['seconds']:.2f} | > {waited / engine['seconds']:.0f}x |")
                break
            print(f"| {P} | {base['seconds']:.2f} | {engine['seconds']:.2f} | {base['seconds'] / engine['seconds']:.0f}x |")


if __name__ == "__main__":
    main()
