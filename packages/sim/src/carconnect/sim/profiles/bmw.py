"""BMW CarData: the GCDM device flow (PKCE, non-standard status codes) and api-cardata."""

from __future__ import annotations

from datetime import datetime

from starlette.responses import Response

from ..errors import AuthFailure
from .base import DAY, AuthServer, BrandProfile, DemoClient, EndpointRef, HostProfile
from .errors import ErrorStyle, OAuthErrorStyle, json_response, request_id

SCOPES = ("authenticate_user", "openid", "cardata:api:read", "cardata:streaming:read")

CLIENT = DemoClient(
    client_id="6c0f5a5e-3b8f-4d0e-9a41-2f7b8c9d1e05",
    client_secret=None,
    redirect_uris=(),
    scopes=SCOPES,
)

_AUTH_IDS = {
    "missing": ("CU-100", "no token sent"),
    "expired": ("CU-102", "The presented token is expired."),
    "insufficient_scope": ("CU-103", "The token scope is not CarData."),
}


def cardata_error(error_id: str, message: str, note: str) -> dict[str, str]:
    """BMW's ``CustomerErrorResponse`` body."""
    return {"exveErrorId": error_id, "exveErrorMsg": message, "exveErrorRef": request_id(), "exveNote": note}


class BmwErrors(ErrorStyle):
    """``{exveErrorId, exveErrorMsg, exveErrorRef, exveNote}``; quota is HTTP 403 ``CU-429``."""

    def auth_failure(self, failure: AuthFailure, now: datetime) -> Response:
        error_id, note = _AUTH_IDS.get(failure.reason, ("CU-101", "The presented token is invalid or expired."))
        return json_response(failure.status_code, cardata_error(error_id, "invalid_token", note))

    def quota(self, reset_in: int, now: datetime) -> Response:
        return json_response(403, cardata_error("CU-429", "API rate limit reached", "Daily API limit reached."))

    def rate_limit(self, retry_after: int, now: datetime) -> Response:
        body = cardata_error("CU-429", "API rate limit reached", "Too many requests.")
        return json_response(429, body, {"Retry-After": str(retry_after)})

    def error(self, status: int, message: str, now: datetime) -> Response:
        error_id = {500: "CU-500", 503: "CU-503"}.get(status, "CU-400" if status < 500 else "CU-500")
        return json_response(status, cardata_error(error_id, message, message))


SERVER = AuthServer(
    name="bmw",
    brand="bmw",
    audience="bmw",
    device_authorization=EndpointRef("auth", "/gcdm/oauth/device/code"),
    verification=EndpointRef("auth", "/oneid/link"),
    token=EndpointRef("auth", "/gcdm/oauth/token"),
    clients=(CLIENT,),
    client_auth=("none",),
    grant_types=("device_code", "refresh_token"),
    access_ttl=3599,
    refresh_ttl=14 * DAY,
    pkce_required=True,
    allowed_scopes=frozenset(SCOPES),
    scope_error="invalid_request",
    id_token=True,
    user_id_field="gcid",
    device_ttl=300,
    device_interval=5,
    device_status={
        "authorization_pending": 403,
        "access_denied": 403,
        "slow_down": 400,
        "expired_token": 401,
        "invalid_client": 401,
    },
    verification_uri_complete=False,
    reused_refresh_error=(400, "invalid_request"),
    invalid_refresh_description="The provided access grant is invalid, expired, or revoked.",
)

PROFILE = BrandProfile(
    name="bmw",
    hosts=(
        HostProfile("auth", "customer.bmwgroup.com", OAuthErrorStyle()),
        HostProfile("api", "api-cardata.bmwgroup.com", BmwErrors(), audiences=("bmw",)),
    ),
    servers=(SERVER,),
    apis={"cardata": ("api", "")},
)
