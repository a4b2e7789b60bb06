"""The run's certificate authority, as the orchestrator hands it to ``https`` contestants (standard library only)."""

from __future__ import annotations

import os
import ssl

CA_VARIABLE = "CARCONNECT_BENCH_CA"
"""The CA file; set by the orchestrator for ``https`` contestants only."""


def ssl_context() -> ssl.SSLContext | None:
    """A context trusting the run's CA (``None`` on plain HTTP)."""
    path = os.environ.get(CA_VARIABLE)
    return ssl.create_default_context(cafile=path) if path else None
