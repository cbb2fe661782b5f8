"""Core messages and document wording in English or Polish, from one gettext catalogue (no Qt).

The msgids are the English texts (str.format templates); `facilitator/data/locale/pl/LC_MESSAGES/facilitator.po`
holds the Polish ones, compiled to the `.mo` next to it. Two languages read the same catalogue: the message
language (errors; the CLI keeps English, the GUI sets its UI language) and a document's language (chosen per
meeting), so summary labels are looked up with the `*_in(lang, …)` functions. How to add a message:
resources/translations/README.md, "Core messages".
"""

from __future__ import annotations

import gettext
import os
from functools import cache

DOMAIN = "facilitator"
LANGUAGES: tuple[str, ...] = ("en", "pl")
_state = {"language": "en"}  # English for the CLI; the GUI switches to its UI language at start


@cache
def translation(lang: str) -> gettext.NullTranslations:
    """The compiled catalogue of `lang`; English (and anything unknown) is the msgids themselves."""
    if lang not in LANGUAGES or lang == "en":
        return gettext.NullTranslations()
    from facilitator.resources import resource_path

    mo = resource_path("locale", lang, "LC_MESSAGES", f"{DOMAIN}.mo")
    with open(mo, "rb") as file:
        return gettext.GNUTranslations(file)


def set_language(lang: str) -> None:
    """Choose the language of core messages from now on; anything unknown means English."""
    _state["language"] = lang if lang in LANGUAGES else "en"


def get_language() -> str:
    """The language core messages are currently written in ("en" or "pl")."""
    return _state["language"]


def tr(template: str, /, **params: object) -> str:
    """The message for `template` (an English str.format template) in the current language."""
    text = translation(_state["language"]).gettext(template)
    return text.format(**params) if params else text


def N_(template: str) -> str:
    """Mark a template kept in a constant so extraction finds it; translate it with tr() where used."""
    return template


def NC_(context: str, text: str) -> tuple[str, str]:
    """Mark a text that needs a context (one English word, two Polish renderings); look it up with pgettext_in."""
    return context, text


def gettext_in(lang: str, text: str) -> str:
    """`text` (an English msgid) in the language `lang`, independent of the message language (document labels)."""
    return translation(lang).gettext(text)


def pgettext_in(lang: str, context: str, text: str) -> str:
    """`text` in the sense `context` (e.g. "female"), in the language `lang`."""
    return translation(lang).pgettext(context, text)


def ngettext_in(lang: str, singular: str, plural: str, n: int) -> str:
    """The plural form for `n` in `lang` (CLDR rules from the catalogue header), formatted with n={n}."""
    return translation(lang).ngettext(singular, plural, n).format(n=n)


@cache
def babel_locale(lang: str):
    """Babel's CLDR data of `lang` (month names, plural rule), imported and loaded only when first needed."""
    from babel import Locale

    return Locale.parse(lang)


def reason(cause: object) -> str:
    """Why something failed (an OSError, a database error or its text), in the current language.

    An OSError is told by its errno (facilitator/i18n_words.py: OS_REASONS), so a full disk reads the same on every
    system and in every writer; an errno not listed keeps the system's text."""
    text = os_reason(cause) if isinstance(cause, OSError) else None
    text = text or getattr(cause, "strerror", None) or str(getattr(cause, "orig", None) or cause)
    return translation(_state["language"]).pgettext("reason", text)


def os_reason(error: OSError) -> str | None:
    """The catalogue's English reason for `error`'s errno (or Windows error number), None when it has none."""
    import errno as codes

    from facilitator.i18n_words import OS_REASONS, WINDOWS_REASONS

    windows = WINDOWS_REASONS.get(getattr(error, "winerror", None) or 0)  # it says more than its errno
    for number in (getattr(codes, windows, None) if windows else None, error.errno):
        for errnos, (_context, text) in OS_REASONS:
            if number is not None and number in {getattr(codes, name, None) for name in errnos}:
                return text
    return None


def os_error_line(error: OSError) -> str:
    """An OSError as one line in the current language: the file it is about (when known), then why."""
    return f"{os.fspath(error.filename)}: {reason(error)}" if error.filename is not None else reason(error)


def term(word: str) -> str:
    """A data word shown inside a message (field or entity name, JSON kind) in the current language."""
    return translation(_state["language"]).pgettext("term", word)
