"""``POST /batch``: several v2 reads in one request, each item succeeding or failing on its own.

A :class:`BatchResult` gives each path's :class:`BatchItem`. ``result.get("/odometer", Odometer)``
returns a typed :class:`~carconnect.smartcar.results.Reading`, or raises that item's own typed error
(with its own ``Retry-After``); ``result.reading(path)`` picks the model from :data:`BATCH_MODELS`;
``result.errors`` lists the failed paths.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx

from carconnect.core import ApiError, ResponseParseError, error_from_response
from carconnect.core.calls import PARSE_ERRORS

from ._generated.vehicles_v2 import models
from ._generated.vehicles_v2.types import Response, Unset
from .errors import smartcar_error_mapper
from .inputs import listed
from .results import FromDict, Meta, Reading

__all__ = ["BATCH_MODELS", "BatchItem", "BatchResult", "batch_request", "normalize_path"]


M = TypeVar("M", bound=FromDict)


class _ModelsByPath(Mapping[str, "type[FromDict]"]):
    """Vehicle path -> generated model, each model loaded when first looked up."""

    def __init__(self, names: Mapping[str, str]) -> None:
        self._names = dict(names)

    def __getitem__(self, path: str) -> type[FromDict]:
        model: type[FromDict] = getattr(models, self._names[path])
        return model

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)


BATCH_MODELS: Mapping[str, type[FromDict]] = _ModelsByPath(
    {
        "/": "VehicleAttributes",
        "/vin": "Vin",
        "/odometer": "Odometer",
        "/location": "Location",
        "/fuel": "Fuel",
        "/battery": "Battery",
        "/battery/capacity": "BatteryCapacity",
        "/battery/nominal_capacity": "NominalCapacity",
        "/charge": "ChargeStatus",
        "/charge/limit": "ChargeLimit",
        "/security": "LockStatus",
        "/engine/oil": "EngineOil",
        "/tires/pressure": "TirePressure",
        "/diagnostics/system_status": "SystemStatus",
        "/diagnostics/dtcs": "DiagnosticTroubleCodes",
        "/permissions": "PermissionList",
    }
)
"""The model of each vehicle path a batch may read (other paths give their raw JSON)."""


def normalize_path(path: str) -> str:
    """``odometer``, ``/odometer/`` and ``/odometer`` are the same path; ``""`` is ``/``."""
    stripped = path.strip().strip("/")
    return f"/{stripped}"


def batch_request(paths: Iterable[str]) -> models.BatchRequest:
    """The request body for ``paths`` (each once, in order); ``ValueError`` for one string or none."""
    unique = list(dict.fromkeys(normalize_path(path) for path in listed(paths, "paths")))
    if not unique:
        raise ValueError("a batch needs at least one path")
    return models.BatchRequest(requests=[models.BatchRequestItem(path=path) for path in unique])


@dataclass(frozen=True)
class BatchItem:
    """One path's answer inside a batch."""

    path: str
    status_code: int
    body: Any
    headers: Mapping[str, str]
    meta: Meta

    @property
    def ok(self) -> bool:
        """True for a 2xx item."""
        return 200 <= self.status_code < 300

    @property
    def error(self) -> ApiError | None:
        """The typed error of a failed item (``None`` when it succeeded)."""
        if self.ok:
            return None
        response = httpx.Response(self.status_code, headers=self.headers, content=json.dumps(self.body).encode())
        return error_from_response(response, smartcar_error_mapper)

    def parse(self, model: type[M]) -> Reading[M]:
        """The item as ``model``, or its typed error raised."""
        error = self.error
        if error is not None:
            raise error
        if not isinstance(self.body, Mapping):
            raise ResponseParseError(f"batch item {self.path} has no JSON object body", status_code=self.status_code)
        try:
            return Reading(model.from_dict(self.body), self.meta)
        except PARSE_ERRORS as exc:
            message = f"batch item {self.path} does not match {model.__name__}: {type(exc).__name__}: {exc}"
            raise ResponseParseError(message, status_code=self.status_code) from exc

    def reading(self) -> Reading[Any]:
        """The item parsed with the model :data:`BATCH_MODELS` names for its path, else its raw JSON."""
        model = BATCH_MODELS.get(self.path)
        if model is not None:
            return self.parse(model)
        error = self.error
        if error is not None:
            raise error
        return Reading(self.body, self.meta)


def _item(raw: models.BatchResponseItem, request_id: str | None) -> BatchItem:
    headers: dict[str, str] = {}
    if not isinstance(raw.headers, Unset):
        headers = {name: str(value) for name, value in raw.headers.to_dict().items() if value is not None}
    body: Any = None
    if isinstance(raw.body, models.BatchItemBody | models.MalformedBatchItemBody):
        body = raw.body.to_dict()
    elif isinstance(raw.body, list):
        body = raw.body
    return BatchItem(
        path=normalize_path(raw.path),
        status_code=raw.code,
        body=body,
        headers=headers,
        meta=Meta.from_headers(headers, request_id),
    )


@dataclass(frozen=True)
class BatchResult:
    """Every item of a batch answer, by path."""

    items: tuple[BatchItem, ...]
    request_id: str | None = None

    @classmethod
    def from_response(cls, response: Response[models.BatchResponse]) -> BatchResult:
        """From the generated batch response (its ``SC-Request-Id`` fills the items' missing ones)."""
        if response.parsed is None:
            raise ResponseParseError("the batch response has no body", raw=response.content)
        request_id = Meta.from_headers(response.headers).request_id
        return cls(tuple(_item(raw, request_id) for raw in response.parsed.responses), request_id)

    def __iter__(self) -> Iterator[BatchItem]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __contains__(self, path: object) -> bool:
        return isinstance(path, str) and any(item.path == normalize_path(path) for item in self.items)

    def __getitem__(self, path: str) -> BatchItem:
        wanted = normalize_path(path)
        for item in self.items:
            if item.path == wanted:
                return item
        raise KeyError(f"the batch has no answer for {wanted}")

    @property
    def paths(self) -> tuple[str, ...]:
        return tuple(item.path for item in self.items)

    @property
    def errors(self) -> dict[str, ApiError]:
        """The typed error of every failed path."""
        return {item.path: error for item in self.items if (error := item.error) is not None}

    def get(self, path: str, model: type[M]) -> Reading[M]:
        """``path`` as ``model``, or that path's typed error raised."""
        return self[path].parse(model)

    def reading(self, path: str) -> Reading[Any]:
        """``path`` parsed with its :data:`BATCH_MODELS` model (raw JSON for other paths)."""
        return self[path].reading()
