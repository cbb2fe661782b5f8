"""Search results as an XLSX workbook: the consolidated report's rows and writer, in the search's order."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from facilitator.search import Filters, SearchHit, search


def report_data(hits: list[SearchHit], language: str = "pl"):
    """The hits as report data (one statement row each, meetings as found), for the report's XLSX writer."""
    from facilitator.report.data import MeetingRow, ReportData, ReportOptions, Statement

    meetings: dict[str, MeetingRow] = {}
    for hit in hits:
        meetings.setdefault(hit.meeting_id, MeetingRow(hit.meeting_id, hit.meeting_title, hit.meeting_date,
                                                        hit.venue, hit.series, None))
    statements = [Statement(h.item_id, h.meeting_id, h.section_title, h.section_kind, h.kind, h.text, None, h.tags,
                            None) for h in hits]
    return ReportData(ReportOptions(language=language), list(meetings.values()), statements)


def write_xlsx(engine: Engine, query: str | None, path: str | Path, *, filters: Filters | None = None,
               language: str = "pl") -> int:
    """Write every statement the search finds (no limit) to `path`; returns how many. Every text cell is a string."""
    from facilitator.render.xlsx import render_xlsx

    hits = search(engine, query, filters=filters, limit=None)
    render_xlsx(report_data(hits, language), Path(path))
    return len(hits)
