"""The consultation report as a spreadsheet: one row per statement with its remark and the office's answer, and counts.

The sheets are laid out here; render.workbook writes the file (every text cell a string).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from facilitator.kinds import ITEM_KINDS
from facilitator.render import workbook
from facilitator.render.workbook import DATE, DEFAULT, WRAP, Bold, Column, Sheet
from facilitator.report.consultation import COLUMNS, NO_POSITION, Consultation, organisations, position_text
from facilitator.report.labels import label

# (label key, width in characters)
SHEET = (("number", 7), ("area", 30), ("kind", 16), ("c_remark", 60), ("wording", 60), ("organisation", 30),
         ("meeting_title", 34), ("date", 12), ("position", 22), ("justification", 60), ("paragraph", 16))


def _statements(consultation: Consultation, lang: str) -> Iterator[tuple]:
    data = consultation.data
    for title, remarks in consultation.areas:
        for remark in remarks:
            for s in remark.members:
                m = data.meeting(s.meeting_id)
                yield (remark.number, title, label(s.kind, lang) if s.kind in ITEM_KINDS else s.kind,
                       remark.heading, s.text, ", ".join(organisations([s])) or None, m.title, m.date,
                       position_text(remark.answer.position, lang), remark.answer.justification or None,
                       remark.answer.paragraph or None)


def _counts(consultation: Consultation, lang: str) -> Sheet:
    names = [label("area", lang), *(position_text(None if p == NO_POSITION else p, lang) for p in COLUMNS),
             label("total", lang)]
    counts = consultation.counts()
    rows: list = [(title, *(c.get(p, 0) for p in COLUMNS), sum(c.values())) for title, c in counts]
    rows.append(Bold((label("total", lang), *(sum(c.get(p, 0) for _, c in counts) for p in COLUMNS),
                      sum(sum(c.values()) for _, c in counts))))
    columns = [Column(name, 40 if index == 0 else 18, DEFAULT) for index, name in enumerate(names)]
    return Sheet(label("counts_sheet", lang), columns, rows, len(rows))


def render_consultation_xlsx(consultation: Consultation, path: Path | str) -> None:
    """Write the statements with their answers and the counts as an .xlsx file, atomically."""
    lang = consultation.language
    columns = [Column(label(key, lang), width, DATE if key == "date" else WRAP) for key, width in SHEET]
    remarks = workbook.continued(label("remarks_sheet", lang), columns, list(_statements(consultation, lang)),
                                 label("continued", lang))
    workbook.write(path, [remarks, _counts(consultation, lang)])
