"""``python -m cleaner``: see `cleaner.cli`."""

import sys

from .cli import main

sys.exit(main())
