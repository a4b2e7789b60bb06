"""``python -m carconnect.sim``."""

from __future__ import annotations

import sys

from .cli import MODULE_PROG, main

sys.exit(main(prog=MODULE_PROG))
