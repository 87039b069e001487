"""The vocabularies an office extends itself (unit kinds, problem categories, problem sources):
the built-in entries and the office's own, which it adds, renames and retires.

An added entry is stored by the name it was first given, which stays its key in the records;
a rename changes only the name shown and printed. A retired entry is no longer offered for
new records but stays valid for the records (and the old ledgers) that use it. The built-in
entries can be renamed and retired the same way (a term row under the built-in key).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import i18n
from ..db.engine import Database
from ..errors import QT_TRANSLATE_NOOP, DudaoError
from ..model import VocabularyTerm
from ..model.vocab import (
    PROBLEM_CATEGORIES,
    PROBLEM_SOURCE_NAMES,
    PROBLEM_SOURCES,
    UNIT_KIND_GROUPS,
    UNIT_KIND_NAMES,
    UNIT_KINDS,
    USCC_CLASS_KINDS,
)

UNIT_KIND = "unit_kind"
PROBLEM_CATEGORY = "problem_category"
PROBLEM_SOURCE = "problem_source"
#: Every extendable vocabulary: its built-in entries (key -> English label, ``Vocab`` context).
EXTENDABLE: dict[str, Mapping[str, str]] = {
    PROBLEM_CATEGORY: PROBLEM_CATEGORIES,
    PROBLEM_SOURCE: PROBLEM_SOURCES,
    UNIT_KIND: UNIT_KINDS,
}
#: Further names old ledgers and rosters write for built-in entries.
OTHER_NAMES: dict[str, Mapping[str, tuple[str, ...]]] = {
    PROBLEM_SOURCE: PROBLEM_SOURCE_NAMES,
    UNIT_KIND: UNIT_KIND_NAMES,
}
#: Their names for the settings dialog and the command line.
VOCABULARY_NAMES = {
    PROBLEM_CATEGORY: QT_TRANSLATE_NOOP("Vocab", "Problem categories"),
    PROBLEM_SOURCE: QT_TRANSLATE_NOOP("Vocab", "Problem sources"),
    UNIT_KIND: QT_TRANSLATE_NOOP("Vocab", "Unit kinds"),
}
NAME_LENGTH = 100


@dataclass(frozen=True)
class Term:
    """One entry as the office sees it: ``label`` is an English source string for a built-in
    entry not renamed (translate it in ``Vocab``), else the office's own name."""

    key: str
    label: str
    builtin: bool
    retired: bool
    group: str = ""


def _builtins(vocabulary: str) -> Mapping[str, str]:
    if vocabulary not in EXTENDABLE:
        raise DudaoError(
            QT_TRANSLATE_NOOP("Errors", "Unknown vocabulary '{name}'; choose one of: {choices}."),
            name=vocabulary,
            choices=", ".join(EXTENDABLE),
        )
    return EXTENDABLE[vocabulary]


def _rows(session: Session, vocabulary: str) -> dict[str, VocabularyTerm]:
    return {
        t.name: t
        for t in session.scalars(
            select(VocabularyTerm).where(
                VocabularyTerm.vocabulary == vocabulary, VocabularyTerm.deleted.is_(False)
            )
        )
    }


def terms(session: Session, vocabulary: str) -> list[Term]:
    """Every entry of ``vocabulary``, built-in first, retired ones included."""
    builtins = _builtins(vocabulary)
    rows = _rows(session, vocabulary)
    result = []
    for key, label in builtins.items():
        row = rows.get(key)
        result.append(
            Term(key, (row.label if row else "") or label, True, bool(row and row.retired))
        )
    for name, row in sorted(rows.items()):
        if name not in builtins:
            result.append(Term(name, row.label or name, False, row.retired, row.group_key))
    return result


def choices(session: Session, vocabulary: str, offered: bool = False) -> dict[str, str]:
    """key -> label of ``vocabulary``; ``offered``: only the entries offered for new records
    (not retired)."""
    return {t.key: t.label for t in terms(session, vocabulary) if not (offered and t.retired)}


def lookup(session: Session, vocabulary: str) -> dict[str, str]:
    """The key of every entry by what a ledger may write for it (casefolded): its key, its
    name now, its built-in English and Chinese label, and the names offices write for a
    unit kind or a source."""
    found: dict[str, str] = {}
    builtins = _builtins(vocabulary)
    for term in terms(session, vocabulary):
        texts = [term.key, term.label]
        if term.builtin:
            label = builtins[term.key]
            texts += [
                label,
                i18n.translate("Vocab", label),
                i18n.translate("Vocab", label, "zh_CN"),
            ]
            texts += OTHER_NAMES.get(vocabulary, {}).get(term.key, ())
        for text in texts:
            found.setdefault(text.strip().casefold(), term.key)
    return found


def added_terms(session: Session, vocabulary: str) -> dict[str, str]:
    """The office's own terms of ``vocabulary`` (retired ones too): name -> group."""
    builtins = EXTENDABLE.get(vocabulary, {})
    return {
        name: row.group_key
        for name, row in _rows(session, vocabulary).items()
        if name not in builtins
    }


def _check_name(session: Session, vocabulary: str, name: str, key: str = "") -> str:
    name = name.strip()
    if not name:
        raise DudaoError(QT_TRANSLATE_NOOP("Errors", "Give the name of the entry."))
    if len(name) > NAME_LENGTH:
        raise DudaoError(
            QT_TRANSLATE_NOOP("Errors", "The name is longer than {limit} characters."),
            limit=NAME_LENGTH,
        )
    taken = lookup(session, vocabulary).get(name.casefold())
    if taken is not None and taken != key:
        raise DudaoError(
            QT_TRANSLATE_NOOP(
                "Errors", "'{name}' is already an entry of {vocabulary}; choose another name."
            ),
            name=name,
            vocabulary=i18n.translate("Vocab", VOCABULARY_NAMES[vocabulary]),
        )
    return name


def add_term(session: Session, vocabulary: str, name: str, group: str = "") -> str:
    """Add an entry of the office's own (nothing happens when it is there already, under
    any of its names); returns its key."""
    known = lookup(session, vocabulary).get(name.strip().casefold())
    if known is not None:
        return known
    name = _check_name(session, vocabulary, name)
    session.add(VocabularyTerm(vocabulary=vocabulary, name=name, group_key=group))
    return name


def _row_for(session: Session, vocabulary: str, key: str) -> VocabularyTerm:
    """The term row of entry ``key`` (made for a built-in entry on its first change)."""
    row = _rows(session, vocabulary).get(key)
    if row is not None:
        return row
    if key not in _builtins(vocabulary):
        raise DudaoError(
            QT_TRANSLATE_NOOP("Errors", "'{name}' is not an entry of {vocabulary}."),
            name=key,
            vocabulary=i18n.translate("Vocab", VOCABULARY_NAMES[vocabulary]),
        )
    row = VocabularyTerm(vocabulary=vocabulary, name=key, group_key="")
    session.add(row)
    return row


def key_of(session: Session, vocabulary: str, name: str) -> str:
    """The key of the entry called ``name`` (any of its names), or a clear error."""
    key = lookup(session, vocabulary).get(name.strip().casefold())
    if key is None:
        raise DudaoError(
            QT_TRANSLATE_NOOP("Errors", "'{name}' is not an entry of {vocabulary}."),
            name=name,
            vocabulary=i18n.translate("Vocab", VOCABULARY_NAMES[vocabulary]),
        )
    return key


def rename_term(database: Database, vocabulary: str, key: str, name: str) -> None:
    """Give entry ``key`` a new name (the records keep its key and show the new name)."""
    with database.session() as s:
        key = key_of(s, vocabulary, key)
        name = _check_name(s, vocabulary, name, key)
        _row_for(s, vocabulary, key).label = "" if name == key else name


def retire_term(database: Database, vocabulary: str, key: str, retired: bool = True) -> None:
    """Retire entry ``key`` (no longer offered; its records keep it), or bring it back."""
    with database.session() as s:
        key = key_of(s, vocabulary, key)
        if retired and sum(1 for t in terms(s, vocabulary) if not t.retired and t.key != key) == 0:
            raise DudaoError(
                QT_TRANSLATE_NOOP("Errors", "Keep at least one entry of the vocabulary in use.")
            )
        _row_for(s, vocabulary, key).retired = retired


def add_entry(database: Database, vocabulary: str, name: str) -> str:
    """Add an entry of the office's own (see :func:`add_term`); an entry of that name that
    was retired is brought back."""
    with database.session() as s:
        key = lookup(s, vocabulary).get(name.strip().casefold())
        if key is not None:
            row = _rows(s, vocabulary).get(key)
            if row is not None and row.retired:
                row.retired = False
                return key
            raise DudaoError(
                QT_TRANSLATE_NOOP(
                    "Errors", "'{name}' is already an entry of {vocabulary}; choose another name."
                ),
                name=name.strip(),
                vocabulary=i18n.translate("Vocab", VOCABULARY_NAMES[vocabulary]),
            )
        return add_term(s, vocabulary, name)


def labels(database: Database, vocabulary: str, offered: bool = False) -> dict[str, str]:
    """key -> label of ``vocabulary`` (see :func:`choices`) for a screen's choice lists."""
    with database.Session() as s:
        return choices(s, vocabulary, offered)


def list_terms(database: Database, vocabulary: str) -> list[Term]:
    with database.Session() as s:
        return terms(s, vocabulary)


def kind_label(kind: str) -> str:
    """The Chinese name of a unit kind (built-in or added), as documents print it."""
    names = UNIT_KIND_NAMES.get(kind)
    return names[0] if names else kind


def suggested_group(uscc: str) -> str:
    """The kind group a new kind probably belongs to, from a unit's USCC class."""
    kind = USCC_CLASS_KINDS.get(uscc[:2], "")
    for group in ("agency", "institution", "township"):
        if kind in UNIT_KIND_GROUPS[group]:
            return group
    return ""


def unit_kinds(session: Session) -> dict[str, str]:
    """Every kind a unit may have: key -> English label (built-in) or name (added)."""
    kinds = dict(UNIT_KINDS)
    kinds.update({name: name for name in added_terms(session, UNIT_KIND)})
    return kinds
