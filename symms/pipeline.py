"""The main job, stage by stage: derive → emit (LaTeX, model.json, numpy, C) → write → verify.

1. derivation: the kernels a derivation ``needs`` from others are loaded, then its builder
   returns a :class:`DerivedModel` (plain data; builders never call the pipeline);
2. emission: every file is rendered in memory (text, and PNG bytes of the model's figures);
3. writing: the variant folder ``<out>/<derivation>/<variant>/`` is written whole and swapped in;
4. verification: kernels are compiled and loaded from the written files and compared with
   their SymPy source read back from ``model.json``; the derivation's independent checks run on
   the loaded kernels (its own and those it needs).
"""
from __future__ import annotations

import inspect
import json
import os
import shlex
import warnings
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from . import registry
from .checks import CheckResult
from .codegen import backends as codegen_backends
from .codegen.verify import check_expression, check_lattice
from .errors import CheckFailed, InputError
from .latex import render_document
from .locations import cache_dir, committed_root, default_out
from .model import DerivedModel
from .model_file import kernel_entries
from .output import (MANIFEST, check_out_dir, is_verified, mark_verified, model_json, rounded, sha256, table_csv, table_json, to_json,
                     write_files)
from .plots import render_png
from .progress import reporter

BACKENDS = tuple(codegen_backends.BACKENDS)


@dataclass
class Report:
    """What a derive or check run did: the folder, the files and every check's verdict."""

    folder: Path
    files: list[str] = field(default_factory=list)
    checks: list[CheckResult] = field(default_factory=list)
    summary: list[str] = field(default_factory=list)
    verified: bool = False  # every check ran and passed (recorded in the manifest)

    @property
    def passed(self) -> bool:
        return all(c.passed for c in self.checks)


def command_line(derivation, params: dict) -> str:
    """The command that regenerates a variant (no paths, parameters in declared order), shell-quoted
    so that it can be pasted back: ``--potential 'u**3 - 8*u**2'``, ``--potential=-u**4``."""
    parts = ["symms", "derive", derivation.name]
    for p in derivation.params:
        value = params[p.key]
        if p.type is bool:
            if value:
                parts.append(f"--{p.name}")
        elif value is not None:
            text = str(value)
            parts += [f"--{p.name}={text}"] if text.startswith("-") else [f"--{p.name}", text]
    return shlex.join(parts)


def emit(model: DerivedModel, command: str, backends=BACKENDS) -> dict[str, str]:
    """Every output file of ``model``: text, and PNG bytes of its figures (nothing touches the disk)."""
    files = {"model.json": model_json(model, command), "model.tex": render_document(model, command)}
    header = f"symms {model.derivation}/{model.variant}; regenerate with: {command}"
    for ir in codegen_backends.lower(model.kernels, header, model.derivation):
        for name in backends:
            backend = codegen_backends.get(name)
            rendered = backend.render(ir)  # the kernel source, or {file name: text or bytes} with its data files
            files.update(rendered if isinstance(rendered, dict) else {backend.FILE: rendered})
    for figure in model.figures:
        files[figure.file] = render_png(figure)
    results = dict(model.results)
    if model.tables:
        results["tables"] = {t.name: table_json(t) for t in model.tables}
        files.update({f"{t.name}.csv": table_csv(t) for t in model.tables})
    if model.figures:
        results["figures"] = {f.name: {"file": f.file, "caption": f.caption} for f in model.figures}
    if results:
        files["results.json"] = to_json(rounded(results))
    return files


def parse_backends(text) -> tuple[str, ...]:
    """``"numpy,c"`` → ``("numpy", "c")``, or an InputError naming the choices."""
    names = tuple(b.strip() for b in (text.split(",") if isinstance(text, str) else text) if b.strip())
    bad = [b for b in names if b not in BACKENDS]
    if bad or not names:
        raise InputError(f"unknown backend {', '.join(bad) or '(none)'}; choose from {', '.join(BACKENDS)} (comma-separated)")
    return names


def load_backend(folder: Path, entry: dict, backend: str):
    """The callable of kernel ``entry`` (one of :func:`~symms.model_file.kernel_entries`) from the
    files in ``folder`` for one backend."""
    if "preamble" in entry or any(isinstance(e, dict) for o in entry.get("outputs", ()) for e in o.get("expressions", ())):
        raise InputError(f"kernel {entry['name']}: pass its entry from symms.model_file.kernel_entries(model), "
                         "which puts its preamble's guards in and writes out its same_as outputs")
    module = codegen_backends.get(backend)
    if not (folder / module.FILE).exists():
        raise InputError(f"{folder} has no {backend} kernels; derive with --backend {backend}")
    return module.load(folder, entry)


def verify_folder(folder: Path, backends=BACKENDS, seed: int = 20261121, progress=None) -> list[CheckResult]:
    """Recompile and re-verify every kernel stored in ``folder`` against ``model.json``."""
    data = json.loads((folder / "model.json").read_text())
    rng = np.random.default_rng(seed)
    results = []
    for entry in reporter(progress).bar(kernel_entries(data), desc="compiling and verifying kernels"):
        kernels = {b: load_backend(folder, entry, b) for b in backends if (folder / codegen_backends.get(b).FILE).exists()}
        if entry["kind"] == "lattice-operator":
            results += check_lattice(entry, kernels, rng)
        else:
            results += check_expression(entry, kernels, rng)
    return results


def _preferred(backends) -> str:
    return "c" if "c" in backends else "numpy"


def needed_kernels(derivation, params: dict, backends=BACKENDS) -> dict:
    """The kernels ``derivation`` declares it needs from other derivations, loaded (deriving
    them into the cache on first use): ``{key: callable}``."""
    backend = _preferred(backends)
    return {key: load_kernel(name, backend=backend, kernel=kernel, **p)
            for key, (name, p, kernel) in sorted(derivation.needed(params).items())}


def folder_kernels(folder: Path, backends=BACKENDS) -> dict:
    """Every kernel stored in ``folder``, loaded for the preferred backend: ``{name: callable}``."""
    entries = kernel_entries(json.loads((folder / "model.json").read_text()))
    available = [b for b in (_preferred(backends), "numpy") if (folder / codegen_backends.get(b).FILE).exists()]
    if not entries or not available:
        return {}
    return {e["name"]: load_backend(folder, e, available[0]) for e in entries}


def independent_checks(derivation, folder: Path, backends=BACKENDS, progress=None) -> list[CheckResult]:
    """The derivation's own checks, on its loaded kernels and those it needs (a checker that
    takes ``progress=`` is handed the reporter, for checks that run long)."""
    checker = derivation.checker()
    if checker is None:
        return []
    params = json.loads((folder / "model.json").read_text())["parameters"]
    kernels = {**needed_kernels(derivation, params, backends), **folder_kernels(folder, backends)}
    if "progress" in inspect.signature(checker).parameters:
        return checker(params, kernels, progress=reporter(progress))
    return checker(params, kernels)


def manifest_check(root: Path, folder: Path) -> list[CheckResult]:
    """Do the files in ``folder`` match the sha256 recorded in the manifest?"""
    path = root / MANIFEST
    if not path.exists():
        return [CheckResult("manifest", False, f"{path} is missing")]
    files = json.loads(path.read_text())["files"]
    rel = folder.relative_to(root).as_posix()
    bad = [name for name, info in files.items() if name.startswith(rel + "/")
           and (not (root / name).exists() or sha256(root / name) != info["sha256"])]
    return [CheckResult("manifest", not bad, "files match their recorded sha256" if not bad else f"changed: {', '.join(bad)}")]


def check_workers(workers) -> int:
    """The process count of a study's pool: a positive integer (default: every core)."""
    if workers is None:
        return os.cpu_count() or 1
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise InputError(f"--workers must be a positive integer, got {workers!r}")
    return workers


@contextmanager
def _local_pool(workers):
    """A process pool; on an error or Ctrl-C the queued runs are cancelled, not waited for."""
    pool = ProcessPoolExecutor(max_workers=check_workers(workers))
    try:
        yield pool
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown(wait=True)


def _executor(derivation, executor: Executor | None, workers):
    """The executor a parallel derivation's runs go to: the caller's (left open), else a local
    process pool of ``workers`` processes that is shut down (cancelling what is queued) after."""
    if not derivation.parallel:
        return nullcontext(None)
    if executor is not None:
        if not isinstance(executor, Executor) and not callable(getattr(executor, "submit", None)):
            raise InputError(f"executor must be a concurrent.futures.Executor (or offer .submit), got {type(executor).__name__}")
        return nullcontext(executor)
    return _local_pool(workers)


def derive(name: str | None = None, out: Path | None = None, backends=BACKENDS, check: bool = True,
           progress=False, executor: Executor | None = None, workers: int | None = None, force: bool = False,
           **params) -> Report:
    """Derive, write and (by default) verify one variant of a registered derivation.

    A parallel derivation (a study) submits its independent runs to ``executor`` when given
    (any :class:`concurrent.futures.Executor`, e.g. ``dask.distributed.Client(...).get_executor()``),
    else to a local process pool of ``workers`` processes (default: every core).  Neither
    changes the result, so neither is part of the variant or its command.  A run the derivation
    estimates will not finish on this machine is refused before it starts unless ``force``."""
    derivation = registry.get(name)
    params = derivation.resolve(**params)
    backends = parse_backends(backends)
    reason = derivation.beyond_limits(params)
    if reason and not force:
        raise InputError(f"{reason}; pass --force (force=True) to start it anyway")
    root = check_out_dir(Path(out) if out is not None else default_out())
    command = command_line(derivation, params)
    progress = reporter(progress)
    extra = {}
    if derivation.needs is not None:
        progress("loading the kernels it needs")
        extra["kernels"] = needed_kernels(derivation, params, backends)
    progress(f"deriving {derivation.name}")
    with _executor(derivation, executor, workers) as pool:
        if pool is not None:
            extra["executor"] = pool
        model = derivation.builder()(progress=progress, **extra, **params)
    model = replace(model, derivation=derivation.name, variant=derivation.variant(params))
    progress("emitting LaTeX, model.json and kernels")
    files = emit(model, command, backends)
    folder = write_files(root, derivation.output_folder, model.variant, files, command)
    report = Report(folder, sorted(files), summary=list(model.data.get("summary", [])))
    if check:
        progress("compiling and verifying the kernels against their SymPy source")
        report.checks += verify_folder(folder, backends, progress=progress)
        if derivation.checks is not None:
            progress("running the independent checks")
        report.checks += independent_checks(derivation, folder, backends, progress=progress)
        report.verified = report.passed
        mark_verified(root, folder.relative_to(root).as_posix(), report.passed)
    return report


def check(name: str | None = None, out: Path | None = None, backends=BACKENDS, progress=False, **params) -> Report:
    """Recompile and re-verify the stored variant(s) of a derivation (all variants if no parameters)."""
    derivation = registry.get(name)
    if out is not None:
        root = Path(out)
    else:  # what the user derived (./symms-out outside a checkout), else the committed models
        root = default_out() if (default_out() / derivation.output_folder).is_dir() else committed_root()
    base = root / derivation.output_folder
    resolved = derivation.resolve(**params)
    if params:
        folders = [base / derivation.variant(resolved)]
    else:
        folders = sorted(p for p in base.glob("*") if (p / "model.json").exists())
    missing = [f for f in folders if not (f / "model.json").exists()]
    if not folders or missing:
        where = missing[0] if missing else base
        again = command_line(derivation, resolved) + ("" if out is None else f" --out {shlex.quote(str(out))}")
        raise InputError(f"nothing derived at {where}; run `{again}` first")
    report = Report(folders[0])
    progress = reporter(progress)
    for folder in folders:
        progress(f"checking {folder.relative_to(root).as_posix()}")
        checks = manifest_check(root, folder) + verify_folder(folder, parse_backends(backends), progress=progress)
        checks += independent_checks(derivation, folder, parse_backends(backends), progress=progress)
        report.checks += checks
        try:
            mark_verified(root, folder.relative_to(root).as_posix(), all(c.passed for c in checks))
        except OSError:  # a read-only tree (the wheel's committed models): report only
            pass
    report.verified = report.passed
    return report


def variant_folder(name: str, **params) -> Path:
    """The folder holding a variant: the committed models (``generated/`` or the wheel's copy)
    if it is there, else the user cache (deriving it on first use)."""
    derivation = registry.get(name)
    resolved = derivation.resolve(**params)
    variant = derivation.variant(resolved)
    for root in (committed_root(), cache_dir() / "models"):
        folder = root / derivation.output_folder / variant
        if (folder / "model.json").exists():
            if not is_verified(root, folder.relative_to(root).as_posix()):
                warnings.warn(f"symms: {folder} is not marked verified (derived with --no-check, interrupted, or a "
                              f"check failed); run `symms check {name}` or derive it again", stacklevel=3)
            return folder
    report = derive(name, out=cache_dir() / "models", **resolved)
    if not report.passed:
        failed = "; ".join(c.line() for c in report.checks if not c.passed)
        raise CheckFailed(f"{name} {variant} failed its checks when derived on first use: {failed}")
    return report.folder


def load_kernels(name: str, backend: str = "numpy", **params) -> dict:
    """Every kernel of a derivation variant, ``{kernel name: callable}`` (see :func:`load_kernel`)."""
    codegen_backends.get(backend)  # an unknown backend fails before any derivation
    folder = variant_folder(name, **params)
    return {e["name"]: load_backend(folder, e, backend) for e in kernel_entries(json.loads((folder / "model.json").read_text()))}


def load_kernel(name: str, backend: str = "numpy", kernel: str | None = None, **params):
    """The callable of a derived kernel (numpy or compiled C); derives and caches it on first use.

    ``kernel`` picks one when the derivation emits several (e.g. energy, stress, moduli).
    """
    codegen_backends.get(backend)  # an unknown backend fails before any derivation
    folder = variant_folder(name, **params)
    entries = kernel_entries(json.loads((folder / "model.json").read_text()))
    names = [e["name"] for e in entries]
    if kernel is None and len(entries) != 1:
        raise InputError(f"{name} emits several kernels {names}: pass kernel=NAME")
    matches = [e for e in entries if kernel is None or e["name"] == kernel]
    if not matches:
        raise InputError(f"{name} has no kernel {kernel!r}; it has {names}")
    return load_backend(folder, matches[0], backend)
