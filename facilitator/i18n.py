"""Core messages in the user's language: English templates, Polish from a plain catalogue (no Qt)."""

from __future__ import annotations

from functools import lru_cache

LANGUAGES: tuple[str, ...] = ("en", "pl")
_state = {"language": "en"}  # English for the CLI; the GUI switches to its UI language at start


def set_language(lang: str) -> None:
    """Choose the language of core messages from now on; anything unknown means English."""
    _state["language"] = lang if lang in LANGUAGES else "en"


def get_language() -> str:
    """The language core messages are currently written in ("en" or "pl")."""
    return _state["language"]


@lru_cache(maxsize=1)
def _polish() -> tuple[dict[str, str], dict[str, str]]:
    """The Polish catalogue, loaded only when first needed (the CLI never pays for it)."""
    from facilitator.i18n_pl import MESSAGES, TERMS

    return MESSAGES, TERMS


def tr(template: str, /, **params: object) -> str:
    """The message for `template` (an English str.format template) in the current language."""
    text = _polish()[0].get(template, template) if _state["language"] == "pl" else template
    return text.format(**params) if params else text


def N_(template: str) -> str:
    """Mark a template kept in a constant so the catalogue check finds it; translate it with tr() where used."""
    return template


def reason(cause: object) -> str:
    """Why something failed (an OSError, a database error or its text), in the current language."""
    text = getattr(cause, "strerror", None) or str(getattr(cause, "orig", None) or cause)
    if _state["language"] != "pl":
        return text
    from facilitator.i18n_pl import REASONS

    return REASONS.get(text, text)


def term(word: str) -> str:
    """A data word shown inside a message (field or entity name, JSON kind) in the current language."""
    return _polish()[1].get(word, word) if _state["language"] == "pl" else word

