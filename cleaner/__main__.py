"""``python -m cleaner``: see `cleaner.cli`.

The objects the imports made (modules, classes, functions, the tables the package builds)
live as long as the process: `gc.freeze` moves them out of the collector's generations,
so the collections a run triggers (unpickling a rule set makes thousands of containers)
no longer walk them (a batch's workers, forked on Linux, inherit the freeze). After
the run a second freeze spares the collection at exit the objects the run made (the
process ends: the system takes the memory back; the run has closed its files, pools and
output itself, so no finalizer is left for that collection to call). Issue 17: ~6% of a
one-file run's instructions. `cleaner.cli.main` called in a process of one's own (the
tests, an application) freezes nothing.
"""

import gc
import sys

gc.freeze()
from .cli import main  # noqa: E402  (after the freeze: its imports are the package's)

status = main()
gc.freeze()
sys.exit(status)
