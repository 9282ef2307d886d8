"""The progress reporter the pipeline hands every builder and check.

``progress("message")`` announces a step; ``progress.bar(iterable, total=..., desc=...)`` wraps a
loop in a tqdm bar.  A disabled reporter (``--quiet``, or output not a terminal) does nothing and
is falsy, so ``tqdm(..., disable=not progress)`` works with it as with a bool.
"""
from __future__ import annotations

import sys
import time

from tqdm import tqdm


class Progress:
    """Steps and bars on stderr, with the time since the previous step."""

    def __init__(self, enabled: bool = False):
        self.enabled = bool(enabled)
        self._last = time.perf_counter()

    def __bool__(self) -> bool:
        return self.enabled

    def __call__(self, message: str) -> None:
        if self.enabled:
            now = time.perf_counter()
            tqdm.write(f"  … {message} (+{now - self._last:.1f} s)", file=sys.stderr)
            self._last = now

    def bar(self, iterable, total: int | None = None, desc: str = ""):
        return tqdm(iterable, total=total, desc=desc, disable=not self.enabled, leave=False, file=sys.stderr)


def reporter(progress) -> Progress:
    """``progress`` as a :class:`Progress` (a bool, None or a reporter)."""
    return progress if isinstance(progress, Progress) else Progress(bool(progress))
