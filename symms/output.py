"""From a derived model to files: ``model.json``, results, atomic writes and the manifest.

Layout: ``<root>/<derivation>/<variant>/{model.json, model.tex, kernels.py, kernels.c,
results.json, *.png}`` and ``<root>/MANIFEST.json`` (sha256 and the regenerating command of
every file).  A variant folder is written complete into a temporary sibling and swapped in as a
whole, so an interrupted run leaves the old folder or the new one, and files a derivation no
longer writes disappear; the manifest is updated under a file lock.  Output is deterministic:
sorted keys, no timestamps, no absolute paths.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import shutil
import tempfile
from pathlib import Path

import sympy as sp
from filelock import FileLock

from .errors import InputError
from .model import DerivedModel, DisplayEquation, ExpressionKernel, LatticeOperatorKernel, Table, preambles_of
from .numbers import significant

SCHEMA = 2  # 2: expression kernels may share a preamble; equal outputs are {"same_as": i}
MANIFEST = "MANIFEST.json"
RESULT_DIGITS = 10  # significant digits of every float in results.json


def to_json(data) -> str:
    """Canonical JSON text: sorted keys, two-space indent, trailing newline."""
    return json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def rounded(data, digits: int = RESULT_DIGITS):
    """``data`` with every float rounded to ``digits`` significant digits.

    Computed numbers (simulations, eigenvalues, norms) can differ in the last bits between
    numpy/BLAS builds; stored to 10 digits they are byte-identical on regeneration.
    """
    if isinstance(data, float):
        return significant(data, digits)
    if isinstance(data, dict):
        return {k: rounded(v, digits) for k, v in data.items()}
    if isinstance(data, (list, tuple)):
        return [rounded(v, digits) for v in data]
    return data


def _expressions(entries) -> list:
    """An output array's entries as strings; an entry equal to an earlier one (the symmetric
    C_ijkl = C_klij) as ``{"same_as": index of the first}``."""
    first: dict = {}
    out = []
    for i, e in enumerate(entries):
        if e in first:
            out.append({"same_as": first[e]})
        else:
            first[e] = i
            out.append(sp.sstr(e, full_prec=True))
    return out


def _intermediates_json(intermediates) -> list:
    return [{"symbol": str(sym), "expression": sp.sstr(e, full_prec=True, order="none")} for sym, e in intermediates]


def _guards_json(guards) -> list:
    return [{"expression": sp.sstr(g.expr), "message": g.message} for g in guards]


def _preamble_json(pre) -> dict:
    return {"name": pre.name, "intermediates": _intermediates_json(pre.intermediates), "guards": _guards_json(pre.guards)}


def _kernel_json(k) -> dict:
    if isinstance(k, ExpressionKernel):
        entry = {
            "name": k.name,
            "kind": k.kind,
            "doc": k.doc,
            "inputs": [{"name": a.name, "shape": list(a.shape), "symbols": [str(e) for e in a.entries]} for a in k.inputs],
        }
        if k.preamble is not None:
            entry["preamble"] = k.preamble.name
        if k.intermediates:  # only when present: kernels without them keep their exact former JSON
            entry["intermediates"] = _intermediates_json(k.intermediates)
        entry.update({
            "outputs": [{"name": a.name, "shape": list(a.shape), "expressions": _expressions(a.entries)} for a in k.outputs],
            "guards": _guards_json(k.guards),
            "sample": {name: [low, high] for name, low, high in k.sample},
        })
        return entry
    if isinstance(k, LatticeOperatorKernel):
        return {
            "name": k.name,
            "kind": k.kind,
            "doc": k.doc,
            "parameter": k.parameter,
            "stride": k.stride,
            "gamma": k.gamma,
            "definitions": dict(k.definitions),
            "coefficients": {str(p): {str(kk): c for kk, c in sorted(row.items())} for p, row in sorted(k.coefficients.items())},
            "guards": _guards_json(k.guards),
        }
    raise TypeError(f"unknown kernel type {type(k).__name__}")


def _equation_json(e) -> dict:
    if isinstance(e, DisplayEquation):
        return {"label": e.label, "group": e.group, "kind": "display", "latex": e.latex}
    return {"label": e.label, "group": e.group, "lhs": sp.sstr(e.lhs), "rhs": sp.sstr(e.rhs)}


def table_json(table: Table) -> dict:
    """A table as results.json stores it: caption, columns and rows (numbers as numbers)."""
    return {"caption": table.caption, "columns": list(table.columns), "rows": [list(row) for row in table.rows],
            "digits": table.digits}


def _plain(header: str) -> str:
    """A LaTeX column header as CSV text: ``$\\|T\\|_{\\infty}$`` → ``|T|_infty``,
    ``$\\langle m_z^2\\rangle$`` → ``<m_z^2>``, ``$t/\\mathrm{De}$`` → ``t/De``."""
    header = re.sub(r"\\(?:mathrm|rm|text|mathbf|operatorname|left|right)(?![A-Za-z])\s*", "", header)
    header = re.sub(r"\\langle\s*", "<", re.sub(r"\s*\\rangle", ">", header))
    return re.sub(r"[$\\{}]", "", header).strip()


def table_csv(table: Table) -> str:
    """A table as CSV (written beside results.json): plain-text headers, numbers to 10 significant
    digits as in results.json, ``\\n`` line ends."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([_plain(c) for c in table.columns])
    writer.writerows(rounded(list(row)) for row in table.rows)
    return out.getvalue()


def model_json(model: DerivedModel, command: str) -> str:
    """``model.json``: the model as machine-readable data (schema in the README)."""
    preambles = {name: _preamble_json(pre) for name, pre in preambles_of(model.kernels).items()}
    return to_json({
        "schema": SCHEMA,
        "command": command,
        "derivation": model.derivation,
        "variant": model.variant,
        "parameters": dict(model.parameters),
        "title": model.title,
        "source": model.source,
        "symbols": [{"name": s.name, "latex": s.latex, "meaning": s.meaning} for s in model.symbols],
        "equations": [_equation_json(e) for sec in model.sections for e in sec.equations],
        "kernels": [_kernel_json(k) for k in model.kernels],
        "data": model.data,
        **({"preambles": list(preambles.values())} if preambles else {}),
    })


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def atomic_write(path: Path, content: str | bytes) -> None:
    """Write ``content`` (text, or bytes as is) to ``path`` through a temporary file and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        if isinstance(content, bytes):
            with os.fdopen(fd, "wb") as handle:
                handle.write(content)
        else:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(content)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def check_out_dir(root: Path) -> Path:
    """``root`` as a usable output directory, or an InputError naming the problem."""
    root = Path(root)
    if root.exists() and not root.is_dir():
        raise InputError(f"output directory {root} is a file; pass --out a directory (it is created if missing)")
    for parent in root.parents:
        if parent.exists():
            if not parent.is_dir():
                raise InputError(f"cannot create output directory {root}: {parent} is a file")
            break
    try:  # fail now, not after the derivation: create it and write a probe file
        root.mkdir(parents=True, exist_ok=True)
        tempfile.TemporaryFile(dir=root).close()
    except OSError as exc:
        raise InputError(f"cannot write to output directory {root} ({exc.strerror or exc}); "
                         "pass --out a directory you can write to") from None
    return root


def _swap_in(staged: Path, folder: Path) -> None:
    """Replace ``folder`` by the complete ``staged`` folder (two renames; the old one is removed)."""
    old = None
    if folder.exists():
        old = Path(tempfile.mkdtemp(dir=folder.parent, prefix=f".{folder.name}.old."))
        os.replace(folder, old / folder.name)
    os.replace(staged, folder)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def write_files(root: Path, derivation: str, variant: str, files: dict[str, str | bytes], command: str) -> Path:
    """Write ``files`` (name → text or bytes) as the whole folder ``root/derivation/variant`` and
    record them in the manifest (entries of files the variant no longer has are dropped)."""
    root = check_out_dir(root)
    folder = root / derivation / variant
    folder.parent.mkdir(parents=True, exist_ok=True)
    staged = Path(tempfile.mkdtemp(dir=folder.parent, prefix=f".{variant}.new."))
    try:
        for name, content in sorted(files.items()):
            atomic_write(staged / name, content)
        os.chmod(staged, 0o755)
        with FileLock(root / f".{MANIFEST}.lock"):
            _swap_in(staged, folder)
            manifest_path = root / MANIFEST
            manifest = json.loads(manifest_path.read_text()) if manifest_path.exists() else {"files": {}}
            prefix = f"{derivation}/{variant}/"
            manifest["files"] = {k: v for k, v in manifest["files"].items() if not k.startswith(prefix)}
            for name in sorted(files):
                manifest["files"][prefix + name] = {"sha256": sha256(folder / name), "command": command}
            manifest.setdefault("verified", {})[f"{derivation}/{variant}"] = False
            atomic_write(manifest_path, to_json(manifest))
    finally:
        if staged.exists():
            shutil.rmtree(staged, ignore_errors=True)
    return folder


def mark_verified(root: Path, variant_path: str, verified: bool) -> None:
    """Record in the manifest whether every check of ``variant_path`` (e.g. ``diffusion/order3``) passed.

    A variant is written as unverified; only a run whose checks all passed marks it verified, so a
    missing compiler, a failed check or an interrupted run never looks finished.
    """
    with FileLock(root / f".{MANIFEST}.lock"):
        manifest_path = root / MANIFEST
        manifest = json.loads(manifest_path.read_text())
        manifest.setdefault("verified", {})[variant_path] = bool(verified)
        atomic_write(manifest_path, to_json(manifest))


def is_verified(root: Path, variant_path: str) -> bool:
    """Whether the manifest under ``root`` records ``variant_path`` as verified."""
    path = root / MANIFEST
    return path.exists() and json.loads(path.read_text()).get("verified", {}).get(variant_path, False)
