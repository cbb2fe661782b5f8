"""Polish and English wording of the summaries: fixed labels, long dates, plurals of "person"."""

from __future__ import annotations

from datetime import date

LANGS: tuple[str, ...] = ("pl", "en")

_MONTHS = {
    "pl": (
        "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca",
        "lipca", "sierpnia", "września", "października", "listopada", "grudnia",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}  # fmt: skip

_LABELS: dict[str, tuple[str, str]] = {
    "purpose": ("Cel spotkania", "Purpose of the meeting"),
    "attendance": ("Liczba uczestników", "Number of participants"),
    "facilitator": ("Prowadzenie", "Facilitator"),
    "agenda": ("Przebieg spotkania", "Agenda"),
    "recommendations": ("Rekomendacje", "Recommendations"),
    "author": ("Opracowanie", "Prepared by"),
    "organiser": ("Organizator", "Organiser"),
    "time": ("Godziny", "Time"),
    "strength": ("Mocne strony", "Strengths"),
    "weakness": ("Słabe strony", "Weaknesses"),
    "proposal": ("Postulaty", "Proposals"),
    "recommendation": ("Rekomendacje", "Recommendations"),
    "good_practice": ("Dobre praktyki", "Good practices"),
    "remark": ("Uwagi", "Remarks"),
    "other_remarks": ("Inne uwagi", "Other remarks"),
    # One statement's kind, printed before a sub-point whose kind differs from its parent's.
    "one_strength": ("Mocna strona", "Strength"),
    "one_weakness": ("Słaba strona", "Weakness"),
    "one_proposal": ("Propozycja", "Proposal"),
    "one_recommendation": ("Rekomendacja", "Recommendation"),
    "one_good_practice": ("Dobra praktyka", "Good practice"),
    "one_remark": ("Uwaga", "Remark"),
    # A speaker who did not consent to be named, by recorded gender (and no organisation to name instead).
    "participant_female": ("uczestniczka", "participant"),
    "participant_male": ("uczestnik", "participant"),
    "participant_unspecified": ("osoba uczestnicząca", "participant"),
    "attendance_list": ("Lista obecności", "Attendance list"),
    "page": ("Strona", "Page"),
    "of": ("z", "of"),
    "number": ("Lp.", "No."),
    "name": ("Imię i nazwisko", "Name"),
    "organisation": ("Organizacja", "Organisation"),
    "contents": ("Spis treści", "Contents"),
    "update_toc": (
        "Spis treści zostanie uzupełniony po aktualizacji pól (F9).",
        "The table of contents appears after updating fields (F9).",
    ),
    "summary": ("Podsumowanie spotkania konsultacyjnego", "Summary of the consultation meeting"),
    "consultation": ("konsultacje", "consultation"),
}


def norm(lang: str | None) -> str:
    """The supported language closest to `lang` (Polish unless English is asked for)."""
    return "en" if (lang or "").lower().startswith("en") else "pl"


def label(key: str, lang: str | None) -> str:
    """The fixed label `key` in the document language; KeyError names an unknown key."""
    return _LABELS[key][LANGS.index(norm(lang))]


def long_date(d: date, lang: str | None) -> str:
    """'15 czerwca 2018 r.' or '15 June 2018'."""
    lang = norm(lang)
    month = _MONTHS[lang][d.month - 1]
    if lang == "pl":
        return f"{d.day} {month} {d.year} r."
    return f"{d.day} {month} {d.year}"


def persons(n: int, lang: str | None) -> str:
    """The count with the right plural: '1 osoba', '3 osoby', '12 osób', '22 osoby' / '1 person', '9 people'."""
    if norm(lang) == "en":
        return f"{n} person" if n == 1 else f"{n} people"
    if n == 1:
        return "1 osoba"
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return f"{n} osoby"
    return f"{n} osób"


def page_of(page: int, total: int, lang: str | None) -> str:
    """Footer text 'Strona 2 z 7' / 'Page 2 of 7'."""
    return f"{label('page', lang)} {page} {label('of', lang)} {total}"
