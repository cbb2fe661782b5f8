"""The heading over a meeting's model areas, worded from its organiser ("… współpracy z Urzędem Miasta Zielonka …").

Polish needs the organiser in the instrumental case after "z"; it is derived only for the common forms of a
local authority's office, where the inflected part is the fixed head words and the rest (the place, already in
the right case) stays as written. Anything else gets the neutral heading rather than a wrong ending.
"""

from __future__ import annotations

from facilitator.i18n import N_, gettext_in
from facilitator.kinds import LANGUAGES

# Head words as people type them (matched case-insensitively) → the same words after "z" (instrumental).
_INSTRUMENTAL: tuple[tuple[str, str], ...] = (
    ("urząd miasta i gminy ", "z Urzędem Miasta i Gminy "),
    ("urząd miasta ", "z Urzędem Miasta "),
    ("urząd miejski ", "z Urzędem Miejskim "),
    ("urząd gminy ", "z Urzędem Gminy "),
    ("urząd marszałkowski ", "z Urzędem Marszałkowskim "),
    ("urząd dzielnicy ", "z Urzędem Dzielnicy "),
    ("starostwo powiatowe ", "ze Starostwem Powiatowym "),
)
_NEUTRAL = N_("Opinions and proposals in the three areas of the Model of Cooperation")
# {organiser} is the name in English and, in Polish, "z" + the instrumental derived above ("z Urzędem Miasta …").
_WITH = N_("Opinions and proposals on cooperation with {organiser} in the three areas of the Model of Cooperation")


def area_group(organiser: str | None, language: str | None = "pl") -> str:
    """The area group heading for a meeting of this organiser, in the document language."""
    lang = language if language in LANGUAGES else "pl"
    name = " ".join((organiser or "").split())
    if not name:
        return gettext_in(lang, _NEUTRAL)
    if lang == "en":
        return gettext_in("en", _WITH).format(organiser=name)
    folded = name.casefold() + " "
    for head, instrumental in _INSTRUMENTAL:
        rest = name[len(head):].strip()
        if folded.startswith(head) and rest:
            return gettext_in("pl", _WITH).format(organiser=instrumental + rest)
    return gettext_in("pl", _NEUTRAL)
