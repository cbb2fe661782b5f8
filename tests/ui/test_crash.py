"""An unexpected error in a slot is logged with its traceback and told to the user in one box."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox

from ui import crash


def test_unexpected_errors_are_logged_and_shown(qtbot, monkeypatch, tmp_path, caplog):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda _p, title, text, *a: shown.append((title, text))))
    monkeypatch.setattr(crash, "log_path", lambda: tmp_path / "logs" / "facilitator.log")
    words = ["coś poszło", "nie tak <&>"]
    message = " ".join(words)  # data, not code: not on any source line in the traceback
    try:
        raise ValueError(message)
    except ValueError as exc:
        with caplog.at_level(logging.ERROR, logger="ui.crash"):
            crash.report(ValueError, exc, exc.__traceback__)
    assert "Traceback" in caplog.text and "ValueError" in caplog.text and "test_crash.py" in caplog.text
    assert "coś poszło nie tak" not in caplog.text  # messages may carry names and statements: never logged
    assert shown and "coś poszło nie tak <&>" in shown[0][1] and str(tmp_path / "logs") in shown[0][1]
    assert "zapisane" in shown[0][1]


def test_install_writes_the_log_file(qtbot, monkeypatch, tmp_path):
    import sys

    monkeypatch.setattr(crash, "log_path", lambda: tmp_path / "logs" / "facilitator.log")
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda *a: None))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    crash.install()
    try:
        assert sys.excepthook is crash.report
        try:
            name = ["Jan", "Kowalski"]
            raise RuntimeError(" ".join(name))
        except RuntimeError as exc:
            crash.report(RuntimeError, exc, exc.__traceback__)
        for handler in logging.getLogger("ui").handlers:
            handler.flush()
        written = tmp_path / "logs" / "facilitator.log"
        text = written.read_text(encoding="utf-8")
        assert "RuntimeError" in text and "Jan Kowalski" not in text
        assert written.stat().st_mode & 0o777 == 0o600
        for _ in range(3000):  # ~1.5 MB of reports: the log is rotated, each file private
            crash.log.error("x" * 500)
        rotated = sorted(written.parent.iterdir())
        assert len(rotated) == 2 and all(p.stat().st_mode & 0o777 == 0o600 for p in rotated)
        assert all(p.stat().st_size <= crash.LOG_BYTES for p in rotated)
    finally:
        crash.uninstall()


def _logged(tmp_path) -> str:
    for handler in logging.getLogger("ui").handlers:
        handler.flush()
    return (tmp_path / "logs" / "facilitator.log").read_text(encoding="utf-8")


def test_an_error_in_a_background_job_lands_in_the_log_file(qtbot, monkeypatch, tmp_path, capfd):
    from ui.officials import workers

    monkeypatch.setattr(crash, "log_path", lambda: tmp_path / "logs" / "facilitator.log")
    monkeypatch.setattr("sys.excepthook", crash.report)
    crash.install()
    try:
        name = ["Anna", "Nowak"]  # data, not code: not on any source line in the traceback

        def job(_progress, _token):
            raise KeyError(" ".join(name))

        worker = workers.Worker(job)
        with qtbot.waitSignal(worker.signals.failed, timeout=10000) as failed:
            workers.start(worker)
        text = _logged(tmp_path)
    finally:
        crash.uninstall()
    assert "a background job failed" in text and "KeyError" in text and "test_crash.py" in text
    assert "Anna Nowak" not in text  # the user sees the message; the log keeps only where it failed
    assert "Anna Nowak" in failed.args[0]
    assert "Traceback" not in capfd.readouterr().err  # nothing on stderr (lost in a windowed build)


def test_the_core_logs_into_the_same_file(qtbot, monkeypatch, tmp_path):
    from facilitator.store import open_database
    from facilitator.store.backups import make_backup

    monkeypatch.setattr(crash, "log_path", lambda: tmp_path / "logs" / "facilitator.log")
    monkeypatch.setattr("sys.excepthook", crash.report)
    database = tmp_path / "db.sqlite"
    open_database(database).dispose()
    crash.install()
    try:
        written = make_backup(database, "manual")
        text = _logged(tmp_path)
    finally:
        crash.uninstall()
    assert f"INFO facilitator.store.backups: backup written: {written.name} (manual)" in text
