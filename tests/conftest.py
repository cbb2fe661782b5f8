"""Shared fixtures: offscreen Qt, a fresh real database per test (SQLite; and PostgreSQL for BOTH_BACKENDS)."""

from __future__ import annotations

import inspect
import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
# Never touch the real user's data folder or settings from a test.
os.environ.pop("FACILITATOR_DB", None)
os.environ.pop("FACILITATOR_DB_URL", None)
# The CLI speaks the user's locale: tests assert its English whatever the machine's LANG, and a test about the
# Polish sets FACILITATOR_LANGUAGE (or removes it and sets LANG) for its own command.
os.environ["FACILITATOR_LANGUAGE"] = "en"

# Hypothesis: reproducible in CI (derandomised, no example database); locally the database is .hypothesis/ (ignored).
from hypothesis import Phase
from hypothesis import settings as _hypothesis

# CI does not shrink a failure (minutes on exports): it prints the failing example and the blob to reproduce it.
_hypothesis.register_profile("ci", derandomize=True, database=None, print_blob=True,
                             phases=(Phase.explicit, Phase.reuse, Phase.generate))
_hypothesis.load_profile("ci" if os.environ.get("CI") else os.environ.get("HYPOTHESIS_PROFILE", "default"))

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Path of a fresh database file for this test."""
    return tmp_path / "facilitator.sqlite"


# Test modules whose `engine` tests run against both databases: SQLite, and the PostgreSQL server of
# FACILITATOR_TEST_PG (tests/pgserver.py). Without a server only the SQLite variants exist, and the end of the
# run says that the PostgreSQL half was skipped. A test that runs a command takes `db_url` (its `--db`) rather than
# `db_path`. On SQLite only, because they are about the file: test_store_backups (SQLite's backup API),
# test_reliability_databases and test_full_disk_names_the_file (damaged, read-only, full files), test_properties
# (a file per Hypothesis example); test_office_database and test_office_concurrency are PostgreSQL's own.
BOTH_BACKENDS = frozenset({
    "test_operations_capture", "test_operations_items", "test_operations_meetings", "test_operations_queries",
    "test_operations_responses", "test_operations_support", "test_operations_templates", "test_operations_undo",
    "test_search", "test_search_inflection", "test_search_export", "test_search_answers", "test_tags_nested",
    "test_recurring", "test_recurring_corrections", "test_meetingfile_import", "test_meetingfile_roundtrip",
    "test_meetingfile_responses", "test_report", "test_report_tags", "test_import_twice", "test_store_changes",
    "test_cli_push", "test_push_dialog", "test_live_updates",
}) | frozenset({  # issue 11 §4: the store, meeting-file, report and CLI modules on both backends too
    "test_area_group", "test_meetingfile_choices", "test_meetingfile_labels", "test_meetingfile_validate",
    "test_report_complete", "test_report_no_data", "test_import_concurrency", "test_series_names",
    "test_series_rename", "test_report_consultation", "test_report_cli", "test_report_layout", "test_areas",
    "test_cli_search", "test_cli_import_dry_run", "test_render_pdf_words", "test_xlsx_workbook", "test_store",
    "test_erasure", "test_import_concurrent_processes", "test_report_widths", "test_meetingfile_snapshot",
    "test_officials_search",  # the search window: its rows from the office database as from SQLite
})


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """`engine` on both databases in BOTH_BACKENDS, except tests about the SQLite file itself: those that ask for
    `db_path` or are marked `sqlite_only`."""
    if ("backend" not in metafunc.fixturenames or "db_path" in inspect.signature(metafunc.function).parameters
            or metafunc.definition.get_closest_marker("sqlite_only")):
        return
    if metafunc.module.__name__.rsplit(".", 1)[-1] in BOTH_BACKENDS:
        from tests import pgserver

        metafunc.parametrize("backend", ["sqlite", "postgresql"] if pgserver.server_url() else ["sqlite"],
                             indirect=True)


def pytest_terminal_summary(terminalreporter) -> None:
    from tests import pgserver

    if pgserver.server_url():
        terminalreporter.write_line("PostgreSQL half: run against FACILITATOR_TEST_PG")
    else:
        terminalreporter.write_line(pgserver.SKIP_REASON)


def pytest_sessionfinish(session, exitstatus) -> None:
    from tests import pgserver

    if pgserver.server_url():
        pgserver.finish()


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """Which database `engine` is: "sqlite", or "postgresql" in the modules of BOTH_BACKENDS."""
    return getattr(request, "param", "sqlite")


@pytest.fixture
def engine(backend: str, db_path: Path):
    """A migrated, empty, real database: a SQLite file, or a new database on the PostgreSQL test server."""
    from facilitator.store import open_database

    if backend == "postgresql":
        from tests import pgserver

        if not pgserver.server_url():
            pytest.skip(pgserver.SKIP_REASON)
        url = pgserver.fresh_database()
        eng = open_database(url)
        yield eng
        eng.dispose()
        pgserver.drop_database(url)
        return
    eng = open_database(db_path)
    yield eng
    eng.dispose()


@pytest.fixture
def db_url(backend: str, engine, db_path: Path) -> str:
    """What a command's `--db` gets to reach the database of `engine`: the file's path on SQLite, the server URL on
    PostgreSQL. A CLI test asks for this rather than `db_path`, so it runs on both backends (one asking for
    `db_path` itself stays on SQLite: it is about the file)."""
    if backend == "postgresql":
        return engine.url.render_as_string(hide_password=False)
    return str(db_path)


@pytest.fixture
def server_database():
    """A fresh database on the shared test server (tests marked needs_server use it), dropped afterwards."""
    from tests import pgserver

    url = pgserver.fresh_database()
    yield url
    pgserver.drop_database(url)


@pytest.fixture
def session(engine):
    """A session on the fresh database (committed explicitly by the test or operation)."""
    from sqlalchemy.orm import Session

    with Session(engine, expire_on_commit=False) as s:
        yield s


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Keep QSettings, platformdirs and any default database inside a temporary home."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("APPDATA", str(home / "AppData"))
    monkeypatch.setenv("LOCALAPPDATA", str(home / "AppData" / "Local"))
    # Qt reads the settings folder once per process; point each test's QSettings at its own home.
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QSettings

        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / ".config"))
