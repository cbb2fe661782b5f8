"""An unexpected error in a slot is logged with its traceback and told to the user in one box."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox

from ui import crash


def test_unexpected_errors_are_logged_and_shown(qtbot, monkeypatch, tmp_path, caplog):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda _p, title, text, *a: shown.append((title, text))))
    monkeypatch.setattr(crash, "log_path", lambda: tmp_path / "logs" / "facilitator.log")
    try:
        raise ValueError("coś poszło nie tak <&>")
    except ValueError as exc:
        with caplog.at_level(logging.ERROR, logger="facilitator.ui"):
            crash.report(ValueError, exc, exc.__traceback__)
    assert "Traceback" in caplog.text and "coś poszło nie tak <&>" in caplog.text
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
            raise RuntimeError("zapis do logu")
        except RuntimeError as exc:
            crash.report(RuntimeError, exc, exc.__traceback__)
        for handler in crash.log.handlers:
            handler.flush()
        assert "zapis do logu" in (tmp_path / "logs" / "facilitator.log").read_text(encoding="utf-8")
    finally:
        for handler in list(crash.log.handlers):
            crash.log.removeHandler(handler)
            handler.close()
