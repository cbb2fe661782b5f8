"""Work around a PySide6 6.12 bug on Python 3.11: singletons lose references on virtual calls.

Each None a model's data() returns (and many other virtual calls, e.g. a QLabel subclass's setText) drops one
reference of None; True/False suffer too. After enough repaints a count reaches zero and the interpreter aborts
("deallocating None"), mid-meeting. From Python 3.12 these objects are immortal and nothing is needed; before
it, one large head start suffices.
"""

from __future__ import annotations

import ctypes
import sys

HEAD_START = 1 << 40  # decrements of about a million per hour of use would need a century to spend this


SINGLETONS = (None, True, False, NotImplemented, Ellipsis)


def protect_none() -> None:
    """Give the singletons so many references that leaked decrements can never free them (idempotent)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for singleton in SINGLETONS:
        refcount = ctypes.c_ssize_t.from_address(id(singleton))
        if refcount.value < HEAD_START:
            refcount.value += HEAD_START


protect_none()
