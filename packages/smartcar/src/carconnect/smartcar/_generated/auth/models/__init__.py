"""Contains all the data models used in inputs/outputs (each loaded on first use)"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .access_token import AccessToken
    from .app_grant_type import AppGrantType
    from .app_token import AppToken
    from .app_token_request import AppTokenRequest
    from .approval_prompt import ApprovalPrompt
    from .authorize_response_type import AuthorizeResponseType
    from .connect_mode import ConnectMode
    from .grant_type import GrantType
    from .oauth_error import OAuthError
    from .oauth_error_code import OAuthErrorCode
    from .reauthenticate_response_type import ReauthenticateResponseType
    from .token_request import TokenRequest
    from .token_type import TokenType
else:
    import importlib

    _MODULES = {
        "AccessToken": ".access_token",
        "AppGrantType": ".app_grant_type",
        "AppToken": ".app_token",
        "AppTokenRequest": ".app_token_request",
        "ApprovalPrompt": ".approval_prompt",
        "AuthorizeResponseType": ".authorize_response_type",
        "ConnectMode": ".connect_mode",
        "GrantType": ".grant_type",
        "OAuthError": ".oauth_error",
        "OAuthErrorCode": ".oauth_error_code",
        "ReauthenticateResponseType": ".reauthenticate_response_type",
        "TokenRequest": ".token_request",
        "TokenType": ".token_type",
    }

    def __getattr__(name: str) -> object:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(__all__)


__all__ = (
    "AccessToken",
    "AppGrantType",
    "AppToken",
    "AppTokenRequest",
    "ApprovalPrompt",
    "AuthorizeResponseType",
    "ConnectMode",
    "GrantType",
    "OAuthError",
    "OAuthErrorCode",
    "ReauthenticateResponseType",
    "TokenRequest",
    "TokenType",
)
