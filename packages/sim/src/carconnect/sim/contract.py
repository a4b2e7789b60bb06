"""Check that a response matches our OpenAPI 3.1 spec (status documented, headers, JSON body schema).

    from carconnect.sim.contract import check_response, validate_response

    validate_response("specs/volvo/connected_vehicle.yaml", "GET", "/vehicles/YV1.../doors", 200,
                      {"content-type": "application/json"}, {"data": {...}})
    check_response(spec, httpx_response)   # method, path, status, headers and body from the response

Bodies are validated with jsonschema's Draft 2020-12 validator (the OpenAPI 3.1 dialect); ``$ref``
is resolved anywhere in the document. ``format`` is an annotation only, as in the spec. The check is
strict: a string that spells a number (``"47.3"``, ``"30000"``) passes for ``number`` / ``integer``
only where the schema carries ``x-numeric-string: true``, the members a vendor documentably sends as
strings (Volvo's reading values); our clients coerce them. Pass ``numeric_strings=True`` to
:class:`OpenApiSpec` (or :func:`load_spec`) to accept them everywhere, for captured vendor payloads.
A mismatch raises :class:`ContractError` (an ``AssertionError``) listing every problem.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import yaml
from jsonschema import Draft202012Validator, validators
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from .profiles import PROFILES

_SPEC_URI = "urn:carconnect:openapi"
_MAX_LISTED = 10


_NUMBER = re.compile(r"-?\d+(\.\d+)?([eE][+-]?\d+)?")
_INTEGER = re.compile(r"-?\d+")


def _numeric_string(instance: Any, pattern: re.Pattern[str]) -> bool:
    return isinstance(instance, str) and pattern.fullmatch(instance) is not None


NUMERIC_STRING = "x-numeric-string"
"""Schema extension: this member may arrive as a string that spells its number."""

_RANGE_KEYWORDS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf")


def _numbers_as_strings(*, everywhere: bool) -> Any:
    """Draft 2020-12 where a numeric string counts as a number (range keywords compare its value).

    ``everywhere``: in every schema; otherwise only in schemas marked with :data:`NUMERIC_STRING`.
    """
    base_type = Draft202012Validator.VALIDATORS["type"]

    def allowed(schema: Any) -> bool:
        return everywhere or (isinstance(schema, Mapping) and schema.get(NUMERIC_STRING) is True)

    def type_(validator: Any, types: Any, instance: Any, schema: Any) -> Any:
        if allowed(schema) and isinstance(instance, str):
            wanted = set(types) if isinstance(types, list) else {types}
            if ("number" in wanted and _numeric_string(instance, _NUMBER)) or (
                "integer" in wanted and _numeric_string(instance, _INTEGER)
            ):
                return
        yield from base_type(validator, types, instance, schema)

    def on_value(keyword: str) -> Any:
        check = Draft202012Validator.VALIDATORS[keyword]

        def numeric(validator: Any, value: Any, instance: Any, schema: Any) -> Any:
            if allowed(schema) and _numeric_string(instance, _NUMBER):
                instance = int(instance) if _INTEGER.fullmatch(instance) else float(instance)
            return check(validator, value, instance, schema)

        return numeric

    overrides = {"type": type_, **{keyword: on_value(keyword) for keyword in _RANGE_KEYWORDS}}
    return validators.extend(Draft202012Validator, overrides)  # type: ignore[no-untyped-call]


LenientNumbersValidator = _numbers_as_strings(everywhere=True)
StrictNumbersValidator = _numbers_as_strings(everywhere=False)


class ContractError(AssertionError):
    """The response does not match the spec."""


class _Loader(yaml.SafeLoader):
    """Safe YAML without timestamp conversion: dates stay strings, as in JSON."""


_Loader.yaml_implicit_resolvers = {
    key: [item for item in resolvers if item[0] != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _is_json(media_type: str) -> bool:
    return media_type == "application/json" or media_type.endswith("+json")


class OpenApiSpec:
    """A loaded OpenAPI 3.1 document with operation lookup and response validation."""

    def __init__(self, document: Mapping[str, Any], name: str = "spec", *, numeric_strings: bool = False) -> None:
        if not str(document.get("openapi", "")).startswith("3.1"):
            raise ValueError(f"{name}: only OpenAPI 3.1 documents are supported")
        self.document = document
        self.name = name
        self._validator = LenientNumbersValidator if numeric_strings else StrictNumbersValidator
        self._registry: Registry[Any] = Registry().with_resource(
            _SPEC_URI, Resource.from_contents(dict(document), default_specification=DRAFT202012)
        )
        self._prefixes = sorted(
            {urlsplit(str(server.get("url", ""))).path.rstrip("/") for server in document.get("servers", [])} - {""},
            key=len,
            reverse=True,
        )
        templates = list(document.get("paths", {}))
        self._templates = sorted(templates, key=lambda template: (template.count("{"), -len(template)))

    def _deref(self, node: Any, pointer: str) -> tuple[Any, str]:
        seen = set()
        while isinstance(node, Mapping) and "$ref" in node:
            ref = str(node["$ref"])
            if not ref.startswith("#/") or ref in seen:
                raise ContractError(f"{self.name}: unsupported or circular $ref {ref!r}")
            seen.add(ref)
            pointer = ref[1:]
            node = self.document
            for token in pointer.lstrip("/").split("/"):
                node = node[token.replace("~1", "/").replace("~0", "~")]
        return node, pointer

    def find_operation(self, method: str, path: str) -> tuple[str, Mapping[str, Any]]:
        """(path template, operation) for a concrete request path; server base paths may be included."""
        candidates = [path] + [path[len(prefix) :] or "/" for prefix in self._prefixes if path.startswith(prefix)]
        for template in self._templates:
            regex = "^" + re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template)) + "/?$"
            if any(re.match(regex, candidate) for candidate in candidates):
                item, _ = self._deref(self.document["paths"][template], "")
                operation = item.get(method.lower()) if isinstance(item, Mapping) else None
                if operation is None:
                    raise ContractError(f"{self.name}: {method.upper()} is not documented for {template}")
                return template, operation
        raise ContractError(f"{self.name}: no path matches {path}")

    def validate_response(
        self,
        method: str,
        path: str,
        status: int,
        headers: Mapping[str, str],
        body: Any,
    ) -> None:
        """Raise :class:`ContractError` unless the response matches the documented one."""
        template, operation = self.find_operation(method, path)
        where = f"{method.upper()} {template} -> {status}"
        pointer_base = f"/paths/{_escape(template)}/{method.lower()}/responses"
        responses = operation.get("responses", {})
        key = next((k for k in (str(status), f"{str(status)[0]}XX", "default") if k in responses), None)
        if key is None:
            raise ContractError(f"{self.name}: {where}: status not documented")
        response, pointer = self._deref(responses[key], f"{pointer_base}/{_escape(key)}")
        lowered = {name.lower(): value for name, value in headers.items()}
        problems = self._header_problems(response, pointer, lowered)
        problems += self._body_problems(response, pointer, lowered, body)
        if problems:
            listed = "\n  ".join(problems[:_MAX_LISTED])
            more = f"\n  ... and {len(problems) - _MAX_LISTED} more" if len(problems) > _MAX_LISTED else ""
            raise ContractError(f"{self.name}: {where}:\n  {listed}{more}")

    def _header_problems(self, response: Mapping[str, Any], pointer: str, headers: Mapping[str, str]) -> list[str]:
        problems = []
        for name, raw in response.get("headers", {}).items():
            spec, header_pointer = self._deref(raw, f"{pointer}/headers/{_escape(name)}")
            value = headers.get(name.lower())
            if value is None:
                if spec.get("required"):
                    problems.append(f"header {name} is required")
                continue
            if "schema" in spec:
                schema, _ = self._deref(spec["schema"], "")
                ref = {"$ref": f"{_SPEC_URI}#{header_pointer}/schema"}
                problems += [f"header {name}: {error}" for error in self._errors(_coerce(value, schema), ref)]
        return problems

    def _body_problems(
        self, response: Mapping[str, Any], pointer: str, headers: Mapping[str, str], body: Any
    ) -> list[str]:
        content = response.get("content")
        empty = body is None or body in (b"", "")
        if not content:
            return [] if empty else ["a body was sent where the spec documents none"]
        media = headers.get("content-type", "").split(";")[0].strip().lower()
        matched = next(
            (
                candidate
                for candidate in content
                if candidate.lower() == media
                or candidate == "*/*"
                or (candidate.endswith("/*") and media.startswith(candidate[:-1].lower()))
            ),
            None,
        )
        if matched is None:
            return [f"content type {media or '(none)'} is not documented ({', '.join(content)})"]
        if not _is_json(media):
            return []
        if isinstance(body, bytes | str):
            try:
                body = json.loads(body)
            except ValueError:
                return ["the body is not valid JSON"]
        if "schema" not in content[matched]:
            return []
        ref = f"{_SPEC_URI}#{pointer}/content/{_escape(matched)}/schema"
        return self._errors(body, {"$ref": ref})

    def _errors(self, instance: Any, schema: Mapping[str, Any]) -> list[str]:
        validator = self._validator(dict(schema), registry=self._registry)
        found = sorted(validator.iter_errors(instance), key=lambda error: list(map(str, error.absolute_path)))
        return [f"{''.join(f'[{p!r}]' for p in error.absolute_path) or 'value'}: {error.message}" for error in found]


def _coerce(value: str, schema: Mapping[str, Any]) -> Any:
    types = schema.get("type")
    wanted = set(types) if isinstance(types, list) else {types}
    for kind, convert in (("integer", int), ("number", float)):
        if kind in wanted:
            try:
                return convert(value)
            except ValueError:
                return value
    return value


@functools.lru_cache(maxsize=32)
def _load(path: str, mtime_ns: int, numeric_strings: bool) -> OpenApiSpec:
    with open(path, encoding="utf-8") as handle:
        document = yaml.load(handle, Loader=_Loader)  # noqa: S506 - a SafeLoader subclass
    return OpenApiSpec(document, Path(path).name, numeric_strings=numeric_strings)


def load_spec(path: str | Path, *, numeric_strings: bool = False) -> OpenApiSpec:
    """Load (and cache until the file changes) an OpenAPI document from YAML or JSON.

    ``numeric_strings``: accept numbers sent as strings everywhere (see the module docstring).
    """
    resolved = Path(path).resolve()
    return _load(str(resolved), resolved.stat().st_mtime_ns, numeric_strings)


def validate_response(
    spec_path: str | Path,
    method: str,
    path: str,
    status: int,
    headers: Mapping[str, str],
    body: Any,
) -> None:
    """Raise :class:`ContractError` unless the response matches ``spec_path``.

    ``body`` is the parsed JSON value, or the raw ``bytes`` / ``str`` (parsed when JSON is documented).
    """
    load_spec(spec_path).validate_response(method, path, status, headers, body)


def vendor_path(path: str) -> str:
    """Strip the simulator's ``/<brand>/<host>`` prefix from a request path, if present."""
    parts = path.split("/", 3)
    if len(parts) >= 3 and parts[1] in PROFILES and any(host.name == parts[2] for host in PROFILES[parts[1]].hosts):
        return "/" + (parts[3] if len(parts) > 3 else "")
    return path


def check_response(spec_path: str | Path, response: httpx.Response, *, path: str | None = None) -> None:
    """Validate an ``httpx.Response`` (request method and path, status, headers, body) against the spec."""
    request = response.request
    response.read()
    validate_response(
        spec_path,
        request.method,
        path if path is not None else vendor_path(request.url.path),
        response.status_code,
        dict(response.headers),
        response.content,
    )
