"""JSON answers are decoded once per response, by orjson when installed, with the standard library's results."""

from __future__ import annotations

import gc
import json
import math
import sys
from collections.abc import Iterator

import httpx
import orjson
import pytest

from carconnect.core import jsonbody
from carconnect.core.jsonbody import json_body, peek_json
from carconnect.core.unset import UNSET
from carconnect.sim.vendor_fixtures import fixtures_dir


@pytest.fixture(params=["orjson", "stdlib"])
def decoder(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setattr(jsonbody, "fast_loads", UNSET if request.param == "orjson" else None)
    yield request.param
    assert (jsonbody.fast_loads is None) is (request.param == "stdlib")


def body(content: bytes) -> httpx.Response:
    return httpx.Response(200, content=content)


@pytest.mark.parametrize(
    "content",
    [
        b'{"vin": "WBA1", "doors": 4, "soc": 80.5, "modes": ["AC", "DC"], "sun": false, "x": null}',
        '{"model": "3er Touring \u00e9"}'.encode(),
        b"[1, 2, 3]",
        b'{"fraction": 1.12345678901234567890123, "exponent": 12345678901234567890e-10}',
        b'{"id": "1234567890123456789012345", "time": "10:1234567890123456789012"}',
        b'"text"',
    ],
)
def test_results_equal_the_standard_library(decoder: str, content: bytes) -> None:
    assert json_body(body(content)) == json.loads(content)


def test_what_orjson_refuses_is_decoded_by_the_standard_library(decoder: str) -> None:
    assert math.isnan(json_body(body(b'{"soc": NaN}'))["soc"])
    assert json_body(body(b'{"id": 123456789012345678901234567890}'))["id"] == 123456789012345678901234567890
    assert json_body(body('{"name": "caf\u00e9"}'.encode("utf-16"))) == {"name": "caf\u00e9"}
    assert json_body(body(b'["\\ud800"]')) == ["\ud800"], "a lone surrogate"
    assert json_body(body(b'{"big": 1e400}'))["big"] == math.inf
    assert json_body(body(b"[1, -12345678901234567890]")) == [1, -12345678901234567890]
    assert json_body(body(b" 12345678901234567890")) == 12345678901234567890


def test_long_digit_runs_in_strings_stay_with_orjson() -> None:
    assert not jsonbody.has_long_integer(b'{"vehicleId": "22221111111111151111111111"}')
    assert not jsonbody.has_long_integer(b'{"fraction": 1.12345678901234567890123}')
    assert jsonbody.has_long_integer(b'{"odometer": 12345678901234567890}')
    assert jsonbody.has_long_integer(b'{"odometer":\n -12345678901234567890}')
    assert jsonbody.has_long_integer(b"12345678901234567890")


@pytest.mark.parametrize("content", [b"", b"{", b'{"a": 1} trailing', b"\xff"])
def test_invalid_json_raises_the_standard_library_error(decoder: str, content: bytes) -> None:
    try:
        json.loads(content)
    except ValueError as error:
        expected = type(error)
    else:
        pytest.fail("the standard library accepted it")
    with pytest.raises(expected):
        json_body(body(content))


def test_orjson_is_looked_up_on_first_use(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jsonbody, "fast_loads", UNSET)
    assert json_body(body(b'{"a": 1}')) == {"a": 1}
    assert jsonbody.fast_loads is orjson.loads


def test_without_orjson_the_standard_library_decodes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jsonbody, "fast_loads", UNSET)
    monkeypatch.setitem(sys.modules, "orjson", None)  # import orjson now raises ImportError
    assert json_body(body(b'{"a": [1, 2]}')) == {"a": [1, 2]}
    assert jsonbody.fast_loads is None


def test_a_peeked_document_is_taken_by_the_operation_and_not_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[bytes] = []

    def counting(content: bytes) -> object:
        calls.append(content)
        return json.loads(content)

    monkeypatch.setattr(jsonbody, "fast_loads", counting)
    answer = body(b'{"status": "SUCCESS"}')
    peeked = peek_json(answer)
    assert peek_json(answer) is peeked
    assert json_body(answer) is peeked
    assert calls == [b'{"status": "SUCCESS"}'], "decoded once for the policy and the operation"
    assert answer not in jsonbody._documents, "nothing is kept once the operation took it"
    assert json_body(answer) == {"status": "SUCCESS"}
    assert len(calls) == 2, "a second parse decodes again"
    assert answer not in jsonbody._documents, "json_body alone keeps nothing"


def test_a_peeked_document_lives_no_longer_than_its_response() -> None:
    gc.collect()
    before = len(jsonbody._documents)
    answer = body(b'{"a": 1}')
    peek_json(answer)
    assert len(jsonbody._documents) == before + 1
    del answer
    gc.collect()
    assert len(jsonbody._documents) <= before


def test_every_captured_payload_decodes_alike() -> None:
    fixtures = fixtures_dir(__file__)  # the payloads live outside the repository, like every fixture suite's
    captured = sorted(fixtures.glob("*/*.json"))
    assert len(captured) > 20, f"captured payloads not found under {fixtures}"
    assert jsonbody.find_orjson() is orjson.loads
    for path in captured:
        content = path.read_bytes()
        assert not jsonbody.has_long_integer(content), path.name
        assert orjson.loads(content) == json.loads(content), path.name
