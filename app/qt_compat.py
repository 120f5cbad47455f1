"""Work-arounds for bugs of the Qt binding we run on.

PySide6 6.12.0 on Python 3.11 returns ``None`` from every void method without taking a reference to it, so
each call such as ``painter.drawPath(...)`` or ``painter.setPen(...)`` lowers ``None``'s reference count by one.
On Python 3.11 ``None`` is not immortal (it is from 3.12 on, PEP 683), and after a few thousand such calls -
a few dozen map repaints - the interpreter aborts with "Fatal Python error: none_dealloc".

:func:`protect_none_refcount` gives ``None`` a reference count so large that no session can exhaust it, which
is what Python 3.12 does for every interpreter.  It is idempotent and a no-op on Python >= 3.12.
"""

from __future__ import annotations

import ctypes
import sys

_BUMP = 1 << 48  # 2.8e14 void calls: years of continuous painting
_done = False


def protect_none_refcount() -> None:
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        _done = True
        return
    refcount = ctypes.c_ssize_t.from_address(id(None))
    refcount.value += _BUMP
    _done = True


def void_calls_leak_none() -> bool:
    """True when this PySide6 build drops a reference to None on void calls (for diagnostics and tests)."""
    if sys.version_info >= (3, 12):
        return False
    from PySide6.QtCore import QPointF

    point = QPointF()
    before = sys.getrefcount(None)
    for _ in range(100):
        point.setX(1.0)
    return sys.getrefcount(None) < before - 50
