"""BMW CarData: the GCDM device flow (PKCE, non-standard status codes) and api-cardata."""

from __future__ import annotations

from datetime import datetime

from starlette.responses import Response

from ..errors import AuthFailure
from .base import DAY, AuthServer, BrandProfile, DemoClient, EndpointRef, HostProfile
from .errors import ErrorStyle, OAuthErrorStyle, json_response, request_id
from .vendor import Body, VendorError, catalog, oauth_body

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
        """BMW documents no 429 and no ``Retry-After``: it throttles with its quota answer (403 ``CU-429``)."""
        return json_response(403, cardata_error("CU-429", "API rate limit reached", "Too many requests."))

    def error(self, status: int, message: str, now: datetime) -> Response:
        error_id = {500: "CU-500", 503: "CU-503"}.get(status, "CU-400" if status < 500 else "CU-500")
        return json_response(status, cardata_error(error_id, message, message))


def _cardata(error_id: str, message: str, note: str) -> Body:
    return lambda now: cardata_error(error_id, message, note)


VENDOR_ERRORS = catalog(
    VendorError(
        "cu-429-quota",
        403,
        _cardata("CU-429", "API rate limit reached", "Daily API limit reached."),
        "the daily quota of 50 calls is used up (BMW sends it as HTTP 403)",
    ),
    VendorError(
        "cu-503",
        503,
        _cardata("CU-503", "Service unavailable", "A partner system is unavailable."),
        "a partner system is down; the call counted against the daily quota",
    ),
    VendorError("cu-100", 401, _cardata("CU-100", "invalid_token", "no token sent"), "the request carried no token"),
    VendorError(
        "cu-101",
        401,
        _cardata("CU-101", "invalid_token", "The presented token is invalid or expired."),
        "the access token is invalid or expired: refresh it once",
    ),
    VendorError(
        "cu-102",
        401,
        _cardata("CU-102", "invalid_token", "The presented token is expired."),
        "the access token expired: refresh it once",
    ),
    VendorError(
        "cu-103",
        403,
        _cardata("CU-103", "invalid_token", "The token scope is not CarData."),
        "the login lacks the CarData scope: a new token from the same login has the same scope",
    ),
    VendorError(
        "cu-104",
        403,
        _cardata("CU-104", "forbidden", "No permission for this VIN."),
        "the VIN is not mapped to this user or not telematics-capable",
    ),
    VendorError(
        "cu-105",
        403,
        _cardata("CU-105", "forbidden", "No permission for this containerId."),
        "the container belongs to someone else or does not exist",
    ),
    VendorError(
        "invalid-grant",
        400,
        oauth_body("invalid_grant", "The provided access grant is invalid, expired, or revoked."),
        "the refresh token is dead: run the device login again",
        where="token",
    ),
    VendorError(
        "invalid-request",
        400,
        oauth_body("invalid_request", "The request is missing a required parameter or is malformed."),
        "BMW's answer to a refresh token that was already rotated: run the device login again",
        where="token",
    ),
    VendorError(
        "invalid-token",
        400,
        oauth_body("invalid_token", "The provided token is malformed."),
        "a malformed token request",
        where="token",
    ),
    VendorError(
        "invalid-client",
        401,
        oauth_body("invalid_client", "Client authentication failed: unknown client or account pending activation."),
        "the client id is wrong or not activated yet",
        where="token",
    ),
)


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
