"""Smartcar: Connect + token endpoint (v2 user tokens) and iam client credentials (v3 app tokens)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from starlette.responses import Response

from ..errors import AuthFailure
from .base import DAY, AuthServer, BrandProfile, DemoClient, EndpointRef, HostProfile
from .errors import ErrorStyle, OAuthErrorStyle, json_response, request_id
from .vendor import Body, VendorError, catalog, oauth_body

PERMISSIONS = (
    "read_alerts", "read_battery", "read_charge", "read_charge_locations", "read_charge_records",
    "read_charge_events", "read_climate", "read_compass", "read_diagnostics", "read_engine_oil",
    "read_extended_vehicle_info", "read_fuel", "read_location", "read_odometer", "read_security",
    "read_service_history", "read_speedometer", "read_thermometer", "read_tires", "read_user_profile",
    "read_vehicle_info", "read_vin",
    "control_charge", "control_climate", "control_navigation", "control_security", "control_pin",
    "control_trunk",
)  # fmt: skip

CLIENT = DemoClient(
    client_id="8229df9f-91a0-4ff0-a1ae-a1f38ee24d07",
    client_secret="sim-smartcar-secret-5be81f0c",
    redirect_uris=("http://localhost:8765/callback",),
    scopes=PERMISSIONS,
    management_token="sim-smartcar-amt-2c4e6a8b0d1f3e5a",
)

# (type, code, resolution) per status for errors that carry no more specific meaning.
_V2_TYPES: dict[int, tuple[str, str | None, str | None]] = {
    400: ("VALIDATION", None, None),
    401: ("AUTHENTICATION", None, "REAUTHENTICATE"),
    403: ("PERMISSION", None, None),
    404: ("RESOURCE_NOT_FOUND", "PATH", None),
    409: ("VEHICLE_STATE", "UNKNOWN", None),
    429: ("RATE_LIMIT", "VEHICLE", "RETRY_LATER"),
    430: ("BILLING", "VEHICLE_REQUEST_LIMIT", None),
    500: ("SERVER", "INTERNAL", "RETRY_LATER"),
    501: ("COMPATIBILITY", "VEHICLE_NOT_CAPABLE", None),
    502: ("UPSTREAM", "UNKNOWN_ISSUE", "RETRY_LATER"),
}


def _kind(status: int) -> tuple[str, str | None, str | None]:
    return _V2_TYPES.get(status, ("SERVER", "INTERNAL", "RETRY_LATER") if status >= 500 else ("VALIDATION", None, None))


class SmartcarV2Errors(ErrorStyle):
    """v2 flat body ``{type, code, description, docURL, statusCode, requestId, resolution, ...}``."""

    def _response(self, status: int, description: str, headers: dict[str, str] | None = None) -> Response:
        kind, code, resolution = _kind(status)
        rid = request_id()
        body: dict[str, Any] = {
            "type": kind,
            "code": code,
            "description": description,
            "docURL": "https://smartcar.com/docs/errors",
            "statusCode": status,
            "requestId": rid,
            "resolution": {"type": resolution},
            "suggestedUserMessage": description,
        }
        return json_response(status, body, {"SC-Request-Id": rid, **(headers or {})})

    def auth_failure(self, failure: AuthFailure, now: datetime) -> Response:
        return self._response(failure.status_code, failure.description)

    def quota(self, reset_in: int, now: datetime) -> Response:
        return self._response(430, "The vehicle has reached its monthly request limit.")

    def rate_limit(self, retry_after: int, now: datetime) -> Response:
        return self._response(429, "The vehicle is being rate limited.", {"Retry-After": str(retry_after)})

    def error(self, status: int, message: str, now: datetime) -> Response:
        return self._response(status, message)


class SmartcarV3Errors(SmartcarV2Errors):
    """v3 JSON:API body ``{"errors": [{status, type, code, title, detail, resolution}]}``."""

    def _response(self, status: int, description: str, headers: dict[str, str] | None = None) -> Response:
        kind, code, resolution = _kind(status)
        error = {
            "status": str(status),
            "type": kind,
            "code": code,
            "title": kind.replace("_", " ").title(),
            "detail": description,
            "resolution": {"type": resolution},
            "links": {"about": "https://smartcar.com/docs/errors"},
        }
        return json_response(status, {"errors": [error]}, {"SC-Request-Id": request_id(), **(headers or {})})


REAUTHENTICATE_URL = "https://connect.smartcar.com/oauth/reauthenticate"


def _v2(status: int, kind: str, code: str | None, description: str, resolution: Any = None) -> Body:
    """A v2 error body as Smartcar documents it."""

    def body(now: datetime) -> dict[str, Any]:
        return {
            "type": kind,
            "code": code,
            "description": description,
            "docURL": f"https://smartcar.com/docs/errors/api-errors/{kind.lower().replace('_', '-')}-errors",
            "statusCode": status,
            "requestId": request_id(),
            "resolution": resolution if resolution is not None else {"type": None},
            "suggestedUserMessage": description,
        }

    return body


def _v3(status: int, kind: str, code: str | None, detail: str, resolution: str | None = None) -> Body:
    """A v3 JSON:API error body."""

    def body(now: datetime) -> dict[str, Any]:
        error = {
            "status": str(status),
            "type": kind,
            "code": code,
            "title": kind.replace("_", " ").title(),
            "detail": detail,
            "resolution": {"type": resolution},
            "links": {"about": "https://smartcar.com/docs/errors"},
        }
        return {"errors": [error]}

    return body


def _billing(code: str, description: str, meaning: str) -> VendorError:
    name = f"billing-{code.lower().replace('_', '-')}"
    return VendorError(name, 430, _v2(430, "BILLING", code, description), meaning)


def _upstream(code: str, description: str) -> VendorError:
    retry_later = {"type": "RETRY_LATER"}
    name = f"upstream-{code.lower().replace('_', '-')}"
    return VendorError(name, 502, _v2(502, "UPSTREAM", code, description, retry_later), "the automaker's side failed")


VENDOR_ERRORS = catalog(
    VendorError(
        "connected-services-authentication-failed",
        400,
        _v2(
            400,
            "CONNECTED_SERVICES_ACCOUNT",
            "AUTHENTICATION_FAILED",
            "Smartcar was unable to authenticate with the user's connected services account.",
            {"type": "REAUTHENTICATE", "url": f"{REAUTHENTICATE_URL}?response_type=vehicle_id"},
        ),
        "the user's login at the automaker broke: the user must re-authenticate in Connect",
    ),
    VendorError(
        "authentication",
        401,
        _v2(401, "AUTHENTICATION", None, "The provided access token is invalid.", {"type": "REAUTHENTICATE"}),
        "the access token is expired or revoked: refresh it once",
    ),
    VendorError(
        "v3-authentication-access-denied",
        403,
        _v3(403, "AUTHENTICATION", "ACCESS_DENIED", "The user did not grant access to this vehicle.", "REAUTHENTICATE"),
        "v3: the user's consent does not cover the call",
    ),
    VendorError(
        "rate-limit-vehicle",
        429,
        _v2(
            429,
            "RATE_LIMIT",
            "VEHICLE",
            "You have reached the throttling rate limit for this vehicle. Please see the retry-after header "
            "(seconds) for when to retry the request.",
            {"type": "RETRY_LATER"},
        ),
        "the vehicle is throttled: obey Retry-After, never retry automatically",
        retry_after=60,
    ),
    _billing("INVALID_PLAN", "The application's plan does not include this feature.", "upgrade the plan"),
    _billing("VEHICLE_LIMIT", "The application reached the number of vehicles its plan allows.", "upgrade the plan"),
    _billing(
        "VEHICLE_REQUEST_LIMIT",
        "The vehicle has reached its monthly request limit.",
        "the monthly per-vehicle quota is used up",
    ),
    _billing("ACCOUNT_SUSPENDED", "The application's account is suspended.", "contact Smartcar billing"),
    _upstream("INVALID_DATA", "The automaker returned invalid data."),
    _upstream("KNOWN_ISSUE", "The automaker has a known issue."),
    _upstream("NO_RESPONSE", "The automaker did not respond."),
    _upstream("RATE_LIMIT", "The automaker is rate limiting requests."),
    _upstream("UNKNOWN_ISSUE", "The automaker returned an unknown error."),
    VendorError(
        "invalid-grant",
        400,
        oauth_body("invalid_grant", "Invalid or expired refresh token."),
        "the refresh token is dead: the user must go through Connect again",
        where="token",
    ),
    VendorError(
        "invalid-client",
        401,
        oauth_body("invalid_client", "Invalid client credentials."),
        "the application's client id or secret is wrong",
        where="token",
    ),
)


SERVER = AuthServer(
    name="smartcar",
    brand="smartcar",
    audience="smartcar",
    authorize=EndpointRef("connect", "/oauth/authorize"),
    token=EndpointRef("auth", "/oauth/token"),
    clients=(CLIENT,),
    client_auth=("client_secret_basic",),
    grant_types=("authorization_code", "refresh_token"),
    access_ttl=7200,
    refresh_ttl=60 * DAY,
    refresh_reuse_window=60,
    code_ttl=600,
    allowed_scopes=frozenset(PERMISSIONS),
    scope_prefix_stripped="required:",
    include_scope=False,
    redirect_user_id_param="user_id",
    redirect_uri_optional=True,
    force_consent_params={"approval_prompt": "force"},
)

V3_SERVER = AuthServer(
    name="smartcar-v3",
    brand="smartcar",
    audience="smartcar-app",
    token=EndpointRef("iam", "/oauth2/token"),
    clients=(CLIENT,),
    client_auth=("client_secret_post", "client_secret_basic"),
    grant_types=("client_credentials",),
    access_ttl=3600,
    include_scope=False,
    accepts_json_body=True,
)

PROFILE = BrandProfile(
    name="smartcar",
    hosts=(
        HostProfile("connect", "connect.smartcar.com", OAuthErrorStyle()),
        HostProfile("auth", "auth.smartcar.com", OAuthErrorStyle()),
        HostProfile("iam", "iam.smartcar.com", OAuthErrorStyle()),
        HostProfile("api", "api.smartcar.com", SmartcarV2Errors(), audiences=("smartcar",)),
        HostProfile("vehicle", "vehicle.api.smartcar.com", SmartcarV3Errors(), audiences=("smartcar-app", "smartcar")),
        HostProfile("management", "management.smartcar.com", SmartcarV2Errors()),
        HostProfile("management-v3", "management.api.smartcar.com", SmartcarV3Errors(), audiences=("smartcar-app",)),
    ),
    servers=(SERVER, V3_SERVER),
    apis={
        "v2": ("api", "/v2.0"),
        "v3": ("vehicle", "/v3"),
        "management": ("management", "/v2.0/management"),
        "management-v3": ("management-v3", "/v3"),
    },
)
