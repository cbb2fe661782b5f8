"""PNGs of the windows for docs and review: `make screenshots` (tools.screenshots.meeting and .officials)."""
