"""Guard against PySide6 6.12.0 wearing down ``None``'s reference count (crash at exit).

In PySide6/shiboken6 6.12.0 every bound C++ method that returns ``void`` (``update()``,
``setText()``, ``processEvents()``, ...) hands back ``None`` without taking a reference to it,
so each such call lowers ``None``'s reference count by one (6.11.3 does not). On Python 3.12+
``None`` is immortal and nothing happens; on 3.11 the count reaches zero after some tens of
thousands of calls and the interpreter aborts with ``Fatal Python error: none_dealloc``,
usually while it shuts down, but in a long session at any moment.

Our code cannot avoid calling void Qt methods, so :func:`install` does what Python 3.12 does:
it makes ``None`` effectively immortal by raising its reference count by 2**60 (``None`` is a
static object that is never freed, so a too-high count is harmless). It only acts on CPython
before 3.12, and only if a probe shows that the installed PySide6 has the fault, so it turns
itself off once PySide6 is fixed. Installed when ``dudao_desktop.ui`` is imported.
"""

from __future__ import annotations

import ctypes
import platform
import sys

HEADROOM = 1 << 60  # far beyond any number of calls, far below the 2**63 limit
PROBE_CALLS = 64


def none_leak_per_call() -> float:
    """How many references to ``None`` one void PySide6 call loses (0.0 when sound)."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(PROBE_CALLS):
        probe.setObjectName("probe")  # a void method
    return (before - sys.getrefcount(None)) / PROBE_CALLS


def install() -> bool:
    """Make ``None`` immortal if this PySide6 leaks it; True if the count was raised."""
    if platform.python_implementation() != "CPython" or sys.version_info >= (3, 12):
        return False
    if sys.getrefcount(None) >= HEADROOM or none_leak_per_call() < 0.5:
        return False
    refcount = ctypes.c_ssize_t.from_address(id(None))
    # ob_refcnt is the first field of a release build's PyObject; check before writing.
    if abs(refcount.value - sys.getrefcount(None)) > 8:
        return False
    refcount.value += HEADROOM
    return True
