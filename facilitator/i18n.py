"""Core messages and document wording in English or Polish, from one gettext catalogue (no Qt).

The msgids are the English texts (str.format templates); `facilitator/data/locale/pl/LC_MESSAGES/facilitator.po`
holds the Polish ones, compiled to the `.mo` next to it. Two languages read the same catalogue: the message
language (errors and results; the CLI takes the user's locale, `environment_language`, the GUI its UI language) and
a document's language (chosen per meeting), so summary labels are looked up with the `*_in(lang, …)` functions. How to add a message:
resources/translations/README.md, "Core messages".
"""

from __future__ import annotations

import gettext
import os
import sys
from collections.abc import Callable, Mapping
from functools import cache

DOMAIN = "facilitator"
LANGUAGES: tuple[str, ...] = ("en", "pl")
_state = {"language": "en"}  # the CLI switches to the user's locale, the GUI to its UI language, at start
# Where gettext looks for the user's language, in its order; FACILITATOR_LANGUAGE (pl|en) overrides them all.
LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
OVERRIDE = "FACILITATOR_LANGUAGE"


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


def ntr(singular: str, plural: str, n: int, /, **params: object) -> str:
    """The plural form for `n` of a template in the current language, formatted with n={n} and `params`."""
    return translation(_state["language"]).ngettext(singular, plural, n).format(n=n, **params)


def locale_language(value: str) -> str | None:
    """ "pl", "pl_PL.UTF-8", "pl:en" (LANGUAGE's list) → "pl"; "C", "POSIX", "en_GB" → "en"; None when no
    entry names a language we have (then the next variable is not asked either: gettext's first set one wins)."""
    for entry in value.split(":"):
        code = entry.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].strip().lower()
        if code in LANGUAGES:
            return code
        if code in {"c", "posix"}:
            return "en"
    return None


def environment_language(environ: Mapping[str, str] | None = None,
                         system: Callable[[], str | None] | None = None) -> str:
    """The language of the user's messages: FACILITATOR_LANGUAGE when it is pl or en, else as gettext finds it,
    the first set of LANGUAGE, LC_ALL, LC_MESSAGES and LANG, else (none set: Windows) the system's display
    language; English when that names no language we have, or when there is none."""
    environ = os.environ if environ is None else environ
    if chosen := locale_language(environ.get(OVERRIDE, "").strip()):
        return chosen
    found = next((environ[name] for name in LOCALE_VARIABLES if environ.get(name)), None)
    if found is None:
        found = (system or windows_display_language)() or ""
    return locale_language(found) or "en"


def windows_display_language() -> str | None:
    """Windows sets no LANG: its user's display language as a locale name ("pl_PL"); None elsewhere."""
    if sys.platform != "win32":
        return None
    import ctypes
    import locale

    return locale.windows_locale.get(ctypes.windll.kernel32.GetUserDefaultUILanguage())


def bad_override(environ: Mapping[str, str] | None = None) -> str | None:
    """FACILITATOR_LANGUAGE's value when it is set but names neither pl nor en (the CLI refuses it), else None."""
    value = (os.environ if environ is None else environ).get(OVERRIDE, "").strip()
    return value if value and locale_language(value) is None else None


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
