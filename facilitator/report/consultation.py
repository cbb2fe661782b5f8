"""The consultation report: each remark, who raised it (organisations only), and the office's answer to it.

Polish municipalities publish this after consulting their cooperation programme. Remarks are the recurring groups
and the single statements of the consolidated report (same loading, same grouping, same areas), so no statement is
hidden: a group prints its representative wording and then every wording said. A group whose members were answered
differently is printed as one row per answer. Personal names are never loaded (report.data reads the speaker's
organisation only); a statement whose speaker has no organisation shows no one.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import Engine, select

from facilitator.kinds import RESPONSE_POSITIONS
from facilitator.model import item_response
from facilitator.recurring import Group
from facilitator.report.build import meetings_blocks, period, source
from facilitator.report.data import KIND_ORDER, ReportData, ReportOptions, Statement, load
from facilitator.report.labels import label, meetings_phrase, times
from facilitator.summary.lang import norm
from facilitator.summary.nodes import (
    Block,
    Field,
    Heading,
    Metadata,
    PageBreak,
    Paragraph,
    Subtitle,
    Summary,
    Table,
    Title,
)

NO_POSITION = "no_position"  # the column of statements not answered yet ("bez stanowiska")
MIXED = "mixed"  # an unsplit group whose members were answered differently (the dialog shows it so)
COLUMNS = (*RESPONSE_POSITIONS, NO_POSITION)
_CHUNK = 900


@dataclass(frozen=True)
class Answer:
    """The office's answer to a statement; position None means not answered yet."""

    position: str | None = None
    justification: str = ""
    paragraph: str | None = None


@dataclass(frozen=True)
class Remark:
    """One row of the report: a recurring group (or the part of it given one answer) or a single statement."""

    number: int
    heading: str
    members: tuple[Statement, ...]
    grouped: bool
    answer: Answer


@dataclass
class Consultation:
    """Everything the three formats print, built once: remarks by area, in the consolidated report's order."""

    data: ReportData
    areas: list[tuple[str, list[Remark]]] = field(default_factory=list)

    @property
    def language(self) -> str:
        """The report's language ('pl' or 'en')."""
        return norm(self.data.options.language)

    def counts(self) -> list[tuple[str, Counter]]:
        """Per area, the number of remarks of each position (NO_POSITION for those not answered)."""
        return [(title, Counter(r.answer.position or NO_POSITION for r in remarks)) for title, remarks in self.areas]

    def remarks(self) -> list[Remark]:
        """Every remark in report order."""
        return [r for _, remarks in self.areas for r in remarks]


def answers_of(engine: Engine, item_ids: list[str]) -> dict[str, Answer]:
    """The stored answers of these statements (unanswered ones absent)."""
    found: dict[str, Answer] = {}
    with engine.connect() as conn:
        for start in range(0, len(item_ids), _CHUNK):
            chunk = item_ids[start:start + _CHUNK]
            for row in conn.execute(select(item_response).where(item_response.c.item_id.in_(chunk))):
                found[row.item_id] = Answer(row.position, row.justification or "", row.paragraph)
    return found


def _by_answer(members: list[Statement], answers: dict[str, Answer]) -> list[tuple[Answer, list[Statement]]]:
    """Members gathered by their answer, in the order the answers first appear."""
    parts: dict[Answer, list[Statement]] = {}
    for s in members:
        parts.setdefault(answers.get(s.item_id, Answer()), []).append(s)
    return list(parts.items())


def _group_remarks(group: Group, members: list[Statement], answers: dict[str, Answer], number: int,
                   split: bool) -> list[Remark]:
    """A group as one remark per answer given (split), or as one remark whose answer may be MIXED."""
    parts = _by_answer(members, answers)
    if split or len(parts) == 1:
        return [Remark(number + i, group.heading, tuple(part), True, answer)
                for i, (answer, part) in enumerate(parts)]
    return [Remark(number, group.heading, tuple(members), True,
                   common_answer([s.item_id for s in members], answers))]


def common_answer(item_ids: Iterable[str], answers: dict[str, Answer]) -> Answer:
    """The answer all these statements share; else position MIXED, with the justification and paragraph they share."""
    given = [answers.get(i, Answer()) for i in item_ids]
    if not given or all(a == given[0] for a in given):
        return given[0] if given else Answer()
    justification = given[0].justification if all(a.justification == given[0].justification for a in given) else ""
    paragraph = given[0].paragraph if all(a.paragraph == given[0].paragraph for a in given) else None
    return Answer(MIXED, justification, paragraph)


def _area_remarks(data: ReportData, rows: list[Statement], answers: dict[str, Answer], start: int,
                  split: bool = True) -> list[Remark]:
    """An area's remarks: per kind (summary order), its recurring groups (most meetings first), then single ones."""
    ids = {s.item_id for s in rows}
    grouped = {m.item_id for g in data.groups for m in g.members}
    statements = {s.item_id: s for s in data.statements}
    groups: dict[str, list[Group]] = defaultdict(list)
    for g in data.groups:
        if g.representative.item_id in ids:
            groups[g.kind].append(g)
    singles: dict[str, list[Statement]] = defaultdict(list)
    for s in rows:
        if s.item_id not in grouped:
            singles[s.kind].append(s)
    out: list[Remark] = []
    extra = sorted((set(groups) | set(singles)) - set(KIND_ORDER))
    for kind in (*KIND_ORDER, *extra):
        for g in groups.get(kind, ()):
            members = [statements[m.item_id] for m in g.members]
            out.extend(_group_remarks(g, members, answers, start + len(out), split))
        for s in singles.get(kind, ()):
            out.append(Remark(start + len(out), s.text, (s,), False, answers.get(s.item_id, Answer())))
    return out


def collect(engine: Engine, options: ReportOptions | None = None, *, split: bool = True) -> Consultation:
    """Load the meetings as the consolidated report does and attach the office's answers; ReportError as there.

    `split=False` keeps each group whole (the dialog answers a group at once; differing answers read MIXED).
    """
    data = load(engine, options or ReportOptions())
    answers = answers_of(engine, [s.item_id for s in data.statements])
    result = Consultation(data)
    number = 1
    for title, rows in data.areas():
        remarks = _area_remarks(data, rows, answers, number, split)
        if remarks:
            result.areas.append((title, remarks))
            number += len(remarks)
    return result


# --- wording shared by the document and the spreadsheet ------------------------------------------------------


def position_text(position: str | None, lang: str) -> str:
    """'uwzględniono częściowo' / 'partly accepted'; 'bez stanowiska' / 'no position' when not answered."""
    return label(position or NO_POSITION, lang)


def organisations(statements: Iterable[Statement]) -> list[str]:
    """The organisations that said these statements, each once (spelling as first recorded); never a person's name."""
    seen: dict[str, str] = {}
    for s in statements:
        if s.organisation and s.organisation.strip():
            seen.setdefault(" ".join(s.organisation.split()).casefold(), " ".join(s.organisation.split()))
    return list(seen.values())


def meeting_line(data: ReportData, meeting_id: str, lang: str) -> str:
    """'15 czerwca 2018 r., Centrum Obywatelskie', or 'Title, 15 czerwca 2018 r.' for a named meeting (build.source)."""
    return source(data, meeting_id, lang)


def _wordings(data: ReportData, remark: Remark, lang: str) -> str:
    """The group's wording first, then every other wording said (identical ones once), each with how often and where.

    A part of a split group that lacks the representative wording still starts with it, as its heading."""
    said: dict[str, list[str]] = {remark.heading.strip(): []}
    for s in remark.members:
        said.setdefault(s.text.strip(), []).append(s.meeting_id)
    lines = []
    for n, (text, meeting_ids) in enumerate(said.items()):
        if not meeting_ids:
            lines.append(text)
            continue
        where = "; ".join(dict.fromkeys(meeting_line(data, i, lang) for i in meeting_ids))
        lines.append(f"{'– ' if n else ''}{text} ({times(len(meeting_ids), lang)}{where})")
    return "\n".join(lines)


def _row(data: ReportData, remark: Remark, lang: str) -> tuple[str, ...]:
    """A group's wordings name their meetings, so its meeting cell says how many; a single statement names its own."""
    if remark.grouped:
        text = _wordings(data, remark, lang)
        meetings = meetings_phrase(len({s.meeting_id for s in remark.members}), lang)
    else:
        text = remark.heading
        meetings = meeting_line(data, remark.members[0].meeting_id, lang)
    return (str(remark.number), text, "\n".join(organisations(remark.members)), meetings,
            position_text(remark.answer.position, lang), remark.answer.justification, remark.answer.paragraph or "")


# --- the document (DOCX and PDF) ----------------------------------------------------------------------------

WIDTHS = (0.45, 3.4, 1.5, 1.7, 1.25, 3.0, 0.95)


def floors(rows: tuple[tuple[str, ...], ...]) -> tuple[float, ...]:
    """The remark takes at least a quarter of the width; the meeting 13% (its date then wraps once or twice, not on
    every word); justifications a quarter once at least one remark in four has one, less in proportion before that
    but never under 15% (three answered remarks among sixty kept a quarter of every page blank and wrapped every
    meeting's date on four lines; under 15% an answer runs eight lines). Above these the widths follow how tall the rows get (render/layout.py: balanced, which always tries the
    longest cell of each column): a wider floor for short remarks only made the meeting names wrap."""
    justified = sum(1 for row in rows if row[5].strip()) / len(rows) if rows else 0.0
    return (0.0, 0.25, 0.0, 0.13, 0.0, max(0.25 * min(4 * justified, 1.0), 0.15) if justified else 0.0, 0.0)


def counts_table(consultation: Consultation, lang: str) -> Table:
    """Remarks per position in each area and in total."""
    counts = consultation.counts()
    header = (label("area", lang), *(position_text(None if p == NO_POSITION else p, lang) for p in COLUMNS),
              label("total", lang))
    rows = [(title, *(str(c.get(p, 0)) for p in COLUMNS), str(sum(c.values()))) for title, c in counts]
    totals = (label("total", lang), *(str(sum(c.get(p, 0) for _, c in counts)) for p in COLUMNS),
              str(sum(sum(c.values()) for _, c in counts)))
    return Table(header, (*rows, totals), (1.8, *([1.2] * len(COLUMNS)), 0.8))


def build(consultation: Consultation) -> Summary:
    """The report as a Summary for the DOCX and PDF renderers."""
    data, lang = consultation.data, consultation.language
    remarks = consultation.remarks()
    blocks: list[Block] = [
        Title(label("consultation_title", lang)),
        Subtitle(data.options.series or label("all_series", lang)),
        Field(label("period", lang), period(data, lang)),
        Field(label("meetings", lang), str(len(data.meetings))),
        Field(label("statements", lang), str(len(data.statements))),
        Field(label("remarks_count", lang), str(len(remarks))),
        Field(label("threshold", lang), label("confirmed_only", lang) if data.options.confirmed_only
              else f"{data.options.threshold:g}%"),
        Heading(label("positions_overview", lang), 1),
        counts_table(consultation, lang),
        Paragraph(label("who_note", lang), italic=True),
    ]
    header = (label("number", lang), label("c_remark", lang), label("raised_by", lang), label("c_meeting", lang),
              label("position", lang), label("justification", lang), label("paragraph", lang))
    if consultation.areas:  # seven columns read well only across a landscape page
        blocks.append(PageBreak(landscape=True))
    for title, area_remarks in consultation.areas:
        blocks.append(Heading(title, 1))
        rows = tuple(_row(data, r, lang) for r in area_remarks)
        blocks.append(Table(header, rows, WIDTHS, floors(rows)))
    if consultation.areas:
        blocks.append(PageBreak(landscape=False))
    blocks.extend(meetings_blocks(data, lang))
    meta = Metadata(title=label("consultation_title", lang), subject=data.options.series or label("all_series", lang),
                    language=lang, keywords=("WPW", label("consultation", lang)))
    return Summary(metadata=meta, blocks=tuple(blocks))


__all__ = ["COLUMNS", "MIXED", "NO_POSITION", "Answer", "Consultation", "Remark", "answers_of", "build", "collect",
           "common_answer", "counts_table",
           "meeting_line", "organisations", "position_text"]
