"""Long work as plain functions: ``run(inputs, progress, cancelled) -> result`` (Orange3's TaskState split).

The function reports progress in [0, 1] through ``progress(fraction, message)`` and polls ``cancelled()``;
``check_cancelled`` turns a cancel request into :class:`Cancelled`.  The GUI runs these in a worker thread;
the command line calls them directly.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from layers.errors import Cancelled

T = TypeVar("T")


class Progress(Protocol):
    def __call__(self, fraction: float, message: str = "") -> None: ...


ProgressFn = Callable[[float, str], None]
CancelledFn = Callable[[], bool]


def no_progress(fraction: float, message: str = "") -> None:
    """A progress callback that ignores reports."""


def never_cancelled() -> bool:
    return False


def check_cancelled(cancelled: CancelledFn) -> None:
    if cancelled():
        raise Cancelled("cancelled by the user")


def sub_progress(progress: ProgressFn, start: float, end: float) -> ProgressFn:
    """Map a sub-task's 0..1 progress into [start, end] of the parent's."""

    def report(fraction: float, message: str = "") -> None:
        progress(start + (end - start) * min(max(fraction, 0.0), 1.0), message)

    return report
