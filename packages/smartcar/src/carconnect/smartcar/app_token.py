"""v3 application tokens: core's client-credentials token source, under the names Smartcar users know."""

from __future__ import annotations

from carconnect.core import ClientCredentialsIssuer as AppTokenIssuer
from carconnect.core import ClientCredentialsSource as AppTokenSource

__all__ = ["AppTokenIssuer", "AppTokenSource"]
