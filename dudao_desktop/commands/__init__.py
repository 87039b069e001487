"""Sub-commands of ``dudao``, one module per capability; each exposes ``register``."""

from . import base, evidence, package, report
from . import campaign
from . import roster
from . import ledger, printing  # printing builds `dudao print` from every registered target

COMMAND_MODULES = [base, evidence, package, report]
COMMAND_MODULES += [campaign]
COMMAND_MODULES += [roster]
COMMAND_MODULES += [ledger, printing]
