"""Noticing that someone else changed the database, so an official's open windows follow without a restart.

`watch(engine)` gives a watcher whose `poll()` is cheap and never blocks: True when another connection committed a
change since the last poll, False for this process's own writes (its windows already know them).

- PostgreSQL: a dedicated autocommit connection LISTENs on `facilitator_changes`, which triggers of every data table
  notify at commit (revision 0011), whoever wrote; a notification from one of this engine's own connections (its
  backend pid) is ignored. The connection lives in a background thread: a dropped connection is opened again
  (quietly; the UI's own connection reports the outage) and poll() then says True, since changes may have been
  missed meanwhile.
- SQLite: `PRAGMA data_version` on one dedicated connection changes when any other connection commits. The engine's
  own writing commits are recognised (the value is read just before and just after each of them, under the write
  lock), so only other processes' commits count. A change committed by another process in the instant between
  this process's commit and its connection's return to the pool can go unnoticed until the next change.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from contextlib import suppress
from typing import Protocol

from sqlalchemy import Engine, event
from sqlalchemy.exc import SQLAlchemyError

from facilitator.store.errors import DatabaseError

logger = logging.getLogger(__name__)

CHANNEL = "facilitator_changes"  # notified by the triggers of migration 0011
RETRY_SECONDS = 2.0  # a lost listener connection is tried again this often
WAKE_SECONDS = 0.5  # the listener thread looks at its stop flag this often
PING_SECONDS = 30.0  # an idle listener checks that its server is still there
SETTLE_SECONDS = 2.0  # an own commit not seen back in the pool by then is forgotten
# What a read raises when the database cannot be reached just now (a window following others' changes catches
# these and tries again later, without importing SQLAlchemy).
UNAVAILABLE: tuple[type[Exception], ...] = (SQLAlchemyError, DatabaseError)


class Watcher(Protocol):
    """What windows need: whether others changed the database since the last poll; close when done."""

    def poll(self) -> bool: ...

    def close(self) -> None: ...


def watch(engine: Engine) -> Watcher:
    """The watcher for this engine's database (an in-memory database has no one else: never changed)."""
    from facilitator.store.connection import sqlite_path

    if engine.dialect.name == "postgresql":
        return ServerWatcher(engine)
    path = sqlite_path(engine)
    return FileWatcher(engine, str(path)) if path is not None else _Nothing()


class _Nothing:
    def poll(self) -> bool:
        return False

    def close(self) -> None:
        pass


class FileWatcher:
    """SQLite: `PRAGMA data_version` of one dedicated connection, own commits recognised through engine events."""

    def __init__(self, engine: Engine, path: str) -> None:
        self.engine, self.path = engine, path
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._last: int | None = None
        self._pending = False  # another connection committed (seen during an own commit)
        self._inflight = 0  # own commits done, their connection not yet back in the pool
        self._settle_by = 0.0
        self._total_key, self._settle_key = f"changes-total-{id(self)}", f"changes-settle-{id(self)}"
        with self._lock:
            self._last = self._read()
        self._events = (("checkout", self._checkout), ("commit", self._commit), ("rollback", self._rollback),
                        ("begin", self._begin), ("checkin", self._checkin))
        for name, listener in self._events:
            event.listen(engine, name, listener)

    def _read(self) -> int | None:
        """The data version, opening the connection if needed; None when the file cannot be read now."""
        try:
            if self._conn is None:
                self._conn = sqlite3.connect(self.path, timeout=0, isolation_level=None, check_same_thread=False)
            return self._conn.execute("PRAGMA data_version").fetchone()[0]
        except sqlite3.Error as exc:
            logger.info("change watcher: %s", exc)
            self._drop()
            return None

    def _drop(self) -> None:
        if self._conn is not None:
            with suppress(sqlite3.Error):
                self._conn.close()
        self._conn = None

    def poll(self) -> bool:
        """Whether another connection committed since the last poll (never raises, never waits for a lock)."""
        with self._lock:
            if self._inflight and time.monotonic() < self._settle_by:
                changed, self._pending = self._pending, False  # the value read now would include the own commit
                return changed
            self._inflight = 0
            reopened = self._conn is None
            version = self._read()
            if version is None:
                return False
            changed = self._pending or version != self._last or reopened  # reopened: a change may have been missed
            self._last, self._pending = version, False
            return changed

    # ---- this process's own commits ----------------------------------------------------------------------------

    def _checkout(self, dbapi_connection, record, _proxy) -> None:
        record.info.setdefault(self._total_key, dbapi_connection.total_changes)

    def _commit(self, conn) -> None:
        """Before an own commit: a transaction that wrote holds the write lock, so the version read now shows
        only others' commits; after it (begin or checkin), the version read becomes the new baseline."""
        fairy = conn.connection
        total = fairy.dbapi_connection.total_changes
        if fairy.info.get(self._total_key) == total:
            return  # nothing written: the commit ends a read
        fairy.info[self._total_key] = total
        with self._lock:
            version = self._read()
            if version is not None and version != self._last:
                self._pending = True
            self._inflight += 1
            self._settle_by = time.monotonic() + SETTLE_SECONDS
        fairy.info[self._settle_key] = True

    def _rollback(self, conn) -> None:
        fairy = conn.connection
        if fairy.dbapi_connection is not None:
            fairy.info[self._total_key] = fairy.dbapi_connection.total_changes  # undone writes are nobody's

    def _begin(self, conn) -> None:
        self._settle(conn.connection.info)

    def _checkin(self, _dbapi_connection, record) -> None:
        if record is not None:
            self._settle(record.info)

    def _settle(self, info: dict) -> None:
        if info.pop(self._settle_key, False):
            with self._lock:
                version = self._read()
                if version is not None:
                    self._last = version
                self._inflight = max(self._inflight - 1, 0)

    def close(self) -> None:
        """Stop watching: the engine's listeners go, the dedicated connection closes."""
        for name, listener in self._events:
            if event.contains(self.engine, name, listener):
                event.remove(self.engine, name, listener)
        with self._lock:
            self._drop()


class ServerWatcher:
    """PostgreSQL: LISTEN on a dedicated connection in a background thread; others' notifications set a flag."""

    def __init__(self, engine: Engine, *, retry: float = RETRY_SECONDS, ready_within: float = 2.0) -> None:
        from facilitator.store.connection import CONNECT_TIMEOUT

        self.engine, self.retry = engine, retry
        cargs, cparams = engine.dialect.create_connect_args(engine.url)
        cparams.pop("context", None)
        cparams.setdefault("connect_timeout", CONNECT_TIMEOUT)
        self._connect_args = (cargs, {**cparams, "application_name": "facilitator-watch", "autocommit": True})
        self._own: set[int] = set()  # backend pids of this engine's connections: their changes are ours
        self._changed, self._stop, self._listening = threading.Event(), threading.Event(), threading.Event()
        self.listener_pid: int | None = None
        self.seen = 0  # notifications received, own included
        self._events = (("checkout", self._checkout), ("close", self._closed), ("close_detached", self._detached))
        for name, listener in self._events:
            event.listen(engine, name, listener)
        self._thread = threading.Thread(target=self._run, name="facilitator-changes", daemon=True)
        self._thread.start()
        self.wait_listening(ready_within)  # a change right after opening is not missed (the server just answered)

    def wait_listening(self, timeout: float) -> bool:
        """Wait until the listener connection is up (at start, or after it was lost); whether it is."""
        return self._listening.wait(timeout)

    def poll(self) -> bool:
        """Whether another connection committed since the last poll (a flag set by the listener thread)."""
        if self._changed.is_set():
            self._changed.clear()
            return True
        return False

    def _checkout(self, dbapi_connection, record, _proxy) -> None:
        pid = dbapi_connection.info.backend_pid
        record.info["changes-pid"] = pid
        self._own.add(pid)

    def _closed(self, _dbapi_connection, record) -> None:
        self._own.discard(record.info.get("changes-pid"))

    def _detached(self, dbapi_connection) -> None:
        with suppress(Exception):  # a closed connection may not tell its pid any more
            self._own.discard(dbapi_connection.info.backend_pid)

    def _run(self) -> None:
        import psycopg

        first = True
        while not self._stop.is_set():
            try:
                cargs, cparams = self._connect_args
                with psycopg.connect(*cargs, **cparams) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self.listener_pid = conn.info.backend_pid
                    if not first:
                        logger.info("change watcher: listening again")
                        self._changed.set()  # notifications sent while it was away are lost: read everything again
                    first = False
                    self._listening.set()
                    self._listen(conn)
            except Exception as exc:  # noqa: BLE001 - whatever the server or the network did, try again later
                if self._listening.is_set() or first:
                    logger.warning("change watcher: connection lost: %s", " ".join(str(exc).split()))
            self._listening.clear()
            self._stop.wait(self.retry)

    def _listen(self, conn) -> None:
        ping = time.monotonic() + PING_SECONDS
        while not self._stop.is_set():
            for note in conn.notifies(timeout=WAKE_SECONDS):
                self.seen += 1
                if note.pid not in self._own:
                    self._changed.set()
            if time.monotonic() > ping:
                conn.execute("SELECT 1")  # a server gone without a word is noticed here
                ping = time.monotonic() + PING_SECONDS

    def close(self) -> None:
        """Stop listening: the thread ends within WAKE_SECONDS, the engine's listeners go."""
        self._stop.set()
        for name, listener in self._events:
            if event.contains(self.engine, name, listener):
                event.remove(self.engine, name, listener)
        self._thread.join(WAKE_SECONDS + 1)
