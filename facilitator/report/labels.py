"""Wording of the consolidated report in Polish and English (plurals of meetings and organisations)."""

from __future__ import annotations

from facilitator.summary.lang import label as summary_label
from facilitator.summary.lang import norm

_LABELS: dict[str, tuple[str, str]] = {
    "title": ("Raport zbiorczy z konsultacji", "Consolidated consultation report"),
    "all_series": ("Wszystkie serie spotkań", "All meeting series"),
    "period": ("Okres", "Period"),
    "meetings": ("Liczba spotkań", "Number of meetings"),
    "statements": ("Liczba wypowiedzi", "Number of statements"),
    "threshold": ("Próg podobieństwa wypowiedzi", "Similarity threshold"),
    "confirmed_only": ("tylko grupy potwierdzone przez urzędnika", "only groups confirmed by an official"),
    "overview": ("Zestawienie liczbowe", "Overview in numbers"),
    "area": ("Obszar", "Area"),
    "total": ("Razem", "Total"),
    "chart_title": ("Mocne i słabe strony według obszarów", "Strengths and weaknesses by area"),
    "chart_caption": ("Liczba mocnych i słabych stron w poszczególnych obszarach",
                      "Number of strengths and weaknesses in each area"),
    "recurring": ("Wypowiedzi powtarzające się", "Recurring statements"),
    "other_statements": ("Pozostałe wypowiedzi", "Other statements"),
    "included": ("Spotkania objęte raportem", "Meetings included"),
    "date": ("Data", "Date"),
    "meeting_title": ("Tytuł", "Title"),
    "venue": ("Miejsce", "Venue"),
    "series": ("Seria", "Series"),
    "participants": ("Uczestnicy", "Participants"),
    "no_data": ("brak danych", "no data"),
    "meeting_id": ("Id spotkania", "Meeting id"),
    "section": ("Sekcja", "Section"),
    "kind": ("Rodzaj", "Kind"),
    "text": ("Treść", "Text"),
    "continued": ("cd.", "cont."),  # a spreadsheet column continuing a long text: "Treść (cd.)"
    "tags": ("Tagi", "Tags"),
    "parent": ("Punkt nadrzędny", "Parent item"),
    "group": ("Grupa powtórzeń", "Recurrence group"),
    "group_heading": ("Nagłówek grupy", "Group heading"),
    "counts_sheet": ("Liczby", "Counts"),
    "by_tag": ("Wypowiedzi według tagów", "Statements by tag"),
    "tag": ("Tag", "Tag"),
    "tags_sheet": ("Tagi", "Tags"),
    "statements_sheet": ("Wypowiedzi", "Statements"),
    "sources": ("Spotkania", "Meetings"),
    # the consultation report (facilitator.report.consultation)
    "consultation_title": ("Raport z konsultacji", "Consultation response report"),
    "remarks_count": ("Liczba uwag", "Number of remarks"),
    "positions_overview": ("Stanowiska urzędu według obszarów", "The office's positions by area"),
    "who_note": (("Zgłaszający: organizacja, którą reprezentowała osoba zgłaszająca uwagę, jeśli ją podano. "
                  "Imion i nazwisk osób nie podaje się."),
                 ("Raised by: the organisation the person who raised the remark represented, where recorded. "
                  "No person is named.")),
    "c_remark": ("Uwaga", "Remark"),
    "raised_by": ("Zgłaszający", "Raised by"),
    "c_meeting": ("Spotkanie", "Meeting"),
    "position": ("Stanowisko urzędu", "Office's position"),
    "justification": ("Uzasadnienie", "Justification"),
    "paragraph": ("Paragraf programu", "Programme paragraph"),
    "accepted": ("uwzględniono", "accepted"),
    "partly_accepted": ("uwzględniono częściowo", "partly accepted"),
    "not_accepted": ("nie uwzględniono", "not accepted"),
    "no_position": ("bez stanowiska", "no position"),
    "mixed": ("różne stanowiska", "mixed positions"),
    "wording": ("Treść wypowiedzi", "Statement"),
    "organisation": ("Organizacja", "Organisation"),
    "remarks_sheet": ("Uwagi i stanowiska", "Remarks and positions"),
}


def label(key: str, lang: str | None) -> str:
    """A report label, falling back to the meeting summaries' labels (kinds, 'Liczba uczestników')."""
    if key in _LABELS:
        return _LABELS[key][0 if norm(lang) == "pl" else 1]
    return summary_label(key, lang)


def _polish_plural(n: int, one: str, few: str, many: str) -> str:
    if n == 1:
        return one
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return few
    return many


def meetings_phrase(n: int, lang: str | None) -> str:
    """'zgłoszone na 3 spotkaniach' / 'raised at 3 meetings' (locative plural in Polish)."""
    if norm(lang) == "en":
        return f"raised at {n} meeting" if n == 1 else f"raised at {n} meetings"
    return f"zgłoszone na {n} spotkaniu" if n == 1 else f"zgłoszone na {n} spotkaniach"


def organisations_phrase(n: int, lang: str | None) -> str:
    """'1 organizacja', '4 organizacje', '5 organizacji' / '1 organisation', '4 organisations'."""
    if norm(lang) == "en":
        return f"{n} organisation" if n == 1 else f"{n} organisations"
    return f"{n} " + _polish_plural(n, "organizacja", "organizacje", "organizacji")


def recurrence(meetings: int, organisations: int, lang: str | None) -> str:
    """'zgłoszone na 3 spotkaniach, 4 organizacje' (organisations left out when nobody's is known)."""
    text = meetings_phrase(meetings, lang)
    return f"{text}, {organisations_phrase(organisations, lang)}" if organisations else text


def more_meetings(n: int, lang: str | None) -> str:
    """' i 3 inne spotkania' / ' and 3 other meetings' (appended to a list of meetings)."""
    if norm(lang) == "en":
        return f" and {n} other meeting" if n == 1 else f" and {n} other meetings"
    return f" i {n} " + _polish_plural(n, "inne spotkanie", "inne spotkania", "innych spotkań")


def times(n: int, lang: str | None) -> str:
    """'3 razy: ' / '3 times: ' before a wording's meetings; nothing when it was said once."""
    if n == 1:
        return ""
    return f"{n} times: " if norm(lang) == "en" else f"{n} razy: "
