"""carconnect.sim.contract: responses checked against an OpenAPI 3.1 document."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from carconnect.sim.contract import ContractError, check_response, load_spec, validate_response, vendor_path

SPEC = """
openapi: 3.1.0
info: {title: test, version: "1"}
servers:
  - url: https://api.example.com/connected-vehicle/v2
paths:
  /vehicles/{vin}/doors:
    get:
      operationId: get_doors
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/DoorsResponse"}
        "429":
          $ref: "#/components/responses/TooMany"
        4XX:
          description: client error
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Error"}
  /vehicles/{vin}/image:
    get:
      responses:
        "200":
          description: png
          content:
            image/png: {}
  /vehicles/{vin}:
    delete:
      responses:
        "204": {description: gone}
  /vehicles/list:
    get:
      responses:
        default:
          description: anything
          content:
            application/json:
              schema: {type: array, items: {type: string}}
components:
  schemas:
    DoorsResponse:
      type: object
      required: [data]
      properties:
        data:
          type: object
          required: [centralLock]
          properties:
            centralLock: {$ref: "#/components/schemas/Value"}
            updated: {type: string, format: date-time}
    Value:
      type: object
      properties:
        value: {type: string, enum: [LOCKED, UNLOCKED]}
        unit: {type: [string, "null"]}
    Error:
      type: object
      required: [error]
      properties:
        error: {type: string}
    Seconds: {type: integer, minimum: 0}
  responses:
    TooMany:
      description: slow down
      headers:
        Retry-After:
          required: true
          schema: {$ref: "#/components/schemas/Seconds"}
      content:
        application/json:
          schema: {$ref: "#/components/schemas/Error"}
"""

JSON = {"content-type": "application/json"}
GOOD = {"data": {"centralLock": {"value": "LOCKED", "unit": None}, "updated": "not checked"}}


@pytest.fixture
def spec(tmp_path: Path) -> Path:
    path = tmp_path / "api.yaml"
    path.write_text(SPEC)
    return path


def test_valid_response_passes_with_or_without_the_server_prefix(spec: Path) -> None:
    validate_response(spec, "GET", "/vehicles/V1/doors", 200, JSON, GOOD)
    validate_response(
        spec, "get", "/connected-vehicle/v2/vehicles/V1/doors", 200, JSON, b'{"data": {"centralLock": {}}}'
    )


def test_schema_mismatches_are_all_listed(spec: Path) -> None:
    bad = {"data": {"centralLock": {"value": "AJAR", "unit": 3}}}
    with pytest.raises(ContractError) as caught:
        validate_response(spec, "GET", "/vehicles/V1/doors", 200, JSON, bad)
    message = str(caught.value)
    assert "'AJAR' is not one of" in message
    assert "3 is not of type" in message
    assert "GET /vehicles/{vin}/doors -> 200" in message


@pytest.mark.parametrize(
    ("path", "method", "status", "headers", "body", "problem"),
    [
        ("/vehicles/V1/doors", "GET", 500, JSON, {}, "status not documented"),
        ("/vehicles/V1/doors", "POST", 200, JSON, {}, "POST is not documented"),
        ("/nowhere", "GET", 200, JSON, {}, "no path matches"),
        ("/vehicles/V1/doors", "GET", 200, {"content-type": "text/html"}, "<html>", "content type text/html"),
        ("/vehicles/V1/doors", "GET", 200, JSON, b"{broken", "not valid JSON"),
        ("/vehicles/V1/doors", "GET", 429, JSON, {"error": "x"}, "header Retry-After is required"),
        ("/vehicles/V1/doors", "GET", 429, {**JSON, "Retry-After": "-1"}, {"error": "x"}, "header Retry-After"),
        ("/vehicles/V1/doors", "GET", 404, JSON, {"message": "x"}, "'error' is a required property"),
        ("/vehicles/V1", "DELETE", 204, {}, b"{}", "a body was sent"),
    ],
)
def test_mismatches_raise(
    spec: Path, path: str, method: str, status: int, headers: dict[str, str], body: object, problem: str
) -> None:
    with pytest.raises(ContractError, match=problem):
        validate_response(spec, method, path, status, headers, body)


def test_ranges_defaults_refs_and_binary(spec: Path) -> None:
    validate_response(spec, "GET", "/vehicles/V1/doors", 429, {**JSON, "Retry-After": "30"}, {"error": "slow"})
    validate_response(spec, "GET", "/vehicles/V1/doors", 403, JSON, {"error": "no"})
    validate_response(spec, "GET", "/vehicles/list", 200, JSON, ["a"])
    validate_response(spec, "GET", "/vehicles/V1/image", 200, {"content-type": "image/png"}, b"\x89PNG")
    validate_response(spec, "DELETE", "/vehicles/V1", 204, {}, b"")


def test_literal_paths_win_over_templates(spec: Path) -> None:
    template, _ = load_spec(spec).find_operation("GET", "/vehicles/list")
    assert template == "/vehicles/list"


def test_check_response_strips_the_simulator_prefix(spec: Path) -> None:
    request = httpx.Request("GET", "http://127.0.0.1:1/volvo/api/connected-vehicle/v2/vehicles/V1/doors")
    check_response(spec, httpx.Response(200, json=GOOD, request=request))
    with pytest.raises(ContractError):
        check_response(spec, httpx.Response(200, json={"data": {}}, request=request))
    assert vendor_path("/bmw/api/customers/containers") == "/customers/containers"
    assert vendor_path("/other/path") == "/other/path"


def test_only_openapi_31_documents(tmp_path: Path) -> None:
    path = tmp_path / "old.yaml"
    path.write_text("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n")
    with pytest.raises(ValueError, match=r"3\.1"):
        load_spec(path)


def test_specs_in_the_repository_load() -> None:
    specs = sorted((Path(__file__).resolve().parents[3] / "specs").glob("*/*.yaml"))
    documents = [path for path in specs if not path.name.endswith(".config.yaml")]
    if not documents:
        pytest.skip("no specs/<brand>/*.yaml in this checkout yet")
    for path in documents:
        assert load_spec(path).document["paths"], path
