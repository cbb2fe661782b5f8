"""The wording of the summaries in the document's language: fixed labels, long dates, plurals of "person".

The texts are msgids of the core catalogue (`facilitator.i18n`), looked up in the language chosen for the
document, not the UI's; dates come from Babel (CLDR month names), plurals from the catalogue's CLDR rule.
"""

from __future__ import annotations

from datetime import date

from facilitator.i18n import N_, NC_, babel_locale, gettext_in, ngettext_in, pgettext_in

LANGS: tuple[str, ...] = ("pl", "en")

_LABELS: dict[str, str | tuple[str, str]] = {
    "purpose": N_("Purpose of the meeting"),
    "attendance": N_("Number of participants"),
    "facilitator": N_("Facilitator"),
    "agenda": N_("Agenda"),
    "recommendations": N_("Recommendations"),
    "author": N_("Prepared by"),
    "organiser": N_("Organiser"),
    "time": N_("Time"),
    "strength": N_("Strengths"),
    "weakness": N_("Weaknesses"),
    "proposal": N_("Proposals"),
    "recommendation": N_("Recommendations"),
    "good_practice": N_("Good practices"),
    "remark": N_("Remarks"),
    "other_remarks": N_("Other remarks"),
    # One statement's kind, printed before a sub-point whose kind differs from its parent's.
    "one_strength": N_("Strength"),
    "one_weakness": N_("Weakness"),
    "one_proposal": N_("Proposal"),
    "one_recommendation": N_("Recommendation"),
    "one_good_practice": N_("Good practice"),
    "one_remark": N_("Remark"),
    # A speaker who did not consent to be named, by recorded gender (and no organisation to name instead).
    "participant_female": NC_("female speaker", "participant"),
    "participant_male": NC_("male speaker", "participant"),
    "participant_unspecified": NC_("speaker of unrecorded gender", "participant"),
    "attendance_list": N_("Attendance list"),
    "page": N_("Page"),
    "of": NC_("page 2 of 7", "of"),
    "number": N_("No."),
    "name": N_("Name"),
    "organisation": N_("Organisation"),
    "contents": N_("Contents"),
    "update_toc": N_("The table of contents appears after updating fields (F9)."),
    "summary": N_("Summary of the consultation meeting"),
    "consultation": N_("consultation"),
}


def norm(lang: str | None) -> str:
    """The supported language closest to `lang` (Polish unless English is asked for)."""
    return "en" if (lang or "").lower().startswith("en") else "pl"


def wording(entry: str | tuple[str, str], lang: str | None) -> str:
    """A marked label (an `N_()` msgid or an `NC_()` context and msgid) in the document language."""
    if isinstance(entry, tuple):
        return pgettext_in(norm(lang), *entry)
    return gettext_in(norm(lang), entry)


def label(key: str, lang: str | None) -> str:
    """The fixed label `key` in the document language; KeyError names an unknown key."""
    return wording(_LABELS[key], lang)


def long_date(d: date, lang: str | None) -> str:
    """'15 czerwca 2018 r.' or '15 June 2018' (CLDR month names through Babel)."""
    from babel.dates import format_date  # only documents with a date pay for Babel's import and locale data

    lang = norm(lang)
    written = format_date(d, "d MMMM y", locale=babel_locale(lang))
    return f"{written} r." if lang == "pl" else written


def persons(n: int, lang: str | None) -> str:
    """The count with the right plural: '1 osoba', '3 osoby', '12 osób', '22 osoby' / '1 person', '9 people'."""
    return ngettext_in(norm(lang), "{n} person", "{n} people", n)


def page_of(page: int, total: int, lang: str | None) -> str:
    """Footer text 'Strona 2 z 7' / 'Page 2 of 7'."""
    return f"{label('page', lang)} {page} {label('of', lang)} {total}"
