"""``python -m symms`` is the ``symms`` command."""
import sys

from .cli import main

sys.exit(main())
