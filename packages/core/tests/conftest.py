"""Shared helpers for core's tests: a fake clock and OAuth configs pointed at a mocked server."""

from __future__ import annotations

import pytest

from carconnect.core import FakeClock
from carconnect.core.oauth import OAuthConfig

AUTH = "https://login.example.test"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def config() -> OAuthConfig:
    return OAuthConfig(
        client_id="client-1",
        client_secret="s3cret-value",
        authorize_url=f"{AUTH}/authorize",
        token_url=f"{AUTH}/token",
        device_authorization_url=f"{AUTH}/device",
        revocation_url=f"{AUTH}/revoke",
        redirect_uri="http://127.0.0.1:8765/callback",
        scopes=("read", "write"),
    )
