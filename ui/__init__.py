"""Facilitator's desktop GUI (PySide6). Imports the core `facilitator`, never the other way round."""

# PySide6 6.12 on Python 3.11 loses a reference of None each time a model returns None; see the module.
from ui.models import _none_guard as _none_guard
