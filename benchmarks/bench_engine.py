"""Benchmark the centre-manifold engine and the whole `symms derive diffusion` command.

Each measurement runs in a fresh process (cold caches) and records wall time and peak memory.
Writes a Markdown table to stdout; the figures in benchmarks/README.md come from this script.

    python benchmarks/bench_engine.py [--orders 3 4 5 6] [--command-orders 3 5 6] [--baseline 4] [--emit 6]
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
t = time.perf_counter()
from symms.manifold import derive_slow_manifold
from symms.models.diffusion import diffusion_spec
m = derive_slow_manifold(diffusion_spec(), {order})
seconds = time.perf_counter() - t
print(json.dumps({{"seconds": seconds, "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                   "evolution_terms": m.term_counts(), "manifold_terms": sum(len(x) for c in m.manifold[-1] for x in c.values()),
                   "verify": m.seconds.get("verify")}}))
"""

EMIT = """
import json, time
from symms.codegen import backends
from symms.codegen.compile import build
from symms.models.diffusion import build_model
kernel = build_model({order}).kernel("rhs")
t = time.perf_counter()
ir = backends.lower((kernel,), "benchmark")
sources = {{name: backends.get(name).render(ir) for name in backends.BACKENDS}}
emit = time.perf_counter() - t
t = time.perf_counter()
build(sources["c"], "bench")
compile_seconds = time.perf_counter() - t
print(json.dumps({{"terms": len(ir[1]["term_k"]), "emit": emit, "compile": compile_seconds,
                   "c_bytes": len(sources["c"]), "numpy_bytes": len(sources["numpy"])}}))
"""


def fresh(code: str, env: dict, timeout: float):
    start = time.perf_counter()
    try:
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=timeout, check=True)
    except subprocess.TimeoutExpired:
        return None, time.perf_counter() - start
    return json.loads(out.stdout.strip().splitlines()[-1]), time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--orders", type=int, nargs="*", default=[3, 4, 5, 6])
    parser.add_argument("--command-orders", type=int, nargs="*", default=[3, 5, 6])
    parser.add_argument("--baseline", type=int, default=4, help="highest order tried with the SymPy Expr baseline")
    parser.add_argument("--baseline-timeout", type=float, default=600)
    parser.add_argument("--emit", type=int, default=6, help="order whose kernel emission and compilation are timed")
    args = parser.parse_args()
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, python {platform.python_version()}")
    with tempfile.TemporaryDirectory() as cache:
        env = dict(os.environ, SYMMS_CACHE=cache)
        print("\n| order | engine s | peak MiB | evolution terms (this order) | manifold terms (top order) |")
        print("|---|---|---|---|---|")
        for P in args.orders:
            r, _ = fresh(ENGINE.format(order=P), env, 3600)
            print(f"| {P} | {r['seconds']:.2f} | {r['peak_mib']:.0f} | {r['evolution_terms'][str(P)]} | {r['manifold_terms']} |")
    print("\n| order | `symms derive diffusion --order P` wall s (cold cache, checks included) |")
    print("|---|---|")
    for P in args.command_orders:
        with tempfile.TemporaryDirectory() as tmp:
            env = dict(os.environ, SYMMS_CACHE=tmp)
            start = time.perf_counter()
            subprocess.run(["symms", "derive", "diffusion", "--order", str(P), "--out", tmp, "--quiet"], check=True,
                           capture_output=True, env=env)
            print(f"| {P} | {time.perf_counter() - start:.1f} |")
    with tempfile.TemporaryDirectory() as cache:
        r, _ = fresh(EMIT.format(order=args.emit), dict(os.environ, SYMMS_CACHE=cache), 3600)
        print(f"\nemit+compile order {args.emit}: {r['terms']} terms, tables {r['emit']:.2f} s, cc -O2 {r['compile']:.2f} s, "
              f"C source {r['c_bytes'] / 1e6:.1f} MB")
    print("\n| order | SymPy Expr baseline s | flint engine s | speed-up |")
    print("|---|---|---|---|")
    for P in range(2, args.baseline + 1):
        code = f"import sys; sys.path.insert(0, {str(HERE)!r}); import json, time, sympy_baseline as b; " \
               f"t = time.perf_counter(); b.derive({P}, report=lambda s: None); print(json.dumps({{'seconds': time.perf_counter() - t}}))"
        base, waited = fresh(code, dict(os.environ), args.baseline_timeout)
        engine, _ = fresh(ENGINE.format(order=P), dict(os.environ), 600)
        if base is None:
            print(f"| {P} | > {waited:.0f} (stopped) | {engine['seconds']:.2f} | > {waited / engine['seconds']:.0f}x |")
            break
        print(f"| {P} | {base['seconds']:.2f} | {engine['seconds']:.2f} | {base['seconds'] / engine['seconds']:.0f}x |")


if __name__ == "__main__":
    main()
