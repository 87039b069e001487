"""Sub-commands of ``dudao``, one module per capability; each exposes ``register``."""

from . import base

COMMAND_MODULES = [base]
