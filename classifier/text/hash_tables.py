"""Keeping spaCy's two string-keyed hash tables from doubling after every memory zone.

A spaCy memory zone frees the lexemes and strings its texts added, but takes their keys
out of the vocabulary's lexeme table (``Vocab._by_orth``) and the string store's table
(``StringStore._map``) with preshed's ``map_clear``, which leaves a "deleted" marker in
each cell. preshed counts marked cells as filled and, when filled cells reach 60% of the
table, doubles the table, whatever the share of live keys. On a long run of unseen words
both tables therefore keep doubling (measured on ``intervensi predict`` of generated lines:
the string table at 0.5, 1, 2 and 4 million cells of 16 bytes while it held 110,626
strings), which is what made resident memory climb after every cache was full.

:func:`drop_deleted_cells` copies a table's live keys into a new table of four times their
number (rounded up to a power of two) once marked cells fill half of it, so the tables
keep a size set by the live keys. It is called after a memory zone, when the tables hold
only the permanent entries.
"""

from __future__ import annotations

import ctypes
import gc

from preshed.maps import PreshMap

FULL = 0.5  # share of a table's cells, live or marked deleted, at which it is rebuilt
ROOM = 4  # a rebuilt table has about this many cells per live key

_pointer = ctypes.c_void_p


def _compacted(table: PreshMap) -> PreshMap:
    items = list(table.items())
    fresh = PreshMap(initial_size=max(8, ROOM * len(items)))
    for key, value in items:
        fresh[key] = value
    return fresh


def _needs_rebuild(table: PreshMap) -> bool:
    return len(table) >= FULL * table.capacity


def _swap_field(owner: object, old: PreshMap, new: PreshMap) -> bool:
    """Point the one C field of ``owner`` that holds ``old`` at ``new`` (the lexeme table
    is a private field of the Cython ``Vocab``). False, and nothing changed, unless exactly
    one pointer-sized word of the object holds ``old``."""
    words = type(owner).__basicsize__ // ctypes.sizeof(_pointer)
    fields = (_pointer * words).from_address(id(owner))
    # skip the object header (reference count, type)
    where = [i for i in range(2, words) if fields[i] == id(old)]
    if len(where) != 1:
        return False
    ctypes.pythonapi.Py_IncRef(ctypes.py_object(new))
    fields[where[0]] = id(new)
    ctypes.pythonapi.Py_DecRef(ctypes.py_object(old))
    return True


def lexeme_table(vocab) -> PreshMap | None:
    """The vocabulary's lexeme table (``Vocab._by_orth``), found among the objects it
    refers to: it is the only preshed table a ``Vocab`` holds."""
    tables = [obj for obj in gc.get_referents(vocab) if type(obj) is PreshMap]
    return tables[0] if len(tables) == 1 else None


def drop_deleted_cells(vocab) -> int:
    """Rebuild the lexeme and string tables of ``vocab`` that deleted cells have half
    filled; the number rebuilt. Only outside a memory zone."""
    if vocab.in_memory_zone:
        return 0
    rebuilt = 0
    strings = vocab.strings
    if _needs_rebuild(strings._map):
        strings._map = _compacted(strings._map)
        rebuilt += 1
    lexemes = lexeme_table(vocab)
    if lexemes is not None and _needs_rebuild(lexemes):
        rebuilt += _swap_field(vocab, lexemes, _compacted(lexemes))
    return rebuilt
