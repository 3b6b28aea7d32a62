"""`python -m sango_game` runs the same command line as `sango-game`."""

import sys

from sango_game.cli import main

if __name__ == "__main__":
    sys.exit(main())
