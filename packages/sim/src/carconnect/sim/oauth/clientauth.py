"""Client authentication at token-type endpoints: HTTP Basic, form body, or none (public clients)."""

from __future__ import annotations

import base64
import binascii
import secrets
from collections.abc import Mapping
from urllib.parse import unquote

from ..errors import OAuthFailure
from ..profiles.base import AuthServer, DemoClient


def _invalid_client(description: str, *, basic: bool) -> OAuthFailure:
    headers = {"WWW-Authenticate": 'Basic realm="carconnect-sim"'} if basic else {}
    return OAuthFailure("invalid_client", description, status_code=401, headers=headers)


def _basic_credentials(header: str) -> tuple[str, str] | None:
    scheme, _, encoded = header.partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        decoded = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    client_id, separator, secret = decoded.partition(":")
    if not separator:
        return None
    return unquote(client_id), unquote(secret)


def authenticate_client(server: AuthServer, headers: Mapping[str, str], params: Mapping[str, str]) -> DemoClient:
    """The registered client making this request, or an ``invalid_client`` failure."""
    header = headers.get("authorization")
    if header is not None:
        credentials = _basic_credentials(header)
        if credentials is None:
            raise _invalid_client("malformed Authorization header", basic=True)
        if "client_secret_basic" not in server.client_auth:
            raise _invalid_client("this server does not accept HTTP Basic client authentication", basic=True)
        if "client_secret" in params:
            raise OAuthFailure("invalid_request", "use only one client authentication method")
        basic_id, basic_secret = credentials
        body_id = params.get("client_id")
        if body_id is not None and body_id != basic_id:
            raise _invalid_client("client_id does not match the authenticated client", basic=True)
        return _check_secret(server, basic_id, basic_secret, basic=True)
    client_id = params.get("client_id")
    if not client_id:
        raise _invalid_client("client authentication failed: no client_id", basic=False)
    posted_secret = params.get("client_secret")
    if posted_secret is not None:
        if "client_secret_post" not in server.client_auth:
            raise _invalid_client("this server does not accept client_secret in the body", basic=False)
        return _check_secret(server, client_id, posted_secret, basic=False)
    client = server.client(client_id)
    if client is None:
        raise _invalid_client("unknown client", basic=False)
    if client.confidential or "none" not in server.client_auth:
        raise _invalid_client("client authentication failed: no client secret", basic=False)
    return client


def _check_secret(server: AuthServer, client_id: str, secret: str, *, basic: bool) -> DemoClient:
    client = server.client(client_id)
    if client is None:
        raise _invalid_client("unknown client", basic=basic)
    if client.client_secret is None or not secrets.compare_digest(client.client_secret, secret):
        raise _invalid_client("client authentication failed: wrong client secret", basic=basic)
    return client
