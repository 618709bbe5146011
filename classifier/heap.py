"""Keeping a long run's resident memory flat on glibc.

Each chunk of a long ``intervensi predict`` run allocates and frees arrays of a few hundred
kilobytes. glibc raises its mmap threshold to the size of the largest block freed, after
which such blocks come from the heap, where frees leave holes that the process keeps:
resident memory creeps up although every cache is bounded. A fixed threshold keeps large
blocks in mmap (returned on free), and a periodic ``malloc_trim`` hands free heap pages
back. Both are no-ops where the C library does not offer them.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from functools import lru_cache

M_MMAP_THRESHOLD = -3  # glibc's mallopt parameter number
MMAP_THRESHOLD_BYTES = 128 * 1024  # glibc's initial value, kept fixed


@lru_cache(maxsize=1)
def _libc():
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
    except OSError:
        return None
    return libc if hasattr(libc, "malloc_trim") and hasattr(libc, "mallopt") else None


def fix_mmap_threshold() -> bool:
    """Stop glibc from raising its mmap threshold; True when it took effect."""
    libc = _libc()
    return bool(libc and libc.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES))


def release_free_memory() -> bool:
    """Return free heap pages to the system; True when some were released."""
    libc = _libc()
    return bool(libc and libc.malloc_trim(0))
