"""Authentication, limits and vehicle lookup shared by every Smartcar route."""

from __future__ import annotations

import base64
import binascii
import json
import secrets
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from starlette.requests import Request

from ...fleet import Command, Vehicle
from ...oauth.bearer import Principal, bearer_token
from ...profiles.smartcar import CLIENT
from .. import BrandContext
from .errors import Payload, SmartcarError, not_found, outcome_error, unauthenticated, validation
from .readings import Units
from .state import SmartcarState, smartcar_state


async def json_body(request: Request) -> Payload:
    try:
        body = json.loads(await request.body() or b"null")
    except ValueError:
        raise validation("The request body is not valid JSON.", "body") from None
    if not isinstance(body, dict):
        raise validation("The request body must be a JSON object.", "body")
    return body


def number_in(value: Any, field: str, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        raise validation(f'"{field}" must be a number from {low:g} to {high:g}', field)
    return float(value)


def paging_params(request: Request, default: int, maximum: int) -> tuple[int, int]:
    try:
        limit = int(request.query_params.get("limit", default))
        offset = int(request.query_params.get("offset", 0))
    except ValueError:
        raise validation('"limit" and "offset" must be integers', "limit") from None
    if not 1 <= limit <= maximum or offset < 0:
        raise validation(f'"limit" must be from 1 to {maximum} and "offset" not negative', "limit")
    return limit, offset


def units_of(request: Request) -> Units:
    unit = request.headers.get("sc-unit-system", "metric").lower()
    if unit not in ("metric", "imperial"):
        raise validation('"sc-unit-system" must be metric or imperial', "sc-unit-system")
    return Units(unit == "imperial")


def _basic(request: Request) -> tuple[str, str] | None:
    scheme, _, encoded = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        user, _, password = base64.b64decode(encoded.strip(), validate=True).decode().partition(":")
    except (binascii.Error, UnicodeDecodeError):
        return None
    return user, password


def same_secret(given: str, expected: str | None) -> bool:
    return expected is not None and secrets.compare_digest(given.encode(), expected.encode())


class Gateway:
    """Authentication, limits and vehicle lookup shared by every Smartcar route."""

    def __init__(self, ctx: BrandContext) -> None:
        self.ctx = ctx

    @property
    def data(self) -> SmartcarState:
        return smartcar_state(self.ctx.state)

    def now(self) -> datetime:
        return self.ctx.clock.now()

    def principal(self, request: Request, scopes: Iterable[str] = ()) -> Principal:
        """The token's principal, after the application's rate limit (``RATE_LIMIT:SMARTCAR_API``, whose
        ``Retry-After`` Smartcar does not document: sent only with the ``undocumented_retry_after`` option)."""
        principal = self.ctx.authenticate(request, scopes=scopes)
        retry_after = self.data.take_app(self.now())
        if retry_after is not None:
            raise SmartcarError(
                429,
                "RATE_LIMIT",
                "SMARTCAR_API",
                "The application has exceeded its request rate limit.",
                resolution="RETRY_LATER",
                retry_after=retry_after if self.ctx.state.options.undocumented_retry_after else None,
            )
        return principal

    def user_of(self, principal: Principal) -> str:
        return principal.user_id or self.ctx.owner.id

    def vehicle(self, principal: Principal, vehicle_id: str, user_id: str | None = None) -> Vehicle:
        """A vehicle the principal (and ``user_id``) may use and that is still connected."""
        vehicle = self.ctx.find_vehicle(vehicle_id)
        if vehicle is None or not principal.may_access(vehicle.id):
            raise not_found(f"Vehicle {vehicle_id} was not found.")
        if not self.data.connected(user_id or self.user_of(principal), vehicle.id):
            raise SmartcarError(
                403,
                "PERMISSION",
                None,
                "The vehicle is no longer connected to this application.",
                resolution="REAUTHENTICATE",
            )
        return vehicle

    def throttle(self, vehicle: Vehicle) -> SmartcarError | None:
        """``RATE_LIMIT:VEHICLE`` once the vehicle's minute is full."""
        retry_after = self.data.take_vehicle(vehicle.id, self.now())
        if retry_after is None:
            return None
        return SmartcarError(
            429,
            "RATE_LIMIT",
            "VEHICLE",
            "The vehicle has reached its request rate limit; see Retry-After.",
            resolution="RETRY_LATER",
            retry_after=retry_after,
        )

    def reachable(self, request: Request, scopes: Iterable[str]) -> tuple[Principal, Vehicle]:
        """A v2 vehicle call: token with ``scopes``, application and vehicle limits, the vehicle."""
        principal = self.principal(request, scopes)
        vehicle = self.vehicle(principal, request.path_params["vehicle_id"])
        limited = self.throttle(vehicle)
        if limited is not None:
            raise limited
        return principal, vehicle

    def execute(self, vehicle: Vehicle, command: Command, **params: Any) -> None:
        outcome = self.ctx.execute(vehicle.id, command, **params)
        if not outcome.ok:
            raise outcome_error(outcome)

    def management_token(self, request: Request) -> None:
        """Bearer application management token (webhook unsubscription)."""
        token = bearer_token(request)
        if token is None or not same_secret(token, CLIENT.management_token):
            raise unauthenticated("The application management token is missing or wrong.")

    def management_basic(self, request: Request) -> None:
        """HTTP Basic ``default:{management token}`` (Management API)."""
        found = _basic(request)
        if found is None or found[0] != "default" or not same_secret(found[1], CLIENT.management_token):
            raise unauthenticated("The application management token is missing or wrong.")

    def client_basic(self, request: Request) -> None:
        """HTTP Basic ``client_id:client_secret`` (compatibility)."""
        found = _basic(request)
        if found is None or found[0] != CLIENT.client_id or not same_secret(found[1], CLIENT.client_secret):
            raise unauthenticated("The client credentials are missing or wrong.")

    def connections(self, user_id: str | None = None, vehicle_id: str | None = None) -> list[tuple[str, Vehicle]]:
        """(user id, vehicle) of every live connection, newest first; of one user or vehicle when given."""
        owner = self.ctx.owner.id
        return [
            (owner, car)
            for car in reversed(self.ctx.vehicles())
            if self.data.connected(owner, car.id)
            and (not user_id or owner == user_id)
            and (not vehicle_id or car.id == vehicle_id)
        ]
