"""Qt models over the meeting's data (COL_* constants, custom roles, one set_rows())."""

from ui.models import _none_guard  # noqa: F401  - must run before any model returns None to Qt
