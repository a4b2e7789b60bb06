"""Token-store failures keep their reason: the save of a refreshed token that kept failing says why
(WARNING and error), a Redis error reply carries Redis's text, and credentials Redis refused are a
TokenStoreError that is not "retry later" and never shows the URL (FakeClock)."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest
import redis

from carconnect.core import FakeClock, MemoryTokenStore, Token, TokenManager, TransportError
from carconnect.core.shared.connection import translated
from carconnect.core.stores import TokenStoreError


class FullStore(MemoryTokenStore):
    def save(self, token: Token) -> None:
        raise TokenStoreError("cannot write token file /data/volvo.json: File too large")


class Refresher:
    def refresh(self, token: Token) -> Token:
        return Token("at-1", "rt-1", expires_at=token.expires_at and token.expires_at + timedelta(hours=1))

    async def arefresh(self, token: Token) -> Token:
        return self.refresh(token)


def test_a_save_that_kept_failing_says_why(caplog: pytest.LogCaptureFixture) -> None:
    clock = FakeClock()
    store = FullStore(Token("at-0", "rt-0", expires_at=clock.now()), label="file volvo.json")
    manager = TokenManager(store, Refresher(), clock=clock, save_retry_for=1)
    with caplog.at_level(logging.WARNING, logger="carconnect"), pytest.raises(TokenStoreError) as raised:
        manager.get_access_token()
    assert "File too large" in str(raised.value)
    assert any("File too large" in record.getMessage() for record in caplog.records)


def test_credentials_redis_refused_are_not_a_retry_later_and_hide_the_url() -> None:
    for refusal in (
        redis.exceptions.AuthenticationError("invalid username-password pair or user is disabled."),
        redis.exceptions.AuthorizationError("NOPERM this user has no permissions"),
    ):
        with pytest.raises(TokenStoreError) as raised, translated("loading token 'u'"):
            raise refusal
        assert not isinstance(raised.value, TransportError)
        assert "refused the credentials in the URL" in str(raised.value)
        assert "redis://" not in str(raised.value)


def test_a_redis_error_reply_keeps_its_text() -> None:
    with pytest.raises(TokenStoreError) as raised, translated("saving token 'u'"):
        raise redis.exceptions.ResponseError("OOM command not allowed when used memory > 'maxmemory'.")
    assert "OOM command not allowed" in str(raised.value)
