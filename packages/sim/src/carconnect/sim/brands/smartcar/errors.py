"""Smartcar's error answers: flat v2 bodies and JSON:API v3 bodies, from one exception."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from starlette.responses import JSONResponse

from ...fleet import CommandOutcome
from ...profiles.errors import request_id

DOC_URL = "https://smartcar.com/docs/errors"

Payload = dict[str, Any]


class SmartcarError(Exception):
    """An error answer in Smartcar's words (rendered flat on v2 hosts, as JSON:API on v3)."""

    def __init__(
        self,
        status: int,
        kind: str,
        code: str | None,
        description: str,
        *,
        resolution: str | None = None,
        url: str | None = None,
        retry_after: int | None = None,
        detail: list[Payload] | None = None,
    ) -> None:
        super().__init__(description)
        self.status, self.kind, self.code, self.description = status, kind, code, description
        self.resolution, self.url, self.retry_after, self.detail = resolution, url, retry_after, detail

    def v2_body(self, rid: str) -> Payload:
        body: Payload = {
            "type": self.kind,
            "code": self.code,
            "description": self.description,
            "docURL": f"{DOC_URL}#{self.kind.lower()}",
            "statusCode": self.status,
            "requestId": rid,
            "resolution": {"type": self.resolution, "url": self.url} if self.url else {"type": self.resolution},
            "suggestedUserMessage": self.description,
        }
        if self.detail is not None:
            body["detail"] = self.detail
        return body

    def v3_body(self, rid: str) -> Payload:
        error = {
            "status": str(self.status),
            "type": self.kind,
            "code": self.code,
            "title": self.kind.replace("_", " ").title(),
            "detail": self.description,
            "links": {"about": f"{DOC_URL}#{self.kind.lower()}"},
            "resolution": {"type": self.resolution},
            "suggestedUserMessage": self.description,
        }
        return {"errors": [error]}

    def headers(self) -> dict[str, str]:
        return {"Retry-After": str(self.retry_after)} if self.retry_after is not None else {}

    def v2_response(self) -> JSONResponse:
        """The answer of a v2 host: the flat body."""
        rid = request_id()
        return JSONResponse(self.v2_body(rid), self.status, {"SC-Request-Id": rid, **self.headers()})

    def v3_response(self) -> JSONResponse:
        """The answer of a v3 host: the JSON:API body."""
        rid = request_id()
        return JSONResponse(self.v3_body(rid), self.status, {"SC-Request-Id": rid, **self.headers()})


def validation(description: str, field: str | None = None) -> SmartcarError:
    detail = [{"field": [field], "message": description}] if field else None
    return SmartcarError(400, "VALIDATION", "PARAMETER" if field else None, description, detail=detail)


def not_capable(description: str, code: str = "VEHICLE_NOT_CAPABLE") -> SmartcarError:
    return SmartcarError(501, "COMPATIBILITY", code, description)


def asleep() -> SmartcarError:
    return SmartcarError(409, "VEHICLE_STATE", "ASLEEP", "The vehicle is asleep and cannot answer right now.")


def not_found(description: str) -> SmartcarError:
    return SmartcarError(404, "RESOURCE_NOT_FOUND", "PATH", description)


def unauthenticated(description: str) -> SmartcarError:
    return SmartcarError(401, "AUTHENTICATION", None, description, resolution="REAUTHENTICATE")


OUTCOME_ERRORS: dict[str, Callable[[], SmartcarError]] = {
    "DEEP_SLEEP": asleep,
    "NOT_CAPABLE": lambda: not_capable("The vehicle is not capable of this command."),
    "NOT_PLUGGED": lambda: SmartcarError(
        409, "VEHICLE_STATE", "CHARGING_PLUG_NOT_CONNECTED", "The charging cable is not plugged in."
    ),
    "INVALID_PARAMETER": lambda: validation("A command parameter is out of range.", "limit"),
}


def outcome_error(outcome: CommandOutcome) -> SmartcarError:
    return OUTCOME_ERRORS.get(outcome.reason or "", lambda: SmartcarError(500, "SERVER", "INTERNAL", "Failed."))()


def answer(body: Any, status: int = 200, headers: Mapping[str, str] | None = None) -> JSONResponse:
    return JSONResponse(body, status_code=status, headers={"SC-Request-Id": request_id(), **(headers or {})})
