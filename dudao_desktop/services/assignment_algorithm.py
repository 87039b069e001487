"""Balanced assignment of units to inspection groups, as a pure function.

:func:`balance_units` spreads blocks of units (one block per supervising department) over
the groups so that every group gets about the same number of units:

* a department stays in one group, unless it alone has more units than the average load
  (all units, already assigned ones included, divided by the number of groups); such a
  department is split into the fewest nearly equal consecutive parts no larger than the
  average;
* the parts are placed largest first, each on the least-loaded group (ties: the earlier
  group) none of whose members must avoid one of its units;
* a part no group can take whole is placed unit by unit; a unit every group must avoid
  raises :class:`NoGroupFits`.

No database, no randomness: the same input always gives the same assignment.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence


class NoGroupFits(Exception):
    """In every group somebody must avoid ``unit_id``."""

    def __init__(self, unit_id: str) -> None:
        super().__init__(unit_id)
        self.unit_id = unit_id


def average_load(blocks: Sequence[Sequence[str]], groups: int, preloads: int = 0) -> int:
    total = sum(len(b) for b in blocks) + preloads
    return max(1, math.ceil(total / max(groups, 1)))


def split_block(units: Sequence[str], limit: int) -> list[list[str]]:
    """``units`` whole when they fit ``limit``, else the fewest nearly equal parts that do."""
    if len(units) <= limit:
        return [list(units)]
    parts = math.ceil(len(units) / limit)
    size, extra = divmod(len(units), parts)
    out, start = [], 0
    for index in range(parts):
        end = start + size + (1 if index < extra else 0)
        out.append(list(units[start:end]))
        start = end
    return out


def balance_units(
    blocks: Sequence[Sequence[str]],
    groups: Sequence[str],
    avoided_by: Mapping[str, set[str]] | None = None,
    loads: Mapping[str, int] | None = None,
) -> dict[str, list[str]]:
    """group key -> the unit ids placed on it (in placing order).

    ``blocks``: the units of each department, in the order they should be visited;
    ``groups``: group keys in order; ``avoided_by``: group key -> unit ids somebody in the
    group must avoid; ``loads``: units the groups already have.
    """
    if not groups:
        raise ValueError("no groups to assign units to")
    avoided = {g: set((avoided_by or {}).get(g, ())) for g in groups}
    load = {g: int((loads or {}).get(g, 0)) for g in groups}
    rank = {g: i for i, g in enumerate(groups)}
    limit = average_load(blocks, len(groups), sum(load.values()))
    pieces = [
        (index, part)
        for index, block in enumerate(blocks)
        if block
        for part in split_block(block, limit)
    ]
    pieces.sort(key=lambda p: (-len(p[1]), p[0]))
    placed: dict[str, list[str]] = {g: [] for g in groups}

    def lightest(candidates: list[str]) -> str:
        return min(candidates, key=lambda g: (load[g], rank[g]))

    for _index, part in pieces:
        fits = [g for g in groups if not any(u in avoided[g] for u in part)]
        if fits:
            target = lightest(fits)
            placed[target].extend(part)
            load[target] += len(part)
            continue
        for unit in part:
            fits = [g for g in groups if unit not in avoided[g]]
            if not fits:
                raise NoGroupFits(unit)
            target = lightest(fits)
            placed[target].append(unit)
            load[target] += 1
    return placed
