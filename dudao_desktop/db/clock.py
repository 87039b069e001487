"""Hybrid logical clock: stamps that order events across installations.

A stamp is the text ``WWWWWWWWWWWWWWW.CCCCCC.<installation id>``: wall milliseconds (exactly
15 digits) and a counter (exactly 6 digits), then the installation id so equal times break
ties deterministically (greater HLC, then installation id). Stamps are parsed strictly
(:func:`stamp_key`), ASCII digits only; because every stored or merged stamp passed that
check, its fixed width keeps the order of the text the order of the numbers, so SQL
``max()`` and ``>`` and Python's string comparison order stamps correctly.

Two bounds keep one wrong clock from hurting everyone: the counter never wraps (at its
maximum the stamp moves on to the next millisecond), and a stamp seen from elsewhere moves
this clock at most ``MAX_AHEAD_MS`` past the local wall clock, so a laptop set to 2099 cannot
drag every installation to 2099 (the importer refuses such packages: ``ahead_ms``).
"""

from __future__ import annotations

import functools
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

WALL_DIGITS = 15
COUNTER_DIGITS = 6
MAX_COUNTER = 10**COUNTER_DIGITS - 1
MAX_NODE = 36
# How far ahead of this computer's clock another installation's stamps may be.
MAX_AHEAD_MS = 24 * 3600 * 1000
# [0-9], not \d: other scripts' digits would parse as numbers yet sort apart as text;
# \Z, not $: "$" also matches before a final line end.
_STAMP = re.compile(
    rf"^([0-9]{{{WALL_DIGITS}}})\.([0-9]{{{COUNTER_DIGITS}}})\.([0-9A-Za-z-]{{1,{MAX_NODE}}})\Z"
)


class BadStamp(ValueError):
    """Text that is not a well-formed stamp."""


@dataclass(frozen=True, order=True)
class Stamp:
    wall: int
    counter: int
    node: str

    def __str__(self) -> str:
        return f"{self.wall:0{WALL_DIGITS}d}.{self.counter:0{COUNTER_DIGITS}d}.{self.node}"

    @classmethod
    def parse(cls, text: object) -> Stamp:
        """The stamp of a well-formed text; raises ``BadStamp`` for anything else."""
        match = _STAMP.match(text) if isinstance(text, str) else None
        if match is None:
            raise BadStamp(f"not an HLC stamp: {str(text)[:80]!r}")
        return cls(int(match[1]), int(match[2]), match[3])


@functools.lru_cache(maxsize=1 << 16)
def stamp_key(text: str) -> tuple[int, int, str]:
    """Sort key of a stamp: numbers first, then the installation id; raises ``BadStamp``.
    Remembered for recent stamps: a merge compares each of tens of thousands of stamps
    several times (the fields of one save share it)."""
    stamp = Stamp.parse(text)
    return stamp.wall, stamp.counter, stamp.node


def wall_now_ms() -> int:
    return time.time_ns() // 1_000_000


def ahead_ms(text: str, now_ms: int | None = None) -> int:
    """How many milliseconds a stamp lies ahead of this computer's clock (0 if not)."""
    now = wall_now_ms() if now_ms is None else now_ms
    return max(stamp_key(text)[0] - now, 0)


class HybridClock:
    """Issues strictly increasing stamps even when the wall clock goes backwards."""

    def __init__(self, node: str, last: str = "", wall_ms: Callable[[], int] | None = None):
        self.node = node
        self._wall_ms = wall_ms or wall_now_ms
        self._lock = threading.Lock()
        self._wall, self._counter = 0, 0
        if last:  # this installation's own newest stamp: never issue one below it
            stamp = Stamp.parse(last)
            self._wall, self._counter = stamp.wall, stamp.counter

    def now(self) -> str:
        with self._lock:
            physical = self._wall_ms()
            if physical > self._wall:
                self._wall, self._counter = physical, 0
            elif self._counter < MAX_COUNTER:
                self._counter += 1
            else:  # never wrap: borrow the next millisecond
                self._wall, self._counter = self._wall + 1, 0
            return str(Stamp(self._wall, self._counter, self.node))

    def resume(self, stamp: str) -> None:
        """Move past a stamp this database already holds (another clerk's save on the shared
        office database): unbounded, as at start, because it was checked when it came in."""
        parsed = Stamp.parse(stamp)
        with self._lock:
            if (parsed.wall, parsed.counter) > (self._wall, self._counter):
                self._wall, self._counter = parsed.wall, parsed.counter

    def observe(self, remote: str) -> None:
        """Move past a stamp seen from elsewhere, so later local stamps sort after it, but
        never further than ``MAX_AHEAD_MS`` beyond the local wall clock."""
        stamp = Stamp.parse(remote)
        with self._lock:
            limit = self._wall_ms() + MAX_AHEAD_MS
            wall, counter = (stamp.wall, stamp.counter) if stamp.wall <= limit else (limit, 0)
            if (wall, counter) > (self._wall, self._counter):
                self._wall, self._counter = wall, counter
