"""Response bodies for fuzzing: Hypothesis strategies drawn from our OpenAPI 3.1 schemas, and mutations.

The translation covers what our specs use: ``type`` (one or a list), local ``$ref``, ``properties``
/ ``required`` / ``additionalProperties``, ``items`` / ``minItems`` / ``maxItems``, ``enum``,
``const``, ``oneOf`` / ``anyOf`` / ``allOf``, ``minimum`` / ``maximum`` and ``format: date-time``.
Optional members are sometimes left out and objects that allow it get unknown extra members, as
vendors add fields. This translation bounds depth and size, so the largest schemas cost
milliseconds per body; :func:`jsonschema_bodies` draws the same schemas through hypothesis-jsonschema,
unbounded (about a second per FordPass telemetry body), as a second, independent generator.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import hypothesis_jsonschema
from hypothesis import strategies as st

Json = Any
MAX_DEPTH = 8
OPTIONAL_DEPTH = 4
"""Below this nesting depth an object gets only its required members (keeps huge schemas' bodies small)."""
MAX_ITEMS = 3
UNKNOWN_ENUM = "SIM_UNKNOWN_VALUE"
ODD_TIMESTAMPS = (
    "",
    "2024-02-30T25:61:00Z",
    "2024-01-01",
    "2024-01-01T00:00:00",
    "2024-01-01T00:00:00.1234567Z",
    "2024-01-01T00:00:00.123456789+14:00",
    "2024-01-01 00:00:00",
    "0000-00-00T00:00:00Z",
    "9999-12-31T23:59:59.999999Z",
    "1700000000",
    "01-31-2024 10:00:00",
    "not a date",
)

_KEY = st.text(string.ascii_letters + "_", min_size=1, max_size=12)
_SCALAR = st.one_of(
    st.none(), st.booleans(), st.integers(-(10**6), 10**6), st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=16),
)  # fmt: skip


def _timestamps() -> st.SearchStrategy[str]:
    """RFC 3339 instants in the shapes vendors send: 0-7 fractional digits, ``Z`` or an offset."""

    def render(moment: datetime, digits: int, offset_minutes: int, zulu: bool) -> str:
        zone = UTC if zulu else timezone(timedelta(minutes=offset_minutes))
        local = moment.astimezone(zone)
        fraction = f".{local.microsecond:06d}{local.microsecond % 10}"[: digits + 1] if digits else ""
        suffix = "Z" if zulu else local.strftime("%z")[:3] + ":" + local.strftime("%z")[3:]
        return local.strftime("%Y-%m-%dT%H:%M:%S") + fraction + suffix

    moments = st.datetimes(datetime(2000, 1, 1), datetime(2100, 1, 1), timezones=st.just(UTC))
    return st.builds(render, moments, st.integers(0, 7), st.integers(-12 * 60, 14 * 60), st.booleans())


class SchemaStrategies:
    """Strategies for the schemas of one OpenAPI document (``$ref`` resolved against it)."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self._cache: dict[tuple[int, int], st.SearchStrategy[Json]] = {}

    def _resolve(self, schema: Mapping[str, Any]) -> Mapping[str, Any]:
        seen: set[str] = set()
        while "$ref" in schema:
            ref = str(schema["$ref"])
            if not ref.startswith("#/") or ref in seen:
                raise ValueError(f"unsupported $ref {ref}")
            seen.add(ref)
            node: Any = self.document
            for part in ref[2:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
            schema = {**node, **{key: value for key, value in schema.items() if key != "$ref"}}
        return schema

    def _merged(self, schema: Mapping[str, Any]) -> Mapping[str, Any]:
        """``allOf`` folded into one schema (properties and required united, other keys overlaid)."""
        merged: dict[str, Any] = {key: value for key, value in schema.items() if key != "allOf"}
        for part in schema.get("allOf", []):
            part = self._merged(self._resolve(part))
            merged["properties"] = {**merged.get("properties", {}), **part.get("properties", {})}
            merged["required"] = sorted({*merged.get("required", []), *part.get("required", [])})
            merged.update({key: value for key, value in part.items() if key not in ("properties", "required")})
        return merged

    def strategy(self, schema: Mapping[str, Any] | bool, depth: int = 0) -> st.SearchStrategy[Json]:
        """The strategy of ``schema`` at nesting ``depth`` (built once per schema node and depth)."""
        if isinstance(schema, bool):
            return self._build(schema, depth)
        key = (id(schema), depth)
        if key not in self._cache:
            self._cache[key] = self._build(schema, depth)
        return self._cache[key]

    def _build(self, schema: Mapping[str, Any] | bool, depth: int) -> st.SearchStrategy[Json]:
        if schema is True or schema == {}:
            return _SCALAR
        if schema is False:
            return st.nothing()
        assert isinstance(schema, Mapping)
        schema = self._merged(self._resolve(schema))
        if "const" in schema:
            return st.just(schema["const"])
        if "enum" in schema:
            return st.sampled_from(list(schema["enum"]))
        choices = schema.get("oneOf") or schema.get("anyOf")
        if choices:
            rest = {key: value for key, value in schema.items() if key not in ("oneOf", "anyOf")}
            return st.one_of([self.strategy({**rest, **self._resolve(choice)}, depth + 1) for choice in choices])
        types = schema.get("type")
        if types is None:
            types = "object" if "properties" in schema else "array" if "items" in schema else None
        if types is None:
            return _SCALAR
        wanted = [types] if isinstance(types, str) else list(types)
        return st.one_of([self._typed(kind, schema, depth) for kind in wanted])

    def _typed(self, kind: str, schema: Mapping[str, Any], depth: int) -> st.SearchStrategy[Json]:
        if kind == "null":
            return st.none()
        if kind == "boolean":
            return st.booleans()
        if kind == "integer":
            return st.integers(int(schema.get("minimum", -(2**31))), int(schema.get("maximum", 2**31)))
        if kind == "number":
            low, high = schema.get("minimum"), schema.get("maximum")
            return st.one_of(
                st.integers(int(low) if low is not None else -(10**9), int(high) if high is not None else 10**9),
                st.floats(low, high, allow_nan=False, allow_infinity=False),
            )
        if kind == "string":
            return _timestamps() if schema.get("format") == "date-time" else st.text(max_size=24)
        if kind == "array":
            low = int(schema.get("minItems", 0))
            high = max(min(int(schema.get("maxItems", MAX_ITEMS)), MAX_ITEMS), low)
            if depth >= MAX_DEPTH:
                high = low
            return st.lists(self.strategy(schema.get("items", True), depth + 1), min_size=low, max_size=high)
        if kind == "object":
            return self._object(schema, depth)
        raise ValueError(f"unsupported type {kind!r}")

    def _object(self, schema: Mapping[str, Any], depth: int) -> st.SearchStrategy[Json]:
        properties: Mapping[str, Any] = schema.get("properties", {})
        required = set(schema.get("required", []))
        members = {name: self.strategy(sub, depth + 1) for name, sub in properties.items()}
        optional = [name for name in members if name not in required] if depth < OPTIONAL_DEPTH else []
        extra = schema.get("additionalProperties", True)
        extras = (
            st.dictionaries(_KEY.filter(lambda key: key not in properties), self.strategy(extra, depth + 1), max_size=2)
            if extra is not False and depth < OPTIONAL_DEPTH
            else st.just({})
        )

        @st.composite
        def build(draw: st.DrawFn) -> dict[str, Json]:
            body = dict(draw(extras))
            for name in sorted(required):
                body[name] = draw(members[name]) if name in members else draw(_SCALAR)
            for name in optional:
                if draw(st.booleans()):
                    body[name] = draw(members[name])
            return body

        return build()


def inlined(schema: Json, document: Mapping[str, Any], seen: tuple[str, ...] = ()) -> Json:
    """``schema`` with every local ``$ref`` replaced by its target (our specs have no recursive refs)."""
    if isinstance(schema, list):
        return [inlined(item, document, seen) for item in schema]
    if not isinstance(schema, Mapping):
        return schema
    if "$ref" in schema:
        ref = str(schema["$ref"])
        if not ref.startswith("#/") or ref in seen:
            raise ValueError(f"unsupported $ref {ref}")
        target: Any = document
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        rest = {key: value for key, value in schema.items() if key != "$ref"}
        return inlined({**target, **rest}, document, (*seen, ref))
    return {key: inlined(value, document, seen) for key, value in schema.items()}


def jsonschema_bodies(schema: Json, document: Mapping[str, Any]) -> st.SearchStrategy[Json]:
    """Bodies hypothesis-jsonschema draws from ``schema`` (refs inlined first: resolving them against
    the whole document makes building the strategy ten times slower)."""
    return hypothesis_jsonschema.from_schema(inlined(schema, document))


# ---- mutations -------------------------------------------------------------------------------

Path = tuple[str | int, ...]


def paths(value: Json, prefix: Path = ()) -> list[Path]:
    """Every node of a JSON value, the root included."""
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += paths(item, (*prefix, index))
    return found


def _get(value: Json, path: Path) -> Json:
    for part in path:
        value = value[part]
    return value


def _replaced(value: Json, path: Path, new: Json) -> Json:
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(value, dict):
        return {**value, head: _replaced(value[head], rest, new)}
    copy = list(value)
    copy[int(head)] = _replaced(copy[int(head)], rest, new)
    return copy


def _without(value: Json, path: Path) -> Json:
    parent_path, last = path[:-1], path[-1]
    parent = _get(value, parent_path)
    if isinstance(parent, dict):
        reduced: Json = {key: item for key, item in parent.items() if key != last}
    else:
        reduced = [item for index, item in enumerate(parent) if index != last]
    return _replaced(value, parent_path, reduced)


def _other_type(node: Json) -> st.SearchStrategy[Json]:
    options: list[st.SearchStrategy[Json]] = [
        st.text(max_size=8), st.integers(), st.floats(allow_nan=False, allow_infinity=False), st.booleans(),
        st.just([]), st.just({}), st.just([None]), st.just({"value": None}),
    ]  # fmt: skip
    return st.one_of(options).filter(lambda new: type(new) is not type(node))


MUTATIONS = ("null", "missing", "extra", "wrong type", "unknown enum", "odd timestamp")


@st.composite
def mutated(draw: st.DrawFn, body: Json) -> tuple[str, Json]:
    """One mutation of ``body``: a member set to null, removed or added, a value of the wrong type, an
    unknown enum value or an odd timestamp; returns the mutation's name and the new body."""
    nodes = paths(body)
    kind = draw(st.sampled_from(MUTATIONS))
    path = draw(st.sampled_from(nodes))
    node = _get(body, path)
    if kind == "null":
        return kind, _replaced(body, path, None)
    if kind == "missing" and path:
        return kind, _without(body, path)
    if kind == "extra":
        objects = [candidate for candidate in nodes if isinstance(_get(body, candidate), dict)] or [()]
        target = draw(st.sampled_from(objects))
        where = _get(body, target)
        extra = {**where, draw(_KEY): draw(_SCALAR)} if isinstance(where, dict) else {"unexpected": draw(_SCALAR)}
        return kind, _replaced(body, target, extra)
    if kind in ("unknown enum", "odd timestamp"):
        strings = [candidate for candidate in nodes if isinstance(_get(body, candidate), str)]
        if strings:
            target = draw(st.sampled_from(strings))
            value = UNKNOWN_ENUM if kind == "unknown enum" else draw(st.sampled_from(ODD_TIMESTAMPS))
            return kind, _replaced(body, target, value)
    return "wrong type", _replaced(body, path, draw(_other_type(node)))
