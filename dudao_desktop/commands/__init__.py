"""Sub-commands of ``dudao``, one module per capability; each exposes ``register``.

``printing`` comes last: it builds ``dudao print`` from the targets the others registered.
"""

from . import base, campaign, documents, evidence, ledger, package, printing, report, roster

COMMAND_MODULES = [base, evidence, package, report, campaign, roster, ledger, documents, printing]
