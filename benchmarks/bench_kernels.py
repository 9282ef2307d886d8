"""Benchmark bound lattice-operator kernels (issue 11 part 1): ``op = rhs.bind(kappa, gamma)``, ``op(U)``.

Per coarse point at m = 65,536, one core (BLAS threads pinned to 1 before numpy is imported):

* ``op(U)`` in C and numpy against the memory-bandwidth limit, measured here as the time numpy
  takes to read an array of (shifts + 2) doubles per point (the band, U and the output once);
* the numpy stencil alone (``op(U)`` without its input check) and the numpy stencil before its
  einsum (``loop_apply``, the same band, no input check either) side by side, and a stricter
  read limit (``a.max()`` over the same array, which numpy reads faster than ``a.sum()``);
* the CSR matrix ``op.matrix() @ U`` for comparison;
* the assembly (``bind``) separately, with the numpy assembly's peak traced memory;
* a one-off ``rhs(U, kappa, gamma)`` now, and before (the kernels committed at ``BEFORE``,
  which recomputed every coefficient on each call; read with ``git show``).

Order 6 is derived into a scratch folder (a minute or two); every order is derived with
``check=False`` (the pipeline's verification is not what is timed).  Timings are process CPU
time (robust to other load on a shared machine), the best of ``--repeat`` runs; assemblies that
take seconds are timed once.  Writes a Markdown table to stdout.

    python benchmarks/bench_kernels.py [--m 65536] [--orders 2 4 6] [--repeat 20]
"""
from __future__ import annotations

import os

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"

import argparse  # noqa: E402
import ctypes  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
import tracemalloc  # noqa: E402
import types  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402

import symms  # noqa: E402
from symms.codegen.compile import build  # noqa: E402
from symms.model_file import kernel_entries  # noqa: E402
from symms.pipeline import load_backend  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
BEFORE = "6c86c38"  # the last commit whose lattice kernels recompute the operator on every call
_p = ctypes.POINTER(ctypes.c_double)


def best(f, repeat: int) -> float:
    """The shortest CPU time of ``repeat`` calls of ``f`` (after one warm-up call), in seconds."""
    f()
    times = []
    for _ in range(repeat):
        start = time.process_time()
        f()
        times.append(time.process_time() - start)
    return min(times)


def once(f) -> float:
    """The CPU time of one call of ``f``, in seconds."""
    start = time.process_time()
    f()
    return time.process_time() - start


def bandwidth_limit(m: int, nshift: int, repeat: int) -> float:
    """Seconds to read (nshift + 2) doubles per point once (numpy sum of one array)."""
    a = np.random.default_rng(0).random(m * (nshift + 2))
    return best(a.sum, repeat)


def read_limit(m: int, nshift: int, repeat: int) -> float:
    """Seconds for numpy's ``a.max()`` over the same array: a faster (SIMD) read of the same bytes,
    so a stricter lower bound than ``a.sum()`` (whose pairwise summation is not purely bandwidth-bound)."""
    a = np.random.default_rng(0).random(m * (nshift + 2))
    return best(a.max, repeat)


def loop_apply(B, U, shifts):
    """The numpy stencil before issue 11's einsum (same band, same result to rounding): a periodic
    halo by ``concatenate``, then one multiply into a reused buffer and one add per shift."""
    m, reach = B.shape[1], int(np.abs(shifts).max())
    padded = np.concatenate((U[..., m - reach:], U, U[..., :reach]), axis=-1)
    out = B[0] * padded[..., reach + shifts[0]:reach + shifts[0] + m]
    product = np.empty_like(out)
    for s in range(1, shifts.size):
        out += np.multiply(B[s], padded[..., reach + shifts[s]:reach + shifts[s] + m], out=product)
    return out


def old_kernels(order: int):
    """The ``BEFORE`` kernels of an order as (C rhs, numpy rhs), or None when not committed then."""
    def show(name):
        out = subprocess.run(["git", "show", f"{BEFORE}:generated/diffusion/order{order}/{name}"], cwd=ROOT,
                             capture_output=True, text=True)
        return out.stdout if out.returncode == 0 else None
    c_source, py_source = show("kernels.c"), show("kernels.py")
    if c_source is None or py_source is None:
        return None
    lib = ctypes.CDLL(str(build(c_source, f"bench-before-order{order}")))
    lib.symms_rhs.argtypes = [_p, ctypes.c_long, ctypes.c_long, _p, ctypes.c_double, _p, ctypes.POINTER(ctypes.c_long)]

    def c_rhs(U, kappa, gamma):
        out, where = np.empty_like(U), ctypes.c_long(0)
        lib.symms_rhs(U.ctypes.data_as(_p), 1, U.size, kappa.ctypes.data_as(_p), gamma, out.ctypes.data_as(_p), ctypes.byref(where))
        return out
    module = types.ModuleType(f"before_order{order}")
    exec(compile(py_source, f"before_order{order}.py", "exec"), module.__dict__)
    return c_rhs, module.rhs


def measure(order: int, folder: Path, m: int, repeat: int) -> dict:
    entry = kernel_entries(json.loads((folder / "model.json").read_text()))[0]
    rng = np.random.default_rng(order)
    kappa, U = rng.uniform(0.5, 2.0, 2 * m), rng.normal(size=m)
    heavy = order >= 5  # assembly takes seconds: time it once
    row = {"order": order}
    for backend in ("c", "numpy"):
        rhs = load_backend(folder, entry, backend)
        if backend == "numpy":
            tracemalloc.start()
        bind_seconds = once(lambda: rhs.bind(kappa, 1.0)) if heavy else best(lambda: rhs.bind(kappa, 1.0), max(1, repeat // 4))
        if backend == "numpy":
            row["numpy_bind_peak_mib"] = tracemalloc.get_traced_memory()[1] / 2**20
            tracemalloc.stop()
        op = rhs.bind(kappa, 1.0)
        row[f"{backend}_bind"] = bind_seconds
        row[f"{backend}_apply"] = best(lambda: op(U), repeat)
        row[f"{backend}_rhs"] = bind_seconds + row[f"{backend}_apply"] if heavy else best(lambda: rhs(U, kappa, 1.0), max(1, repeat // 4))
    rows = np.ascontiguousarray(op.band.T)
    row["numpy_loop_apply"] = best(lambda: loop_apply(rows, U, op.shifts), repeat)
    row["numpy_stencil"] = best(lambda: op._apply(op._rows, U), repeat)  # op(U) without its input check, like loop_apply
    M = op.matrix()
    row["csr"] = best(lambda: M @ U, repeat)
    row["nshift"] = op.shifts.size
    row["bandwidth"] = bandwidth_limit(m, op.shifts.size, repeat)
    row["read_limit"] = read_limit(m, op.shifts.size, repeat)
    before = old_kernels(order)
    if before is not None:
        c_rhs, np_rhs = before
        row["before_c_rhs"] = best(lambda: c_rhs(U, kappa, 1.0), max(1, repeat // 4))
        small = min(m, 8192)  # the old numpy kernel allocates (terms x m) arrays: time it on fewer points
        row["before_numpy_rhs"] = best(lambda: np_rhs(U[:small], kappa[:2 * small], 1.0), 2) * m / small
    return row


def folders(orders, out: Path) -> dict:
    return {P: symms.derive("diffusion", out=out, order=P, check=False).folder for P in orders}


def ns(seconds: float, m: int) -> str:
    return f"{seconds / m * 1e9:,.1f}"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--m", type=int, default=65536, help="coarse points")
    parser.add_argument("--orders", type=int, nargs="*", default=[2, 4, 6])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    m = args.m
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, python {platform.python_version()}, "
          f"numpy {np.__version__}; m = {m:,} coarse points, gamma = 1, one BLAS thread; CPU ns per coarse point (best of {args.repeat})")
    with tempfile.TemporaryDirectory() as tmp:
        rows = [measure(P, folder, m, args.repeat) for P, folder in folders(args.orders, Path(tmp)).items()]
    print("\n| order | shifts | bandwidth limit (sum) | read limit (max) | op(U) C | op(U) numpy | numpy stencil alone | numpy before (loop) | "
          "C / limit | numpy / limit | numpy before / limit | numpy / C | CSR @ U |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        lim = r["bandwidth"]
        print(f"| {r['order']} | {r['nshift']} | {ns(lim, m)} | {ns(r['read_limit'], m)} | {ns(r['c_apply'], m)} | "
              f"{ns(r['numpy_apply'], m)} | {ns(r['numpy_stencil'], m)} | {ns(r['numpy_loop_apply'], m)} | {r['c_apply'] / lim:.2f} | {r['numpy_apply'] / lim:.2f} | "
              f"{r['numpy_loop_apply'] / lim:.2f} | {r['numpy_apply'] / r['c_apply']:.2f} | {ns(r['csr'], m)} |")
    print("\n| order | bind C | bind numpy | numpy bind peak MiB | rhs one-off C | rhs one-off numpy | before: rhs C | before: rhs numpy |")
    print("|---|---|---|---|---|---|---|---|")
    for r in rows:
        before_c = ns(r["before_c_rhs"], m) if "before_c_rhs" in r else "not committed"
        before_np = ns(r["before_numpy_rhs"], m) if "before_numpy_rhs" in r else "not committed"
        print(f"| {r['order']} | {ns(r['c_bind'], m)} | {ns(r['numpy_bind'], m)} | {r['numpy_bind_peak_mib']:.0f} | "
              f"{ns(r['c_rhs'], m)} | {ns(r['numpy_rhs'], m)} | {before_c} | {before_np} |")


if __name__ == "__main__":
    main()
