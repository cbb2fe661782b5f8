"""Linux: `facilitator install-desktop` puts the app in the user's menu (.desktop entry + icon), run in a temp HOME."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator.desktop_entry import entry_text
from facilitator.resources import resource_path

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="freedesktop.org menus are Linux's")


def _run(home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env["HOME"] = str(home)
    return subprocess.run([sys.executable, "-m", "facilitator", "install-desktop", *args], env=env, text=True,
                          capture_output=True, timeout=60, check=False)


def _entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_install_writes_entry_and_icon_into_the_users_data_folder_then_removes_them(tmp_path):
    done = _run(tmp_path)
    assert done.returncode == 0, done.stderr
    entry_path = tmp_path / ".local/share/applications/facilitator.desktop"
    icon_path = tmp_path / ".local/share/icons/hicolor/scalable/apps/facilitator.svg"
    assert f"wrote {entry_path}" in done.stdout and f"wrote {icon_path}" in done.stdout
    entry = _entry(entry_path)
    assert entry["Type"] == "Application" and entry["Name"] == "Facilitator" and entry["Terminal"] == "false"
    assert entry["Icon"] == "facilitator"
    assert entry["Comment[pl]"].startswith("Notatki ze spotkań")
    program, *arguments = entry["Exec"].split(" ")
    assert Path(program).is_file() and os.access(program, os.X_OK) and arguments == ["gui"]
    assert icon_path.read_bytes() == resource_path("icons", "facilitator.svg").read_bytes()
    assert b"<svg" in icon_path.read_bytes()
    validator = shutil.which("desktop-file-validate")
    if validator:
        assert subprocess.run([validator, str(entry_path)], capture_output=True, text=True, check=False).stdout == ""

    removed = _run(tmp_path, "--remove")
    assert removed.returncode == 0
    assert not entry_path.exists() and not icon_path.exists()


def test_xdg_data_home_is_respected(tmp_path):
    env = {**os.environ, "HOME": str(tmp_path / "home"), "XDG_DATA_HOME": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, "-m", "facilitator", "install-desktop"], env=env, capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "data/applications/facilitator.desktop").is_file()
    assert not (tmp_path / "home/.local").exists()


def test_exec_quotes_a_path_with_spaces_and_percent():
    text = entry_text(["/opt/My Apps/Facilitator", "gui"])
    assert 'Exec="/opt/My Apps/Facilitator" gui' in text.splitlines()
    assert 'Exec="/x/50%%"' in entry_text(["/x/50%"]).splitlines()
