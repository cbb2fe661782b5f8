"""Why something failed, in the user's language: SQLite's and the system's reasons inside core messages."""

from __future__ import annotations

import errno
import sqlite3

import pytest
from sqlalchemy.exc import OperationalError

from facilitator.i18n import reason, set_language


@pytest.fixture
def polish():
    set_language("pl")
    yield
    set_language("en")


def test_database_and_system_reasons_are_translated(polish):
    full = OperationalError("insert …", {}, sqlite3.OperationalError("database or disk is full"))
    assert reason(full) == "dysk lub baza danych są pełne"
    assert reason(OSError(errno.ENOSPC, "No space left on device")) == "brak miejsca na dysku"
    assert reason(PermissionError(errno.EACCES, "Permission denied")) == "brak uprawnień"
    assert reason("something nobody foresaw") == "something nobody foresaw"


def test_english_keeps_the_original_reason():
    set_language("en")
    assert reason(OSError(errno.ENOSPC, "No space left on device")) == "No space left on device"
    full = OperationalError("insert …", {}, sqlite3.OperationalError("database or disk is full"))
    assert reason(full) == "database or disk is full"
