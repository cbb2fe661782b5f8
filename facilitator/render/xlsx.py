"""Consolidated report as a spreadsheet: one row per statement, a counts sheet and (when tagged) a tags sheet.

The sheets are laid out here; render.workbook writes the file (every text cell a string, rows streamed, a text
longer than a cell continued in columns at the sheet's end).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from facilitator.render import workbook
from facilitator.render.workbook import DATE, DEFAULT, TOP, WRAP, Bold, Column, Sheet
from facilitator.report.data import KIND_ORDER, ReportData
from facilitator.report.labels import label
from facilitator.summary.lang import norm

# (label key, width in characters, body format)
COLUMNS: tuple[tuple[str, int, int], ...] = (
    ("meeting_id", 38, TOP), ("meeting_title", 34, WRAP), ("date", 12, DATE), ("venue", 26, WRAP),
    ("series", 30, WRAP), ("section", 30, WRAP), ("kind", 16, TOP), ("text", 70, WRAP), ("tags", 20, WRAP),
    ("parent", 40, WRAP), ("group", 16, TOP), ("area", 30, WRAP), ("group_heading", 50, WRAP),
)  # added columns last: earlier columns keep their letters


def _rows(data: ReportData, lang: str) -> Iterator[tuple]:
    kinds = {k: label(k, lang) for k in KIND_ORDER}
    area_of = data.area_of()
    for s in data.statements:
        m = data.meeting(s.meeting_id)
        group = data.group_of.get(s.item_id)
        yield (m.id, m.title, m.date, m.venue or "", m.series or "", s.section_title, kinds.get(s.kind, s.kind),
               s.text, ", ".join(s.tags), s.parent_text or "", f"G{group}" if group else "", area_of[s.item_id],
               data.groups[group - 1].heading if group else "")


def _counts(data: ReportData, lang: str) -> Sheet:
    counts = data.counts()
    rows: list = [(title, *(c.get(k, 0) for k in KIND_ORDER), sum(c.values())) for title, c in counts]
    rows.append(Bold((label("total", lang), *(sum(c.get(k, 0) for _, c in counts) for k in KIND_ORDER),
                      len(data.statements))))
    columns = [Column(label("area", lang), 40, DEFAULT), *(Column(label(k, lang), 16, DEFAULT) for k in KIND_ORDER),
               Column(label("total", lang), 16, DEFAULT)]
    return Sheet(label("counts_sheet", lang), columns, rows, len(rows))


def _tags(data: ReportData, lang: str) -> list[Sheet]:
    """Statements and meetings per tag (a level counts the tags under it); no sheet when nothing is tagged."""
    levels = data.tag_counts()
    if not levels:
        return []
    columns = [Column(label("tag", lang), 50, DEFAULT), Column(label("statements", lang), 18, DEFAULT),
               Column(label("meetings", lang), 18, DEFAULT)]
    rows = [(level.path, level.items, level.meetings) for level in levels]
    return [Sheet(label("tags_sheet", lang), columns, rows, len(rows))]


def render_xlsx(data: ReportData, path: Path | str) -> None:
    """Write the report's statements, counts and tags as an .xlsx file, atomically (temp file + rename)."""
    lang = norm(data.options.language)
    columns = [Column(label(key, lang), width, style) for key, width, style in COLUMNS]
    statements = workbook.continued(label("statements_sheet", lang), columns, list(_rows(data, lang)),
                                    label("continued", lang))
    workbook.write(path, [statements, _counts(data, lang), *_tags(data, lang)])
