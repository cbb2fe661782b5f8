"""Qt models over the meeting's data (COL_* constants, custom roles, one set_rows())."""

