"""``python -m dudao_desktop`` starts the GUI."""

import sys

from .app import main

sys.exit(main())
