"""Qt only: the main window, one module per tab, table models, dialogs and workers.

Widgets call services (``dudao_desktop.services``) and never build SQL themselves. Layouts come
from ``forms/*.ui`` compiled into ``ui/forms/ui_*.py`` by ``python tools/build_forms.py``.
"""
