"""Read-only lists the officials' filters offer: series, section titles, tags with their usage, meetings."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, select

from facilitator.model import Meeting, Section
from facilitator.search import fold, series_key


def series_names(engine: Engine) -> list[str]:
    """Every consultation series that has a meeting, alphabetically (Polish letters folded for order)."""
    with engine.connect() as conn:
        names = conn.execute(select(Meeting.series).where(Meeting.series.is_not(None)).distinct()).scalars()
        one: dict[str, str] = {}
        for name in names:  # "WPW 2019" and "wpw  2019 " are one series: filters match every spelling
            if name and name.strip():
                one.setdefault(series_key(name), " ".join(name.split()))
        return sorted(one.values(), key=fold)


def section_titles(engine: Engine) -> list[str]:
    """Distinct section/area titles (same title in any case or spelling of diacritics counts once)."""
    with engine.connect() as conn:
        titles = conn.execute(select(Section.title).distinct()).scalars()
        seen: dict[str, str] = {}
        for title in titles:
            if title and title.strip():
                seen.setdefault(fold(title).strip(), title.strip())
    return sorted(seen.values(), key=fold)


@dataclass(frozen=True)
class MeetingChoice:
    """A meeting as the report dialog lists it."""

    id: str
    title: str
    date: object
    series: str | None


def meetings(engine: Engine) -> list[MeetingChoice]:
    """Every meeting, newest first."""
    with engine.connect() as conn:
        rows = conn.execute(select(Meeting.id, Meeting.title, Meeting.date, Meeting.series)
                            .order_by(Meeting.date.desc(), Meeting.title))
        return [MeetingChoice(*row) for row in rows]
