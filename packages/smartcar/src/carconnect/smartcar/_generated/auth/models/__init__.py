"""Contains all the data models used in inputs/outputs"""

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
