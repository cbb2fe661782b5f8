"""Wording of the consolidated report (plurals of meetings and organisations), msgids of the core catalogue."""

from __future__ import annotations

from facilitator.i18n import N_, ngettext_in
from facilitator.summary.lang import label as summary_label
from facilitator.summary.lang import norm, wording

_LABELS: dict[str, str | tuple[str, str]] = {
    "title": N_("Consolidated consultation report"),
    "all_series": N_("All meeting series"),
    "period": N_("Period"),
    "meetings": N_("Number of meetings"),
    "statements": N_("Number of statements"),
    "threshold": N_("Similarity threshold"),
    "confirmed_only": N_("only groups confirmed by an official"),
    "overview": N_("Overview in numbers"),
    "area": N_("Area"),
    "total": N_("Total"),
    "chart_title": N_("Strengths and weaknesses by area"),
    "chart_caption": N_("Number of strengths and weaknesses in each area"),
    "recurring": N_("Recurring statements"),
    "other_statements": N_("Other statements"),
    "included": N_("Meetings included"),
    "date": N_("Date"),
    "meeting_title": N_("Title"),
    "venue": N_("Venue"),
    "series": N_("Series"),
    "participants": N_("Participants"),
    "no_data": N_("no data"),
    "meeting_id": N_("Meeting id"),
    "section": N_("Section"),
    "kind": N_("Kind"),
    "text": N_("Text"),
    "continued": N_("cont."),  # a spreadsheet column continuing a long text: "Treść (cd.)"
    "tags": N_("Tags"),
    "parent": N_("Parent item"),
    "group": N_("Recurrence group"),
    "group_heading": N_("Group heading"),
    "counts_sheet": N_("Counts"),
    "by_tag": N_("Statements by tag"),
    "tag": N_("Tag"),
    "tags_sheet": N_("Tags"),
    "statements_sheet": N_("Statements"),
    "sources": N_("Meetings"),
    # the consultation report (facilitator.report.consultation)
    "consultation_title": N_("Consultation response report"),
    "remarks_count": N_("Number of remarks"),
    "positions_overview": N_("The office's positions by area"),
    "who_note": N_("Raised by: the organisation the person who raised the remark represented, where recorded. "
                   "No person is named."),
    "c_remark": N_("Remark"),
    "raised_by": N_("Raised by"),
    "c_meeting": N_("Meeting"),
    "position": N_("Office's position"),
    "justification": N_("Justification"),
    "paragraph": N_("Programme paragraph"),
    "accepted": N_("accepted"),
    "partly_accepted": N_("partly accepted"),
    "not_accepted": N_("not accepted"),
    "no_position": N_("no position"),
    "mixed": N_("mixed positions"),
    "wording": N_("Statement"),
    "organisation": N_("Organisation"),
    "remarks_sheet": N_("Remarks and positions"),
}


def label(key: str, lang: str | None) -> str:
    """A report label, falling back to the meeting summaries' labels (kinds, 'Liczba uczestników')."""
    if key in _LABELS:
        return wording(_LABELS[key], lang)
    return summary_label(key, lang)


def meetings_phrase(n: int, lang: str | None) -> str:
    """'zgłoszone na 3 spotkaniach' / 'raised at 3 meetings' (locative plural in Polish)."""
    return ngettext_in(norm(lang), "raised at {n} meeting", "raised at {n} meetings", n)


def organisations_phrase(n: int, lang: str | None) -> str:
    """'1 organizacja', '4 organizacje', '5 organizacji' / '1 organisation', '4 organisations'."""
    return ngettext_in(norm(lang), "{n} organisation", "{n} organisations", n)


def recurrence(meetings: int, organisations: int, lang: str | None) -> str:
    """'zgłoszone na 3 spotkaniach, 4 organizacje' (organisations left out when nobody's is known)."""
    text = meetings_phrase(meetings, lang)
    return f"{text}, {organisations_phrase(organisations, lang)}" if organisations else text


def more_meetings(n: int, lang: str | None) -> str:
    """' i 3 inne spotkania' / ' and 3 other meetings' (appended to a list of meetings)."""
    return " " + ngettext_in(norm(lang), "and {n} other meeting", "and {n} other meetings", n)


def times(n: int, lang: str | None) -> str:
    """'3 razy: ' / '3 times: ' before a wording's meetings; nothing when it was said once."""
    if n == 1:
        return ""
    return ngettext_in(norm(lang), "{n} time", "{n} times", n) + ": "
