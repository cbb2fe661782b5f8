"""Many meetings → one consolidated Summary, rendered by the same DOCX/PDF renderers as meeting summaries.

Anonymised by construction: the data layer loads organisations only to count them, never names or
e-mails, and nothing here prints an organisation next to a statement.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import Engine

from facilitator import tagtree
from facilitator.recurring import Group
from facilitator.report.chart import Series, bar_chart
from facilitator.report.data import KIND_ORDER, MeetingRow, ReportData, ReportOptions, Statement, load
from facilitator.report.labels import label, more_meetings, recurrence, times
from facilitator.summary.lang import label as summary_label
from facilitator.summary.lang import long_date, norm, persons
from facilitator.summary.nodes import (
    Block,
    BulletList,
    Field,
    Heading,
    Image,
    ListItem,
    Metadata,
    NumberedList,
    PageBreak,
    Paragraph,
    Subtitle,
    Summary,
    Table,
    TableOfContents,
    Title,
)

# `sources` names at most MAX_SOURCES meetings by default; a group's wordings always name all of theirs.
MAX_SOURCES = 6
MAX_TABLE_MEETINGS = 60


def build(engine: Engine, options: ReportOptions | None = None) -> Summary:
    """The consolidated report of the meetings chosen by `options`; ReportError when none match."""
    options = options or ReportOptions()
    return build_from(load(engine, options))


def build_from(data: ReportData) -> Summary:
    """The report tree from already loaded data (the XLSX export shares the same load)."""
    lang = norm(data.options.language)
    blocks: list[Block] = [*title_blocks(data, lang), PageBreak(), TableOfContents(label("contents", lang), 1),
                           *overview_blocks(data, lang)]
    for title, rows in data.areas():
        blocks.extend(area_blocks(data, title, rows, lang))
    blocks.extend(tag_blocks(data, lang))
    blocks.extend(meetings_blocks(data, lang))
    meta = Metadata(title=label("title", lang), subject=data.options.series or label("all_series", lang),
                    language=lang, keywords=("WPW", label("consultation", lang)))
    return Summary(metadata=meta, blocks=tuple(blocks))


def period(data: ReportData, lang: str) -> str:
    """The date range: the one asked for, else the first and last meeting's dates."""
    first = data.options.date_from or data.meetings[0].date
    last = data.options.date_to or data.meetings[-1].date
    return long_date(first, lang) if first == last else f"{long_date(first, lang)} – {long_date(last, lang)}"


def title_blocks(data: ReportData, lang: str) -> list[Block]:
    """Title page: series, period, how many meetings, participants and statements."""
    return [
        Title(label("title", lang)),
        Subtitle(data.options.series or label("all_series", lang)),
        Field(label("period", lang), period(data, lang)),
        Field(label("meetings", lang), str(len(data.meetings))),
        Field(label("attendance", lang), attendance(data, lang)),
        Field(label("statements", lang), str(len(data.statements))),
        Field(label("threshold", lang), label("confirmed_only", lang) if data.options.confirmed_only
              else f"{data.options.threshold:g}%"),
    ]


def head_count(n: int | None, lang: str) -> str:
    """'12 osób', or 'brak danych' when nobody recorded how many came (never a made-up 0)."""
    return label("no_data", lang) if n is None else persons(n, lang)


def attendance(data: ReportData, lang: str) -> str:
    """Participants of the meetings whose attendance is known, saying how many meetings lack it."""
    known = [m.participants for m in data.meetings if m.participants is not None]
    if not known:
        return label("no_data", lang)
    text = persons(sum(known), lang)
    missing = len(data.meetings) - len(known)
    return text + (f" ({label('no_data', lang)}: {missing})" if missing else "")


def overview_blocks(data: ReportData, lang: str) -> list[Block]:
    """The items-per-area-and-kind table and the strengths/weaknesses chart."""
    counts = data.counts()
    kinds = [k for k in KIND_ORDER if any(c.get(k) for _, c in counts)] or ["strength", "weakness"]
    header = (label("area", lang), *(label(k, lang) for k in kinds), label("total", lang))
    rows = [(title, *(str(c.get(k, 0)) for k in kinds), str(sum(c.values()))) for title, c in counts]
    totals = (label("total", lang), *(str(sum(c.get(k, 0) for _, c in counts)) for k in kinds),
              str(len(data.statements)))
    png = bar_chart(
        [title for title, _ in counts],
        [Series(label("strength", lang), tuple(c.get("strength", 0) for _, c in counts), "#2e7d32"),
         Series(label("weakness", lang), tuple(c.get("weakness", 0) for _, c in counts), "#c62828")],
        title=label("chart_title", lang),
        width=1200,
    )
    return [
        Heading(label("overview", lang), 1),
        Table(header, (*rows, totals), (1.4, *([1.0] * (len(kinds) + 1)))),
        Image(png, 14.0, label("chart_caption", lang)),  # 14 cm: the chart fits below the table of 7 areas
    ]


def tag_blocks(data: ReportData, lang: str) -> list[Block]:
    """Statements per tag, parents before the tags under them; nothing when no statement in scope is tagged."""
    levels = data.tag_counts()
    if not levels:
        return []
    header = (label("tag", lang), label("statements", lang), label("meetings", lang))
    rows = tuple((level.path.replace(tagtree.SEP, " / "), str(level.items), str(level.meetings)) for level in levels)
    return [Heading(label("by_tag", lang), 1), Table(header, rows, (3.0, 1.0, 1.0))]


DEFAULT_TITLES = frozenset(summary_label("summary", lang) for lang in ("pl", "en"))


def is_default_title(title: str) -> bool:
    """Whether a meeting kept the default title ('Podsumowanie spotkania konsultacyjnego'), which names none."""
    return " ".join(title.split()) in DEFAULT_TITLES


def meeting_name(meeting: MeetingRow, lang: str) -> str:
    """'15 czerwca 2018 r., Centrum Obywatelskie' (venue, else series) for a meeting with the default title, which
    every meeting shares; 'Title, 15 czerwca 2018 r.' for one its facilitator named."""
    when = long_date(meeting.date, lang)
    if not is_default_title(meeting.title):
        return f"{meeting.title}, {when}"
    where = (meeting.venue or "").strip() or (meeting.series or "").strip()
    return f"{when}, {where}" if where else when


def source(data: ReportData, meeting_id: str, lang: str) -> str:
    """A statement's meeting, as meeting_name says it."""
    return meeting_name(data.meeting(meeting_id), lang)


def group_item(data: ReportData, group: Group, lang: str) -> ListItem:
    """A recurring statement: its representative wording with counts, then every wording said, each with its meetings.

    Nothing is left out: each distinct wording is printed in its own words with how often it was said and every
    meeting (title and date) that said it, so a group never hides a statement behind its representative."""
    head = f"{group.heading} ({recurrence(group.meetings, group.organisations, lang)})"
    wordings: dict[str, list[str]] = {}
    for member in group.members:
        wordings.setdefault(member.text.strip(), []).append(member.meeting_id)
    children = tuple(ListItem(f"{text} ({times(len(ids), lang)}{sources(data, ids, lang, limit=None)})")
                     for text, ids in wordings.items())
    return ListItem(head, children)


def sources(data: ReportData, meeting_ids: list[str], lang: str, limit: int | None = MAX_SOURCES) -> str:
    """Distinct meetings in date order, dates gathered under their title: 'Title, 1 czerwca 2018 r., 8 czerwca …';
    meetings with the default title by date and venue: '1 czerwca 2018 r., Centrum Obywatelskie'."""
    meetings = sorted({data.meeting(i) for i in meeting_ids}, key=lambda m: (m.date, m.title, m.id))
    shown = meetings if limit is None else meetings[:limit]
    entries: list[list[str]] = []  # named meetings' dates gathered under their title; the others each on their own
    by_title: dict[str, list[str]] = {}
    for m in shown:
        if is_default_title(m.title):
            entries.append([meeting_name(m, lang)])
        elif m.title in by_title:
            by_title[m.title].append(long_date(m.date, lang))
        else:
            by_title[m.title] = [m.title, long_date(m.date, lang)]
            entries.append(by_title[m.title])
    text = "; ".join(", ".join(entry) for entry in entries)
    return text + (more_meetings(len(meetings) - len(shown), lang) if len(meetings) > len(shown) else "")


def kind_blocks(data: ReportData, groups: list[Group], singles: list[Statement], kind: str, lang: str) -> list[Block]:
    """One kind within an area: recurring groups first (most meetings first), then the other statements."""
    blocks: list[Block] = [Heading(label(kind, lang), 2)]
    if groups:
        blocks.append(Paragraph(label("recurring", lang), bold=True))
        blocks.append(BulletList(tuple(group_item(data, g, lang) for g in groups)))
    if singles:
        if groups:
            blocks.append(Paragraph(label("other_statements", lang), bold=True))
        blocks.append(BulletList(tuple(ListItem(f"{s.text} ({source(data, s.meeting_id, lang)})") for s in singles)))
    return blocks


def area_blocks(data: ReportData, title: str, rows: list[Statement], lang: str) -> list[Block]:
    """An area: strengths, weaknesses, proposals, recommendations (and any other kind captured)."""
    ids = {s.item_id for s in rows}
    grouped = {m.item_id for g in data.groups for m in g.members}
    groups_by_kind: dict[str, list[Group]] = defaultdict(list)
    for group in data.groups:
        if group.representative.item_id in ids:
            groups_by_kind[group.kind].append(group)
    singles_by_kind: dict[str, list[Statement]] = defaultdict(list)
    for s in rows:
        if s.item_id not in grouped:
            singles_by_kind[s.kind].append(s)
    blocks: list[Block] = [Heading(title, 1)]
    extra = sorted((set(groups_by_kind) | set(singles_by_kind)) - set(KIND_ORDER))  # a kind no list knows yet
    for kind in (*KIND_ORDER, *extra):
        if groups_by_kind.get(kind) or singles_by_kind.get(kind):
            blocks.extend(kind_blocks(data, groups_by_kind.get(kind, []), singles_by_kind.get(kind, []), kind, lang))
    return blocks


def meetings_blocks(data: ReportData, lang: str) -> list[Block]:
    """The meetings the report covers (no participant names): a table, a numbered list when there are many."""
    per_meeting: dict[str, int] = defaultdict(int)
    for s in data.statements:
        per_meeting[s.meeting_id] += 1
    heading = Heading(label("included", lang), 1)
    if len(data.meetings) > MAX_TABLE_MEETINGS:  # a 300-row table takes PDF layout seconds per pass
        items = tuple(
            ListItem(f"{long_date(m.date, lang)} — {m.title}{f', {m.venue}' if m.venue else ''} "
                     f"({head_count(m.participants, lang)}, {label('statements', lang).lower()}: {per_meeting[m.id]})")
            for m in data.meetings
        )
        return [heading, NumberedList(items)]
    header = (label("number", lang), label("date", lang), label("meeting_title", lang), label("venue", lang),
              label("participants", lang), label("statements", lang))
    rows = tuple(
        (str(i), long_date(m.date, lang), m.title, m.venue or "",
         label("no_data", lang) if m.participants is None else str(m.participants), str(per_meeting[m.id]))
        for i, m in enumerate(data.meetings, start=1)
    )
    if len(series_of(data)) > 1:  # which series each meeting belongs to, when the report covers several
        header = (*header[:4], label("series", lang), *header[4:])
        rows = tuple((*row[:4], (m.series or "").strip(), *row[4:]) for row, m in zip(rows, data.meetings))
        return [heading, Table(header, rows, (0.6, 2.0, 3.4, 2.6, 2.2, 1.2, 1.2))]
    return [heading, Table(header, rows, (0.6, 2.0, 4.0, 3.0, 1.2, 1.2))]


def series_of(data: ReportData) -> set[str]:
    """The distinct series of the report's meetings (spacing and case as in the search: folded), '' for none."""
    return {" ".join((m.series or "").split()).casefold() for m in data.meetings}
