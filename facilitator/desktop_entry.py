"""Linux: put Facilitator in the desktop's application menu (a .desktop entry and the icon), for this user only.

Follows the freedesktop.org specifications: the entry in ``$XDG_DATA_HOME/applications`` and the scalable icon in
``$XDG_DATA_HOME/icons/hicolor/scalable/apps`` (``~/.local/share`` by default). No administrator rights needed.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
from pathlib import Path

from facilitator import APP_ID, APP_NAME
from facilitator.resources import resource_path

DESKTOP_FILE = f"{APP_ID}.desktop"
ICON_FILE = f"{APP_ID}.svg"


def data_home() -> Path:
    """$XDG_DATA_HOME, else ~/.local/share (the XDG Base Directory default)."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".local" / "share"


def launch_command() -> list[str]:
    """How this installation starts the app: the bundle's executable, the installed script, or this Python."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "gui"]
    script = shutil.which("facilitator", path=os.pathsep.join([str(Path(sys.executable).parent),
                                                               os.environ.get("PATH", "")]))
    return [script, "gui"] if script else [sys.executable, "-m", "facilitator", "gui"]


def _exec_value(command: list[str]) -> str:
    """The Exec key: an argument with anything but [A-Za-z0-9/._-] in double quotes, escaped as the Desktop Entry
    specification asks (quoting level, then the string level doubles backslashes; '%' is doubled)."""
    def quoted(part: str) -> str:
        if re.fullmatch(r"[A-Za-z0-9/._-]+", part):
            return part
        inner = re.sub(r'(["`$\\])', r"\\\1", part)
        return '"' + inner.replace("\\", "\\\\") + '"'

    return " ".join(quoted(part) for part in command).replace("%", "%%")


def entry_text(command: list[str]) -> str:
    """The desktop entry, with Polish and English names for the menus."""
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        f"Name={APP_NAME}",
        "GenericName=Consultation meeting notes",
        "GenericName[pl]=Notatki ze spotkań konsultacyjnych",
        "Comment=Capture public consultation meetings live and write their summaries (DOCX, PDF)",
        "Comment[pl]=Notatki ze spotkań konsultacyjnych na żywo i ich podsumowania (DOCX, PDF)",
        f"Exec={_exec_value(command)}",
        f"Icon={APP_ID}",
        "Terminal=false",
        "Categories=Office;",
        "Keywords=consultation;meeting;minutes;konsultacje;spotkanie;notatki;",
        "StartupNotify=true",
        "",
    ])


def install(command: list[str] | None = None) -> list[Path]:
    """Write the entry and the icon for this user; returns the two files (re-running updates them)."""
    home = data_home()
    entry = home / "applications" / DESKTOP_FILE
    icon = home / "icons" / "hicolor" / "scalable" / "apps" / ICON_FILE
    for folder in (entry.parent, icon.parent):
        folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(resource_path("icons", "facilitator.svg"), icon)
    entry.write_text(entry_text(command or launch_command()), encoding="utf-8")
    return [entry, icon]


def uninstall() -> list[Path]:
    """Remove what `install` wrote; returns the files removed."""
    home = data_home()
    removed = []
    for path in (home / "applications" / DESKTOP_FILE, home / "icons" / "hicolor" / "scalable" / "apps" / ICON_FILE):
        if path.exists():
            path.unlink()
            removed.append(path)
    return removed
