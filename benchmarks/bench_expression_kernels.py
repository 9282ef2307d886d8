"""Time the expression kernels of variant folders side by side (e.g. an old and a new generated/ copy).

For each folder, each backend and each expression kernel: the best of ``--repeat`` calls on ``--n``
random points drawn from the kernel's own ``sample`` ranges (the same points for every folder, so
folders holding the same model are compared on equal work).  Kernels whose points fail a guard
are reported as such.  Folders of schema 1 and 2 both load (``kernel_entries``).

    python benchmarks/bench_expression_kernels.py OLD_FOLDER generated/cauchy-born/fcc-lj-rc2.5 [--n 20000] [--spread 0.3]
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import time
from pathlib import Path

import numpy as np

from symms.errors import InputError
from symms.model_file import kernel_entries
from symms.pipeline import load_backend


def points(entry: dict, n: int, spread: float = 1.0, seed: int = 0) -> list[np.ndarray]:
    """``n`` points of every input of ``entry``, uniform in the central ``spread`` of its sample range
    ([-1, 1] for an input without one)."""
    rng = np.random.default_rng(seed)
    out = []
    for arr in entry["inputs"]:
        shape = tuple(arr["shape"])
        low, high = entry["sample"].get(arr["name"], (-1.0, 1.0))
        low, high = (np.reshape(np.asarray(b, dtype=float), shape) if np.ndim(b) else float(b) for b in (low, high))
        out.append((low + high) / 2 + spread * (high - low) * rng.uniform(-0.5, 0.5, (n,) + shape))
    return out


def best_time(kernel, args, repeat: int) -> float:
    kernel(*[a[:8] for a in args])  # load, compile and warm up outside the timing
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        kernel(*args)
        best = min(best, time.perf_counter() - start)
    return best


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--n", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--spread", type=float, default=1.0,
                        help="fraction of each sample range to draw from (smaller keeps every point inside the guards)")
    parser.add_argument("--backends", nargs="*", default=["c", "numpy"])
    args = parser.parse_args()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, python {platform.python_version()}, "
          f"load average {os.getloadavg()[0]:.1f} at start; {args.n} points per call, best of {args.repeat}, spread {args.spread}\n")
    entries = [{e["name"]: e for e in kernel_entries(json.loads((f / "model.json").read_text())) if e["kind"] == "expression"}
               for f in args.folders]
    names = [name for name in entries[-1] if all(name in e for e in entries)]
    print("| kernel | backend | " + " | ".join(f"`{f}` ms" for f in args.folders) + " |")
    print("|---|---|" + "---|" * len(args.folders))
    for name in names:
        sample = points(entries[-1][name], args.n, args.spread)
        for backend in args.backends:
            cells = []
            for folder, found in zip(args.folders, entries):
                try:
                    cells.append(f"{1e3 * best_time(load_backend(folder, found[name], backend), sample, args.repeat):.2f}")
                except InputError as exc:
                    cells.append(f"refused: {str(exc)[:40]}")
            print(f"| {name} | {backend} | " + " | ".join(cells) + " |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
