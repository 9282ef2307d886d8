"""Studies of independent runs: the pipeline hands a parallel derivation an Executor (its own
process pool, or the caller's), and tables are written as CSV beside results.json."""
import csv
import json
import os
from concurrent.futures import Executor, Future, ThreadPoolExecutor

import pytest

from symms import pipeline, registry
from symms.errors import InputError
from symms.model import DerivedModel, Section, Table
from symms.registry import Derivation, Param


def _run(seed: int) -> tuple[int, int, int]:
    """One 'run' of the toy study: a number that depends only on its seed, and where it ran."""
    return seed, seed * seed + 1, os.getpid()


def _build(progress=None, executor=None, runs: int = 4):
    assert isinstance(executor, Executor)
    results = sorted(f.result() for f in [executor.submit(_run, s) for s in range(runs)])
    pids = {pid for _, _, pid in results}
    table = Table("runs", "toy runs", ("$s$", "$s^2 + 1$"), tuple((s, v) for s, v, _ in results))
    return DerivedModel("", "", {"runs": runs}, "toy study", "test", sections=(Section("Runs", tables=(table,)),),
                        results={"pids_outside": os.getpid() not in pids})


STUDY = Derivation("toy-study", "a parallel toy", (Param("runs", int, 4, "runs", slug="n"),), _build, parallel=True)


@pytest.fixture
def toy(monkeypatch):
    table = dict(registry.all_derivations())
    table[STUDY.name] = STUDY
    monkeypatch.setattr(registry, "_CACHE", table)
    return STUDY


class CountingExecutor(Executor):
    """A caller's executor (as a Dask client's would be): runs inline and counts submissions."""

    def __init__(self):
        self.submitted = 0

    def submit(self, fn, *args, **kwargs):
        self.submitted += 1
        future = Future()
        future.set_result(fn(*args, **kwargs))
        return future


def test_default_executor_is_a_process_pool_and_tables_become_csv(toy, tmp_path):
    report = pipeline.derive("toy-study", out=tmp_path, check=False, workers=2, runs=5)
    results = json.loads((report.folder / "results.json").read_text())
    assert results["pids_outside"] is True  # the runs ran in other processes
    rows = list(csv.reader((report.folder / "runs.csv").open()))
    assert rows[0] == ["s", "s^2 + 1"]
    assert [list(map(int, r)) for r in rows[1:]] == [[s, s * s + 1] for s in range(5)]
    assert results["tables"]["runs"]["rows"] == [[s, s * s + 1] for s in range(5)]


def test_a_callers_executor_is_used_and_left_open(toy, tmp_path):
    mine = CountingExecutor()
    report = pipeline.derive("toy-study", out=tmp_path, check=False, executor=mine, runs=3)
    assert mine.submitted == 3
    assert json.loads((report.folder / "results.json").read_text())["pids_outside"] is False
    with ThreadPoolExecutor(1) as threads:  # any concurrent.futures executor works
        pipeline.derive("toy-study", out=tmp_path, check=False, executor=threads, runs=2)
        assert threads.submit(int, "7").result() == 7  # still open after the derivation


def test_worker_count_does_not_change_the_output(toy, tmp_path):
    one = pipeline.derive("toy-study", out=tmp_path / "a", check=False, workers=1)
    two = pipeline.derive("toy-study", out=tmp_path / "b", check=False, workers=2)
    for name in ("runs.csv", "model.json"):
        assert (one.folder / name).read_bytes() == (two.folder / name).read_bytes()


@pytest.mark.parametrize("workers", [0, -2, 1.5, True, "2"])
def test_bad_worker_counts_are_refused(toy, tmp_path, workers):
    with pytest.raises(InputError, match="--workers must be a positive integer"):
        pipeline.derive("toy-study", out=tmp_path, check=False, workers=workers)


def test_a_non_executor_is_refused(toy, tmp_path):
    with pytest.raises(InputError, match="concurrent.futures.Executor"):
        pipeline.derive("toy-study", out=tmp_path, check=False, executor=object())


def _too_many(params):
    return f"{params['runs']} runs need more memory than this machine has" if params["runs"] > 10 else None


def test_a_run_beyond_the_limits_is_refused_before_it_starts_unless_forced(monkeypatch, tmp_path):
    limited = Derivation("toy-limited", "a limited toy", (Param("runs", int, 4, "runs", slug="n"),), _build,
                         parallel=True, limits=_too_many)
    monkeypatch.setattr(registry, "_CACHE", {**registry.all_derivations(), limited.name: limited})
    with pytest.raises(InputError, match="12 runs need more memory .* pass --force"):
        pipeline.derive("toy-limited", out=tmp_path / "a", check=False, runs=12)
    assert not (tmp_path / "a").exists()  # refused before anything was created
    report = pipeline.derive("toy-limited", out=tmp_path / "b", check=False, runs=12, force=True, workers=1)
    assert (report.folder / "runs.csv").read_text().count("\n") == 13
