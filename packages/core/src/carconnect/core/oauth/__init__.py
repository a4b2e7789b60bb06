"""OAuth 2.0 for every brand: authorization code + PKCE, device grant, refresh, client credentials."""

from typing import TYPE_CHECKING

from ..scopes import scope_names
from .client import OAuthClient
from .config import ClientAuthMethod, OAuthConfig
from .flows import AuthorizationRequest, DeviceAuthorization, DevicePollStatus, parse_callback
from .pkce import code_challenge, new_code_verifier, new_state, same_secret

if TYPE_CHECKING:
    from .redirect import LoopbackReceiver, read_pasted_redirect
else:  # a local HTTP server: loaded when used
    from ..lazy import reexport

    __getattr__, __dir__ = reexport(globals(), "carconnect.core.oauth.redirect")


__all__ = [
    "AuthorizationRequest",
    "ClientAuthMethod",
    "DeviceAuthorization",
    "DevicePollStatus",
    "LoopbackReceiver",
    "OAuthClient",
    "OAuthConfig",
    "code_challenge",
    "new_code_verifier",
    "new_state",
    "parse_callback",
    "read_pasted_redirect",
    "same_secret",
    "scope_names",
]
