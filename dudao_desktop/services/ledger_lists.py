"""The list views of the ledgers, each built from its declared columns
(:mod:`.ledger_columns`) with the filters its tab offers. No Qt here."""

from __future__ import annotations

from typing import Any

from ..db.engine import Database
from ..model import BlacklistEntry, EstablishmentSnapshot, Unit, UnitWarning
from .ledger_columns import ARCHIVE, BLACKLIST, PROBLEMS, SNAPSHOTS, SUGGESTIONS, WARNINGS
from .ledger_listing import LedgerListing


class ProblemListing(LedgerListing):
    """The problems, optionally of one status (the plain paged listing; the rectification
    tab uses :class:`.problem_listing.ProblemLedgerListing` for its filters)."""

    ledger = PROBLEMS

    def __init__(self, database: Database, status: str | None = None) -> None:
        super().__init__(database)
        self.status = status

    def conditions(self) -> list[Any]:
        from ..model import Problem

        return [Problem.status == self.status] if self.status else []


class SuggestionListing(LedgerListing):
    ledger = SUGGESTIONS


class SnapshotListing(LedgerListing):
    ledger = SNAPSHOTS

    def __init__(self, database: Database, unit_id: str | None = None) -> None:
        super().__init__(database)
        self.unit_id = unit_id

    def search_exprs(self) -> list[Any]:
        return [Unit.name, Unit.uscc, EstablishmentSnapshot.month]

    def conditions(self) -> list[Any]:
        return [EstablishmentSnapshot.unit_id == self.unit_id] if self.unit_id else []


class WarningListing(LedgerListing):
    ledger = WARNINGS

    def __init__(self, database: Database, open_only: bool = False) -> None:
        super().__init__(database)
        self.open_only = open_only  # neither acknowledged nor cleared (the dashboard figure)

    def conditions(self) -> list[Any]:
        if self.open_only:
            return [UnitWarning.acknowledged.is_(False), UnitWarning.cleared_on.is_(None)]
        return []


class BlacklistListing(LedgerListing):
    ledger = BLACKLIST

    def __init__(self, database: Database, current_only: bool = False) -> None:
        super().__init__(database)
        self.current_only = current_only  # not removed yet (the dashboard figure)

    def conditions(self) -> list[Any]:
        return [BlacklistEntry.removed_on.is_(None)] if self.current_only else []


class ArchiveListing(LedgerListing):
    """The electronic establishment archive: every unit's current figures."""

    ledger = ARCHIVE

    def __init__(self, database: Database, department_id: str | None = None) -> None:
        super().__init__(database)
        self.department_id = department_id

    def conditions(self) -> list[Any]:
        return [Unit.department_id == self.department_id] if self.department_id else []


class UnitHistoryListing(SnapshotListing):
    """One unit's monthly snapshots (the archive's history); none until a unit is chosen.
    The unit is the one chosen, so its column is left out."""

    def __init__(self, database: Database, unit_id: str | None = None) -> None:
        super().__init__(database, unit_id)
        self.columns = tuple(c for c in self.columns if c.key != "unit")
        self.default_sort = 0

    def conditions(self) -> list[Any]:
        return [EstablishmentSnapshot.unit_id == (self.unit_id or "")]
