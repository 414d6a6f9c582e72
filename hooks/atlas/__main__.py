"""`python -m atlas ...`: see atlas.cli."""

import sys

from .cli import main

sys.exit(main())
