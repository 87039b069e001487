"""Sub-commands of ``dudao``, one module per capability; each exposes ``register``.

``printing`` comes last: it builds ``dudao print`` from the targets the others registered.
"""

from . import (
    base,
    campaign,
    documents,
    enrol,
    evidence,
    ledger,
    package,
    printing,
    report,
    roster,
    users,
    vocabulary,
)

COMMAND_MODULES = [
    base,
    evidence,
    package,
    enrol,
    report,
    campaign,
    roster,
    ledger,
    users,
    vocabulary,
    documents,
    printing,
]
