"""Volvo Cars: Volvo ID (PingFederate) login and the api.volvocars.com gateway."""

from __future__ import annotations

from datetime import datetime

from starlette.responses import Response

from ..errors import AuthFailure
from .base import DAY, AuthServer, BrandProfile, DemoClient, EndpointRef, HostProfile
from .errors import ErrorStyle, OAuthErrorStyle, hhmmss, json_response, phrase, request_header, request_id
from .vendor import Body, VendorError, catalog, oauth_body, seconds_to_midnight

CONVE_SCOPES = tuple(
    f"conve:{name}"
    for name in (
        "battery_charge_level", "brake_status", "climatization_start_stop", "command_accessibility",
        "commands", "diagnostics_engine_status", "diagnostics_workshop", "doors_status", "engine_status",
        "fuel_status", "lock_status", "odometer_status", "trip_statistics", "tyre_status",
        "vehicle_relation", "warnings", "windows_status",
    )
)  # fmt: skip
RESTRICTED_SCOPES = ("conve:lock", "conve:unlock", "conve:engine_start_stop", "conve:honk_flash", "location:read")
ENERGY_SCOPES = ("energy:capability:read", "energy:state:read")
ALL_SCOPES = ("openid", *CONVE_SCOPES, *ENERGY_SCOPES, *RESTRICTED_SCOPES)

CLIENT = DemoClient(
    client_id="carconnect-sim-volvo",
    client_secret="sim-volvo-secret-7d1f4c2a9e",
    redirect_uris=("http://localhost:8765/callback",),
    scopes=ALL_SCOPES,
    api_key="5f0c3e9a1b7d4c2e8f6a0b1c2d3e4f50",
)


OPERATION_ID_HEADER = "vcc-api-operationId"
TRACE_HEADER = "traceparent"


def operation_id() -> str:
    """The caller's ``vcc-api-operationId``, or a new id when the request carries none."""
    return request_header(OPERATION_ID_HEADER) or request_id()


class VolvoErrors(ErrorStyle):
    """Connected Vehicle style ``{"status", "operationId", "error": {"message", "description"}}``, with the
    caller's operation id; the gateway's quota and rate-limit answers are ``{"statusCode", "message"}``."""

    def _body(self, status: int, message: str, description: str) -> dict[str, object]:
        return {
            "status": status,
            "operationId": operation_id(),
            "error": {"message": message, "description": description},
        }

    def auth_failure(self, failure: AuthFailure, now: datetime) -> Response:
        code = "FORBIDDEN" if failure.status_code == 403 else "UNAUTHORIZED"
        return json_response(failure.status_code, self._body(failure.status_code, code, failure.description))

    def quota(self, reset_in: int, now: datetime) -> Response:
        message = f"Out of call volume quota. Quota will be replenished in {hhmmss(reset_in)}."
        return json_response(403, {"statusCode": 403, "message": message})

    def rate_limit(self, retry_after: int, now: datetime) -> Response:
        """429 stating the wait in its message only: Volvo documents no ``Retry-After``."""
        message = f"Rate limit is exceeded. Try again in {retry_after} seconds."
        return json_response(429, {"statusCode": 429, "message": message})

    def error(self, status: int, message: str, now: datetime) -> Response:
        code = phrase(status).upper().replace(" ", "_").replace("-", "_")
        return json_response(status, self._body(status, code, message))


def _connected_vehicle(status: int, message: str, description: str | None = None) -> Body:
    """A Connected Vehicle error body (``{"status", "operationId", "error": {"message", "description"?}}``)."""

    def body(now: datetime) -> dict[str, object]:
        error = {"message": message, **({"description": description} if description else {})}
        return {"status": status, "operationId": operation_id(), "error": error}

    return body


def _quota(now: datetime) -> dict[str, object]:
    replenished = hhmmss(seconds_to_midnight(now))
    return {"statusCode": 403, "message": f"Out of call volume quota. Quota will be replenished in {replenished}."}


VENDOR_ERRORS = catalog(
    VendorError(
        "invalid-api-key",
        401,
        _connected_vehicle(
            401,
            "Access denied due to invalid VCC-API-KEY. Make sure to provide a valid key for an active subscription.",
        ),
        "the application's vcc-api-key is wrong: configuration, not the user's token",
    ),
    VendorError(
        "access-token-invalid",
        401,
        _connected_vehicle(401, "UNAUTHORIZED", "The access token is invalid or has expired."),
        "the access token is expired or revoked: refresh it once",
    ),
    VendorError(
        "missing-scope",
        403,
        _connected_vehicle(403, "FORBIDDEN", "Access denied: the token lacks the scope conve:odometer_status."),
        "the user did not grant a scope the call needs",
    ),
    VendorError("quota", 403, _quota, "the application's daily call volume is used up"),
    VendorError(
        "car-in-use-or-asleep",
        503,
        _connected_vehicle(503, "SERVICE_UNAVAILABLE", "Not allowed, car is in use or asleep"),
        "the car cannot serve the call now: a vehicle state, not a server fault",
    ),
    VendorError(
        "invalid-grant",
        400,
        oauth_body("invalid_grant", "unknown, invalid, or expired refresh token"),
        "the refresh token is dead: the user must log in again",
        where="token",
    ),
    VendorError(
        "invalid-client",
        401,
        oauth_body("invalid_client", "Invalid client or Invalid client credentials"),
        "the application's client id or secret is wrong",
        where="token",
    ),
)


SERVER = AuthServer(
    name="volvo",
    brand="volvo",
    audience="volvo",
    authorize=EndpointRef("auth", "/as/authorization.oauth2"),
    token=EndpointRef("auth", "/as/token.oauth2"),
    revocation=EndpointRef("auth", "/as/revoke_token.oauth2"),
    userinfo=EndpointRef("auth", "/idp/userinfo.openid"),
    discovery=EndpointRef("auth", "/.well-known/openid-configuration"),
    clients=(CLIENT,),
    client_auth=("client_secret_basic",),
    grant_types=("authorization_code", "refresh_token"),
    access_ttl=299,
    refresh_ttl=7 * DAY,
    grant_max_age=182 * DAY,
    code_ttl=300,
    pkce_required=True,
    allowed_scopes=frozenset(ALL_SCOPES),
    required_scopes=("openid",),
    include_scope=False,
    id_token=True,
    invalid_refresh_description="unknown, invalid, or expired refresh token",
)

PROFILE = BrandProfile(
    name="volvo",
    hosts=(
        HostProfile("auth", "volvoid.eu.volvocars.com", OAuthErrorStyle()),
        HostProfile(
            "api",
            "api.volvocars.com",
            VolvoErrors(),
            audiences=("volvo",),
            echo_headers=(OPERATION_ID_HEADER, TRACE_HEADER),
        ),
        HostProfile("portal", "public-developer-portal-bff.weu-prod.ecpaz.volvocars.biz", VolvoErrors()),
    ),
    servers=(SERVER,),
    apis={
        "connected-vehicle": ("api", "/connected-vehicle/v2"),
        "energy": ("api", "/energy/v2"),
        "location": ("api", "/location/v1"),
        "backend-status": ("portal", ""),
    },
)
