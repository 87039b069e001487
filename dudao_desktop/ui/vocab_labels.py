"""Vocabulary labels (``model.vocab``) marked for translation in the ``Vocab`` context.

``model/vocab.py`` keeps plain English labels so it imports no Qt and no marker; this module
repeats them inside ``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` collects them, and
:func:`label` shows a stored key translated.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

VOCAB = "Vocab"

MARKED = (
    # UNIT_KINDS, UNIT_KIND_GROUP_LABELS
    QT_TRANSLATE_NOOP("Vocab", "Party committee department"),
    QT_TRANSLATE_NOOP("Vocab", "Government department"),
    QT_TRANSLATE_NOOP("Vocab", "People's congress organ"),
    QT_TRANSLATE_NOOP("Vocab", "CPPCC organ"),
    QT_TRANSLATE_NOOP("Vocab", "Judicial organ (court)"),
    QT_TRANSLATE_NOOP("Vocab", "Procuratorial organ"),
    QT_TRANSLATE_NOOP("Vocab", "Mass organisation organ"),
    QT_TRANSLATE_NOOP("Vocab", "Institution managed under the Civil Servant Law"),
    QT_TRANSLATE_NOOP("Vocab", "Public-welfare institution, class one"),
    QT_TRANSLATE_NOOP("Vocab", "Public-welfare institution, class two"),
    QT_TRANSLATE_NOOP("Vocab", "Production and business institution"),
    QT_TRANSLATE_NOOP("Vocab", "Town or sub-district"),
    QT_TRANSLATE_NOOP("Vocab", "Agency (kind not specified)"),
    QT_TRANSLATE_NOOP("Vocab", "Public institution (kind not specified)"),
    QT_TRANSLATE_NOOP("Vocab", "Other"),
    QT_TRANSLATE_NOOP("Vocab", "Administrative organs (party and government departments)"),
    QT_TRANSLATE_NOOP("Vocab", "All agencies"),
    QT_TRANSLATE_NOOP("Vocab", "All public institutions"),
    QT_TRANSLATE_NOOP("Vocab", "Towns and sub-districts"),
    # UNIT_LEVELS, FUNDING_FORMS, UNIT_STATUSES
    QT_TRANSLATE_NOOP("Vocab", "Division level"),
    QT_TRANSLATE_NOOP("Vocab", "Deputy division level"),
    QT_TRANSLATE_NOOP("Vocab", "Section level"),
    QT_TRANSLATE_NOOP("Vocab", "Deputy section level"),
    QT_TRANSLATE_NOOP("Vocab", "Sub-section level"),
    QT_TRANSLATE_NOOP("Vocab", "Fully funded by the budget"),
    QT_TRANSLATE_NOOP("Vocab", "Partly funded by the budget"),
    QT_TRANSLATE_NOOP("Vocab", "Self-financing"),
    QT_TRANSLATE_NOOP("Vocab", "Active"),
    QT_TRANSLATE_NOOP("Vocab", "Revoked"),
    QT_TRANSLATE_NOOP("Vocab", "Deregistered"),
    QT_TRANSLATE_NOOP("Vocab", "Transferred"),
    # EXPERTISE / LINES_OF_WORK
    QT_TRANSLATE_NOOP("Vocab", "Delegation-regulation-service reform"),
    QT_TRANSLATE_NOOP("Vocab", "Administrative system reform"),
    QT_TRANSLATE_NOOP("Vocab", "Establishment management"),
    QT_TRANSLATE_NOOP("Vocab", "Public-institution supervision"),
    QT_TRANSLATE_NOOP("Vocab", "Daily establishment management"),
    QT_TRANSLATE_NOOP("Vocab", "Effectiveness follow-up"),
    QT_TRANSLATE_NOOP("Vocab", "Hiring over the approved establishment"),
    QT_TRANSLATE_NOOP("Vocab", "Leader posts filled over quota"),
    QT_TRANSLATE_NOOP("Vocab", "Institution set up without approval"),
    QT_TRANSLATE_NOOP("Vocab", "On the establishment but not at the post"),
    QT_TRANSLATE_NOOP("Vocab", "Setting up an institution"),
    QT_TRANSLATE_NOOP("Vocab", "Abolishing or merging"),
    QT_TRANSLATE_NOOP("Vocab", "Renaming"),
    QT_TRANSLATE_NOOP("Vocab", "Changing the rank"),
    QT_TRANSLATE_NOOP("Vocab", "Adjusting duties"),
    QT_TRANSLATE_NOOP("Vocab", "Adding or cutting establishment"),
    QT_TRANSLATE_NOOP("Vocab", "Adjusting leader posts"),
    QT_TRANSLATE_NOOP("Vocab", "Adjusting internal institutions"),
    QT_TRANSLATE_NOOP("Vocab", "Office director meeting"),
    QT_TRANSLATE_NOOP("Vocab", "Establishment committee"),
    QT_TRANSLATE_NOOP("Vocab", "Committee chair meeting"),
    QT_TRANSLATE_NOOP("Vocab", "Approved"),
    QT_TRANSLATE_NOOP("Vocab", "Not approved"),
    QT_TRANSLATE_NOOP("Vocab", "Deferred"),
    QT_TRANSLATE_NOOP("Vocab", "This supervision campaign"),
    QT_TRANSLATE_NOOP("Vocab", "Establishment evaluation"),
    QT_TRANSLATE_NOOP("Vocab", "Special supervision"),
    QT_TRANSLATE_NOOP("Vocab", "Transferred by inspection or audit"),
    QT_TRANSLATE_NOOP("Vocab", "Public report"),
    QT_TRANSLATE_NOOP("Vocab", "Admonitory talk (约谈)"),
    QT_TRANSLATE_NOOP("Vocab", "Circulated notice (通报)"),
    QT_TRANSLATE_NOOP("Vocab", "Accountability decision (问责)"),
    QT_TRANSLATE_NOOP("Vocab", "Group leader"),
    QT_TRANSLATE_NOOP("Vocab", "Group member"),
    QT_TRANSLATE_NOOP("Vocab", "Section clerk"),
    QT_TRANSLATE_NOOP("Vocab", "Office leader"),
    # PROBLEM_CATEGORIES
    QT_TRANSLATE_NOOP("Vocab", "Main duties unclear"),
    QT_TRANSLATE_NOOP("Vocab", "Internal structure not conformant"),
    QT_TRANSLATE_NOOP("Vocab", "Mixed use of establishment types or posts"),
    # STEP_LABELS
    QT_TRANSLATE_NOOP("Vocab", "Self-assessment"),
    QT_TRANSLATE_NOOP("Vocab", "On-site verification"),
    QT_TRANSLATE_NOOP("Vocab", "Overall evaluation"),
    QT_TRANSLATE_NOOP("Vocab", "Feedback and rectification"),
    QT_TRANSLATE_NOOP("Vocab", "Look-back"),
    QT_TRANSLATE_NOOP("Vocab", "Closed"),
    # PROBLEM_STATUS_LABELS
    QT_TRANSLATE_NOOP("Vocab", "Identified"),
    QT_TRANSLATE_NOOP("Vocab", "Notified"),
    QT_TRANSLATE_NOOP("Vocab", "Rectifying"),
    QT_TRANSLATE_NOOP("Vocab", "Rectified"),
    QT_TRANSLATE_NOOP("Vocab", "Verified at look-back"),
    QT_TRANSLATE_NOOP("Vocab", "Closed (销号)"),
    # PROBLEM_ACTORS
    QT_TRANSLATE_NOOP("Vocab", "Establishment office"),
    QT_TRANSLATE_NOOP("Vocab", "Unit"),
    # ESTABLISHMENT_KINDS, LEADER_POST_KINDS
    QT_TRANSLATE_NOOP("Vocab", "Administrative"),
    QT_TRANSLATE_NOOP("Vocab", "Political-legal special"),
    QT_TRANSLATE_NOOP("Vocab", "Public institution (civil-service managed)"),
    QT_TRANSLATE_NOOP("Vocab", "Public institution"),
    QT_TRANSLATE_NOOP("Vocab", "Logistics worker"),
    QT_TRANSLATE_NOOP("Vocab", "Other special"),
    QT_TRANSLATE_NOOP("Vocab", "Principal posts"),
    QT_TRANSLATE_NOOP("Vocab", "Deputy posts"),
    # Roles and campaign statuses
    QT_TRANSLATE_NOOP("Vocab", "office"),
    QT_TRANSLATE_NOOP("Vocab", "field"),
    QT_TRANSLATE_NOOP("Vocab", "planning"),
    QT_TRANSLATE_NOOP("Vocab", "active"),
    QT_TRANSLATE_NOOP("Vocab", "archived"),
    QT_TRANSLATE_NOOP("Vocab", "Yes"),
    # UNIT_FLAGS, CAMPAIGN_FOCUS, FIGURE_FINDINGS, FIGURE_CHECK_STATUSES
    QT_TRANSLATE_NOOP("Vocab", "In a current reform"),
    QT_TRANSLATE_NOOP("Vocab", "School sector"),
    QT_TRANSLATE_NOOP("Vocab", "Hospital sector"),
    QT_TRANSLATE_NOOP("Vocab", "Town or sub-district level"),
    QT_TRANSLATE_NOOP("Vocab", "Establishment discipline"),
    QT_TRANSLATE_NOOP("Vocab", "Use of establishment"),
    QT_TRANSLATE_NOOP("Vocab", "Classification of public institutions"),
    QT_TRANSLATE_NOOP("Vocab", "Reforms under way"),
    QT_TRANSLATE_NOOP("Vocab", "Staff over establishment (超编)"),
    QT_TRANSLATE_NOOP("Vocab", "Leader posts over quota (超职数)"),
    QT_TRANSLATE_NOOP("Vocab", "Internal bodies over the approved number (超内设机构)"),
    QT_TRANSLATE_NOOP("Vocab", "Figures inconsistent with the office's data (数据不一致)"),
    QT_TRANSLATE_NOOP("Vocab", "Suggested"),
    QT_TRANSLATE_NOOP("Vocab", "Confirmed"),
    QT_TRANSLATE_NOOP("Vocab", "Dismissed"),
)


def translate(text: str) -> str:
    return QCoreApplication.translate(VOCAB, text)


def label(labels: Mapping[str, str], key: str) -> str:
    """The translated label of ``key`` in a vocabulary, or the key itself."""
    text = labels.get(key)
    return translate(text) if text else key
