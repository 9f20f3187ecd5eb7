"""Settings of the processes framediff runs itself: the command line and the corpus workers.

The library never calls this: a program that imports framediff keeps its own settings.
"""

from __future__ import annotations

import gc

from framediff.options import BATCH_GC_THRESHOLDS


def use_batch_gc() -> None:
    """The garbage collector's thresholds for reading many articles (``BATCH_GC_THRESHOLDS``,
    with its reason)."""
    gc.set_threshold(*BATCH_GC_THRESHOLDS)
