"""Benchmark the `symms derive diffusion` (and optionally `cauchy-born` or any derivation's default) command and
the CLI's start-up, cold caches.

Every run is a fresh subprocess with an empty ``SYMMS_CACHE`` and output folder (so the C
kernels are compiled and the radius facts computed), checks included.  Records wall time and
the child's CPU time (user + system; less sensitive to other jobs on a shared machine);
``--repeat N`` keeps the fastest of N.  ``--before DIR`` runs the same commands with ``DIR`` (the
parent folder of an older ``symms`` package) first on ``PYTHONPATH``, side by side (``--after DIR``
likewise replaces the installed package).

    python benchmarks/bench_derive.py [--orders 3 5 6] [--cauchy-born hcp:2.5] [--defaults polymers] [--before /tmp/before]
                                      [--repeat 3]
"""
from __future__ import annotations

import argparse
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time

TARGETS = {"--help": 0.5, "list": 0.5, 3: 3.0, 5: 6.0, 6: 20.0}


def timed(argv: list[str], env: dict, timeout: float):
    """``(wall s, CPU s, return code)`` of one fresh run of ``argv``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    try:
        rc = subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=timeout,
                            cwd=tempfile.gettempdir()).returncode
    except subprocess.TimeoutExpired:
        return None, None, "timeout"
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, rc


def best_of(argv_for, tree: str | None, repeat: int, timeout: float):
    """Fastest (by CPU) of ``repeat`` runs, each with a fresh cache and output folder."""
    best = None
    for _ in range(repeat):
        scratch = tempfile.mkdtemp(prefix="symms-bench-")
        env = dict(os.environ, SYMMS_CACHE=os.path.join(scratch, "cache"))
        if tree:
            env["PYTHONPATH"] = tree + os.pathsep + env.get("PYTHONPATH", "")
        try:
            result = timed(argv_for(os.path.join(scratch, "out")), env, timeout)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
        if result[2] != 0:
            return result
        if best is None or result[1] < best[1]:
            best = result
    return best


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--orders", type=int, nargs="*", default=[3, 5, 6])
    parser.add_argument("--before", help="parent folder of an older symms package, timed side by side")
    parser.add_argument("--after", help="parent folder of the symms package to time as 'after' (default: the installed one)")
    parser.add_argument("--cauchy-born", nargs="*", default=[], metavar="LATTICE:RC",
                        help="also time `symms derive cauchy-born --lattice LATTICE --cutoff RC`, e.g. hcp:2.5")
    parser.add_argument("--defaults", nargs="*", default=[], metavar="NAME",
                        help="also time `symms derive NAME` with its default parameters, e.g. ginzburg-landau")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=1800)
    args = parser.parse_args()
    symms = shutil.which("symms") or "symms"
    load = os.getloadavg()[0]
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, python {platform.python_version()}, "
          f"load average {load:.1f} at start")
    print("\n| command | tree | wall s | CPU s | target s |")
    print("|---|---|---|---|---|")
    jobs = [("symms --help", "--help", lambda out: [symms, "--help"]), ("symms list", "list", lambda out: [symms, "list"])]
    jobs += [(f"symms derive diffusion --order {P}", P, lambda out, P=P: [symms, "derive", "diffusion", "--order", str(P),
                                                                          "--out", out, "--quiet"]) for P in args.orders]
    for spec in args.cauchy_born:
        lattice, _, rc = spec.partition(":")
        jobs.append((f"symms derive cauchy-born --lattice {lattice} --cutoff {rc}", spec,
                     lambda out, lattice=lattice, rc=rc: [symms, "derive", "cauchy-born", "--lattice", lattice, "--cutoff", rc,
                                                          "--out", out, "--quiet"]))
    jobs += [(f"symms derive {name}", name, lambda out, name=name: [symms, "derive", name, "--out", out, "--quiet"])
             for name in args.defaults]
    trees = ([("before", args.before)] if args.before else []) + [("after", args.after)]
    for label, key, argv_for in jobs:
        for tree_label, tree in trees:
            wall, cpu, rc = best_of(argv_for, tree, args.repeat, args.timeout)
            target = TARGETS.get(key, "")
            if rc != 0:
                print(f"| `{label}` | {tree_label} | failed ({rc}) | | {target} |", flush=True)
            else:
                print(f"| `{label}` | {tree_label} | {wall:.2f} | {cpu:.2f} | {target} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
