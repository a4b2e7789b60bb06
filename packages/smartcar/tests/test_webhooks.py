"""Webhook helpers: constant-time signature check on raw bytes, challenge answer, typed payloads."""

from __future__ import annotations

import hashlib
import hmac
import json

import pytest

from carconnect.core import ResponseParseError
from carconnect.smartcar import challenge_of, challenge_response, parse_webhook, verify_signature
from carconnect.smartcar.models import WebhookEvent
from carconnect.smartcar.models import v3 as models

AMT = "amt-secret"
BODY = b'{"eventType": "VEHICLE_STATE",  "data": {"user": {"id": "u"}, "vehicle": {"id": "v"}, "signals": []}}'


def signature(body: bytes, key: str = AMT) -> str:
    return hmac.new(key.encode(), body, hashlib.sha256).hexdigest()


def test_signature_is_checked_on_the_raw_bytes() -> None:
    assert verify_signature(BODY, signature(BODY), AMT)
    assert verify_signature(BODY, f" {signature(BODY).upper()} ", AMT)
    reserialised = json.dumps(json.loads(BODY)).encode()
    assert not verify_signature(reserialised, signature(BODY), AMT), "whitespace matters: never re-serialise"
    assert not verify_signature(BODY, signature(BODY, "other"), AMT)
    assert not verify_signature(BODY, None, AMT)
    assert not verify_signature(BODY, "", AMT)
    assert not verify_signature(BODY, "é" * 64, AMT)
    assert not verify_signature(BODY, signature(BODY), "")


def test_challenge_answer() -> None:
    expected = hmac.new(AMT.encode(), b"any-abcd", hashlib.sha256).hexdigest()
    assert challenge_response("any-abcd", AMT) == {"challenge": expected}


def test_payloads_parse_into_their_models() -> None:
    state = parse_webhook(BODY)
    assert isinstance(state, models.VehicleStateEvent)
    assert state.data.vehicle.id == "v"
    verify = parse_webhook({"eventType": "VERIFY", "data": {"challenge": "c4"}, "meta": {"version": "4.0"}})
    assert isinstance(verify, models.VerifyEvent)
    assert challenge_of(verify) == "c4"
    error = parse_webhook(
        '{"eventType": "VEHICLE_ERROR", "data": {"user": {"id": "u"}, "vehicle": {"id": "v"},'
        ' "errors": [{"type": "PERMISSION", "signals": ["Odometer.TraveledDistance"]}]}}'
    )
    assert isinstance(error, models.VehicleErrorEvent)
    assert challenge_of(error) is None
    old = parse_webhook({"version": "2.0", "webhookId": "w", "eventName": "verify", "payload": {"challenge": "c2"}})
    assert isinstance(old, WebhookEvent)
    assert challenge_of(old) == "c2"


@pytest.mark.parametrize(
    "body",
    [b"not json", b"[1, 2]", b'{"eventType": "SOMETHING_NEW"}', b'{"eventType": "VERIFY", "data": {}}'],
    ids=["not-json", "not-object", "unknown-event", "invalid-verify"],
)
def test_bad_payloads_raise_parse_errors(body: bytes) -> None:
    with pytest.raises(ResponseParseError):
        parse_webhook(body)


@pytest.mark.parametrize("challenge", ['{"eventType": "VEHICLE_STATE"}', "a" * 257, "two words", "", "1\n"])
def test_only_a_short_token_challenge_is_answered(challenge: str) -> None:
    # the answer is the MAC of the challenge's text: answering a delivery's body would sign it
    with pytest.raises(ResponseParseError, match="not a short token"):
        challenge_response(challenge, AMT)


def test_a_body_nested_deeper_than_the_parser_goes_is_not_json() -> None:
    with pytest.raises(ResponseParseError, match="not JSON"):
        parse_webhook("[" * 100_000 + "]" * 100_000)
