"""Where the database is: explicit path or URL, then the environment, then the user's data folder."""

from __future__ import annotations

import os
from pathlib import Path

from facilitator import APP_ID

ENV_DB = "FACILITATOR_DB"
ENV_DB_URL = "FACILITATOR_DB_URL"


def default_db_path() -> Path:
    """The embedded database in the user's data folder (platformdirs)."""
    from platformdirs import user_data_path

    return user_data_path(APP_ID, appauthor=False) / "facilitator.sqlite"


def database_url(db: str | os.PathLike[str] | None = None) -> str:
    """Resolve the database: explicit path/URL, then FACILITATOR_DB, FACILITATOR_DB_URL, then the default."""
    chosen = db or os.environ.get(ENV_DB) or os.environ.get(ENV_DB_URL)
    if chosen and "://" in str(chosen):
        return str(chosen)
    path = Path(chosen) if chosen else default_db_path()
    return f"sqlite:///{path.expanduser().resolve()}"


def database_path(db: str | os.PathLike[str] | None = None) -> Path | None:
    """The SQLite file the user means (None for a server database or an in-memory one)."""
    url = database_url(db)
    if not url.startswith("sqlite:///") or url == "sqlite:///:memory:":
        return None
    return Path(url.removeprefix("sqlite:///"))
