"""Hybrid logical clock: stamps that order events across installations.

A stamp is a string ``WWWWWWWWWWWWWWW.CCCCCC.<installation id>``: wall milliseconds and a
counter, zero-padded so that comparing strings compares stamps, and the installation id last
so equal times break ties deterministically (greater HLC, then installation id).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Stamp:
    wall: int
    counter: int
    node: str

    def __str__(self) -> str:
        return f"{self.wall:015d}.{self.counter:06d}.{self.node}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        wall, counter, node = text.split(".", 2)
        return cls(int(wall), int(counter), node)


class HybridClock:
    """Issues strictly increasing stamps even when the wall clock goes backwards."""

    def __init__(self, node: str, last: str = "", wall_ms: Callable[[], int] | None = None):
        self.node = node
        self._wall_ms = wall_ms or (lambda: time.time_ns() // 1_000_000)
        self._lock = threading.Lock()
        self._wall, self._counter = 0, 0
        if last:
            self.observe(last)

    def now(self) -> str:
        with self._lock:
            physical = self._wall_ms()
            if physical > self._wall:
                self._wall, self._counter = physical, 0
            else:
                self._counter += 1
            return str(Stamp(self._wall, self._counter, self.node))

    def observe(self, remote: str) -> None:
        """Move past a stamp seen from elsewhere, so later local stamps sort after it."""
        stamp = Stamp.parse(remote)
        with self._lock:
            if (stamp.wall, stamp.counter) > (self._wall, self._counter):
                self._wall, self._counter = stamp.wall, stamp.counter
