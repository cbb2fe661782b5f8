"""Meeting (ORM, possibly transient) → Summary tree, laid out like the city's published summaries."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from facilitator.kinds import CLOSING_SECTION_KIND, ITEM_KINDS, NEUTRAL_KIND
from facilitator.summary.lang import label, long_date, norm, persons
from facilitator.summary.nodes import (
    Block,
    BulletList,
    Field,
    Heading,
    ListItem,
    Metadata,
    NumberedList,
    PageBreak,
    Subtitle,
    Summary,
    Table,
    Title,
)

LAYOUTS: tuple[str, ...] = ("grouped", "captured")
# Sub-heading order of the grouped layout.
KIND_ORDER: tuple[str, ...] = ITEM_KINDS


@dataclass(frozen=True)
class SummaryOptions:
    """How to lay out a summary; anonymised unless `named` is asked for."""

    layout: str = "grouped"
    named: bool = False
    attendance_annex: bool = False
    language: str | None = None

    def __post_init__(self) -> None:
        if self.layout not in LAYOUTS:
            raise ValueError(f"unknown layout {self.layout!r}; expected one of {', '.join(LAYOUTS)}")


def build(meeting: Any, options: SummaryOptions | None = None) -> Summary:
    """The whole summary of one meeting, in the options' language (default: the meeting's)."""
    options = options or SummaryOptions()
    lang = norm(options.language or meeting.language)
    blocks: list[Block] = [*header_blocks(meeting, lang), *body_blocks(meeting, options, lang)]
    if meeting.author:
        blocks.append(Field(label("author", lang), meeting.author))
    if options.attendance_annex:
        blocks.extend(annex_blocks(meeting, lang))
    return Summary(metadata=metadata(meeting, lang), blocks=tuple(blocks))


def ordered(rows: Iterable[Any]) -> list[Any]:
    """Rows by position; transient rows without a position keep their list order."""
    return sorted(rows, key=lambda row: row.position if row.position is not None else 0)


def metadata(meeting: Any, lang: str) -> Metadata:
    """Document properties: the author is the summary's author, never a participant."""
    title = meeting.title or label("summary", lang)
    keywords = [meeting.series] if meeting.series else []
    keywords += [s.title for s in ordered(meeting.sections) if s.title and s.title not in keywords]
    return Metadata(
        title=title,
        author=meeting.author or "",
        subject=meeting.series or meeting.audience or title,
        language=lang,
        keywords=tuple(keywords) or (label("consultation", lang),),
    )


def header_blocks(meeting: Any, lang: str) -> list[Block]:
    """Title, audience, 'venue, date', then the labelled header fields and the numbered agenda."""
    blocks: list[Block] = [Title(meeting.title or label("summary", lang))]
    if meeting.audience:
        blocks.append(Subtitle(meeting.audience))
    place = [meeting.venue] if meeting.venue else []
    if meeting.date is not None:
        place.append(long_date(meeting.date, lang))
    if place:
        blocks.append(Subtitle(", ".join(place)))
    hours = "–".join(t for t in (meeting.start, meeting.end) if t)
    for key, value in (("organiser", meeting.organiser), ("time", hours), ("purpose", meeting.purpose)):
        if value:
            blocks.append(Field(label(key, lang), value))
    if meeting.attendance_count is not None or meeting.participants:
        blocks.append(Field(label("attendance", lang), persons(meeting.attendance, lang)))
    if meeting.facilitator:
        blocks.append(Field(label("facilitator", lang), meeting.facilitator))
    agenda = [ListItem(a.text) for a in ordered(meeting.agenda) if a.text and a.text.strip()]
    if agenda:
        blocks += [Field(label("agenda", lang)), NumberedList(tuple(agenda))]
    return blocks


def body_blocks(meeting: Any, options: SummaryOptions, lang: str) -> list[Block]:
    """Sections with their items; a group heading is printed once above consecutive sections sharing it.

    Levels are fixed so that the same level always looks the same: 1 = group, 2 = every section (area,
    thematic block, 'Inne uwagi'), 3 = kind sub-headings.
    """
    blocks: list[Block] = []
    current_group: str | None = None
    for section in summary_sections(meeting):
        top = top_items(section)
        if not top:
            continue
        group = section.group or None
        if group and group != current_group:
            blocks.append(Heading(group.upper(), 1))
        current_group = group
        blocks.append(Heading(section_title(section, lang), 2))
        other = section.kind == CLOSING_SECTION_KIND
        blocks.extend(section_items(meeting, top, options, lang, 3, other=other))
    return blocks


def summary_sections(meeting: Any) -> list[Any]:
    """Sections in print order: 'Inne uwagi' (kind other) last, whenever thematic blocks were added."""
    sections = ordered(meeting.sections)
    return [s for s in sections if s.kind != CLOSING_SECTION_KIND] + [
        s for s in sections if s.kind == CLOSING_SECTION_KIND
    ]


def section_title(section: Any, lang: str) -> str:
    """Every section title prints upper-case like the seed's areas, so all sections look alike."""
    return (section.title or label("other_remarks", lang)).upper()


def top_items(section: Any) -> list[Any]:
    """Top-level items, also for a transient graph whose parent ids are not set yet."""
    return ordered(i for i in section.all_items if i.parent_id is None and i.parent is None)


def section_items(
    meeting: Any, top: list[Any], options: SummaryOptions, lang: str, level: int, other: bool = False
) -> list[Block]:
    """Captured order as one list, or grouped under kind sub-headings (a child stays with its parent).

    'Inne uwagi' (an `other` section) stays one list in either layout, as in the city's summaries: its
    points are what fitted nowhere else, so strengths/weaknesses sub-headings would only scatter them.
    """
    speakers = Speakers(meeting, lang) if options.named else None
    if options.layout == "captured" or other:
        return [BulletList(tuple(list_item(i, speakers, lang) for i in top))]
    if {i.kind for i in top} == {"remark"}:  # only remarks: a 'Uwagi' sub-heading would just repeat the section
        return [BulletList(tuple(list_item(i, speakers, lang) for i in top))]
    blocks: list[Block] = []
    for kind in KIND_ORDER:
        of_kind = [i for i in top if i.kind == kind]
        if of_kind:
            heading = label(kind, lang)
            points = [p for i in of_kind for p in grouped_points(i, heading, speakers, lang)]
            blocks += [Heading(heading, level), BulletList(tuple(points))]
    unknown = [i for i in top if i.kind not in KIND_ORDER]
    if unknown:
        points = tuple(list_item(i, speakers, lang) for i in unknown)
        blocks += [Heading(label("remark", lang), level), BulletList(points)]
    return blocks


def grouped_points(item: Any, heading: str, speakers: Speakers | None, lang: str) -> list[ListItem]:
    """The item as a point, or its children alone when it only introduces them with the sub-heading's words.

    "Rekomendacje:" over the recommendations would repeat the "Rekomendacje" sub-heading right above it.
    """
    if introduces(item, heading) and not attributed(item, speakers):
        return [list_item(child, speakers, lang, item.kind) for child in ordered(item.children)]
    return [list_item(item, speakers, lang)]


def introduces(item: Any, heading: str) -> bool:
    """An item with sub-points whose whole text is the heading's words followed by a colon."""
    text = (item.text or "").strip()
    return bool(item.children) and text.endswith(":") and text[:-1].strip().casefold() == heading.casefold()


def attributed(item: Any, speakers: Speakers | None) -> bool:
    """Whether a named export would print a speaker after this item."""
    return speakers is not None and speakers.who(item) is not None


class Speakers:
    """Who said what in a named export: a name only with recorded consent, else organisation or 'uczestniczka'."""

    def __init__(self, meeting: Any, lang: str) -> None:
        self.by_id = {p.id: p for p in meeting.participants}
        self.lang = lang

    def who(self, item: Any) -> str | None:
        """The attribution printed after the item, or None when no speaker is recorded."""
        speaker = item.speaker or self.by_id.get(item.speaker_id)
        if speaker is None:
            return None
        if speaker.consent and speaker.name:
            return ", ".join(part for part in (speaker.name, speaker.organisation) if part)
        return speaker.organisation or anonymous(speaker, self.lang)


def anonymous(participant: Any, lang: str) -> str:
    """'uczestniczka' / 'uczestnik' by recorded gender; 'osoba uczestnicząca' when it is not recorded."""
    gender = participant.gender if participant.gender in ("female", "male") else "unspecified"
    return label(f"participant_{gender}", lang)


def lacking_consent(meeting: Any) -> list[Any]:
    """Speakers a named export would not name: they have statements but no recorded consent."""
    spoke = {i.speaker.id if i.speaker is not None else i.speaker_id for s in meeting.sections for i in s.all_items}
    return [p for p in ordered(meeting.participants) if p.id in spoke and not p.consent]


def kind_label(item: Any, parent_kind: str | None, lang: str) -> str:
    """The kind of a sub-point that differs from its parent's ('Propozycja' under a weakness); '' otherwise.

    A remark is the neutral kind (what is captured before a kind is chosen), so it is not labelled.
    """
    if parent_kind is None or item.kind == parent_kind or item.kind == NEUTRAL_KIND or item.kind not in ITEM_KINDS:
        return ""
    return label(f"one_{item.kind}", lang)


def list_item(item: Any, speakers: Speakers | None, lang: str, parent_kind: str | None = None) -> ListItem:
    """One item with its sub-items; attributed only when `speakers` is given (named export)."""
    text = item.text or ""
    who = speakers.who(item) if speakers is not None else None
    if who:
        text = attribute(text, who)
    children = tuple(list_item(child, speakers, lang, item.kind) for child in ordered(item.children))
    return ListItem(text, children, kind_label(item, parent_kind, lang))


def attribute(text: str, who: str) -> str:
    """'text (who)'; a list point's trailing comma or semicolon stays last: 'powołanie … (Anna Nowak),'."""
    body = text.rstrip()
    tail = body[-1] if body[-1:] in (",", ";") else ""
    body = body[:-1].rstrip() if tail else body
    return f"{body} ({who}){tail}"


def annex_blocks(meeting: Any, lang: str) -> list[Block]:
    """'Lista obecności': present participants who consented to be listed, on a page of its own."""
    listed = [p for p in ordered(meeting.participants) if p.consent and p.present and p.name]
    if not listed:
        return []
    rows = tuple((f"{n}.", p.name, p.organisation or "") for n, p in enumerate(listed, start=1))
    header = (label("number", lang), label("name", lang), label("organisation", lang))
    return [PageBreak(), Heading(label("attendance_list", lang), 1), Table(header, rows, widths=(1, 6, 8))]
