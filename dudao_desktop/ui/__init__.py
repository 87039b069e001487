"""Qt only: the main window, one module per tab, table models, dialogs and workers.

Widgets call services (``dudao_desktop.services``) and never build SQL themselves. Layouts come
from ``forms/*.ui`` compiled into ``ui/forms/ui_*.py`` by ``python tools/build_forms.py``.
"""

from .none_guard import install as _install_none_guard

NONE_GUARD_INSTALLED = _install_none_guard()  # PySide6 6.12.0 on Python 3.11: see none_guard
