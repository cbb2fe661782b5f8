"""`python -m ui [database]`: start the desktop app."""

import sys

from ui.app import run

if __name__ == "__main__":
    sys.exit(run(sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("-") else None))
