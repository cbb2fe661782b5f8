"""Stopping a long read or write from another thread: the next statement or commit fails, the transaction rolls back."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, event


@contextmanager
def abort_when(engine: Engine, cancelled: Callable[[], bool], error: Callable[[], BaseException]) -> Iterator[None]:
    """While inside, this thread's next SQL statement or commit raises `error()` once `cancelled()` is true."""
    thread = threading.get_ident()

    def guard(*_args: Any, **_kwargs: Any) -> None:
        if cancelled() and threading.get_ident() == thread:
            raise error()

    event.listen(engine, "before_cursor_execute", guard)
    event.listen(engine, "commit", guard)
    try:
        yield
    finally:
        event.remove(engine, "before_cursor_execute", guard)
        event.remove(engine, "commit", guard)
