"""Ford: FordConnect Query (default), FordConnect, and the FordPass login chain (B2C -> CAT -> Autonomic)."""

from __future__ import annotations

from datetime import datetime

from starlette.responses import Response

from ..errors import AuthFailure
from .base import DAY, AuthServer, BrandProfile, DemoClient, EndpointRef, HostProfile
from .errors import ErrorStyle, OAuthErrorStyle, json_response, phrase, request_id
from .vendor import Body, VendorError, catalog

FORDCONNECT_APPLICATION_ID = "AFDC085B-377A-4351-B23E-5E1D35FB3700"
FORDPASS_APPLICATION_IDS = {
    "US": "71A3AD0A-CF46-4CCF-B473-FC7FE5BC4592",
    "CA": "71A3AD0A-CF46-4CCF-B473-FC7FE5BC4592",
    "EU": "1E8C7794-FF5F-49BC-9596-A1E0C86C5B19",
    "AU": "5C80A6BB-CF0D-4A30-BDBF-FC804B5C1A98",
    "EUROPE": "667D773E-1BDC-4139-8AD0-2B16474E8DC7",
    "NORTH_AMERICA": "BFE8C5ED-D687-4C19-A5DD-F92CDFC4503A",
    "ASIA_PACIFIC": "39CD6590-B1B9-42CB-BEF9-0DC1FDB96260",
    "SOUTH_AMERICA": "C1DFFEF5-5BA5-486A-9054-8B39A9DF9AFC",
    "AFRICA": "71AA9ED7-B26B-4C15-835E-9F35CC238561",
    "LINCOLN_NORTH_AMERICA": "45133B88-0671-4AAF-B8D1-99E684ED4E45",
}
FORDPASS_TENANT = "4566605f-43a7-400a-946e-89cc9fdb0bd7"
FORDPASS_POLICY = "B2C_1A_SignInSignUp_en-US"
FORDCONNECT_TENANT = "914d88b1-3523-4bf6-9be4-1b96b4f6f919"
AUTONOMIC_CLIENT_ID = "fordpass-prod"
CAT_TTL = 3600
CAT_REFRESH_TTL = 2629746
AUTONOMIC_TTL = 300

QUERY_CLIENT = DemoClient(
    client_id="0f3e9d2c-5a71-4b8e-a6c4-1d2e3f4a5b6c",
    client_secret="sim-ford-query-secret-41c7e2",
    redirect_uris=("http://localhost:8765/callback",),
    scopes=("openid", "offline_access"),
)
CONNECT_CLIENT = DemoClient(
    client_id="7b2d4f6a-8c1e-4a3b-9d5f-0e2c4a6b8d1f",
    client_secret="sim-fordconnect-secret-93ab0d",
    redirect_uris=("https://localhost:3000", "http://localhost:8765/callback"),
    scopes=("access",),
    application_id=FORDCONNECT_APPLICATION_ID,
)
FORDPASS_CLIENT = DemoClient(
    client_id="09852200-05fd-41f6-8c21-d36d3497dc64",
    client_secret=None,
    redirect_uris=("fordapp://userauthorized",),
    scopes=("09852200-05fd-41f6-8c21-d36d3497dc64", "openid"),
    application_id=FORDPASS_APPLICATION_IDS["NORTH_AMERICA"],
)


class FordQueryErrors(ErrorStyle):
    """FordConnect Query (Azure API Management in front): ``{"statusCode", "message"}``."""

    def rate_limit(self, retry_after: int, now: datetime) -> Response:
        message = f"Rate limit is exceeded. Try again in {retry_after} seconds."
        return json_response(429, {"statusCode": 429, "message": message}, {"Retry-After": str(retry_after)})

    def error(self, status: int, message: str, now: datetime) -> Response:
        return json_response(status, {"statusCode": status, "message": message})


class FordConnectErrors(FordQueryErrors):
    """FordConnect: ``{"errorCode", "errorMessage"}`` for 400, the ``error{code,title}`` envelope for 406."""

    def error(self, status: int, message: str, now: datetime) -> Response:
        if status == 400:
            return json_response(400, {"errorCode": "400", "errorMessage": message})
        if status == 406:
            error = {"code": 4006, "title": "Not Acceptable", "details": message, "statusCode": "NOT_ACCEPTABLE"}
            return json_response(406, {"error": error, "status": "FAILED"})
        return super().error(status, message, now)


class FordCatErrors(ErrorStyle):
    """Ford's token-exchange and CAT-authenticated endpoints: ``{"message", "timestamp", "errorCode"}``."""

    def auth_failure(self, failure: AuthFailure, now: datetime) -> Response:
        body = {"message": "Invalid or Expired Token", "timestamp": now.isoformat(), "errorCode": "460"}
        return json_response(failure.status_code, body)

    def error(self, status: int, message: str, now: datetime) -> Response:
        return json_response(status, {"message": message, "timestamp": now.isoformat(), "errorCode": str(status)})

    def rate_limit(self, retry_after: int, now: datetime) -> Response:
        response = self.error(429, "Too many requests", now)
        response.headers["Retry-After"] = str(retry_after)
        return response


class AutonomicErrors(ErrorStyle):
    """api.autonomic.ai: ``{"code", "error", "message", "messageTemplate", "timestamp", "referenceId"}``."""

    def _body(self, status: int, message: str, now: datetime) -> dict[str, object]:
        return {
            "code": status,
            "error": phrase(status).lower(),
            "message": message,
            "messageTemplate": message,
            "messageParams": [],
            "timestamp": now.isoformat(),
            "referenceId": request_id(),
        }

    def auth_failure(self, failure: AuthFailure, now: datetime) -> Response:
        return json_response(failure.status_code, self._body(failure.status_code, failure.description, now))

    def error(self, status: int, message: str, now: datetime) -> Response:
        return json_response(status, self._body(status, message, now))

    def rate_limit(self, retry_after: int, now: datetime) -> Response:
        return json_response(429, self._body(429, "Too many requests", now), {"Retry-After": str(retry_after)})


def _b2c(error: str, code: str, description: str) -> Body:
    """An Azure AD B2C token-endpoint error: the AADB2C code, then correlation id and timestamp lines."""

    def body(now: datetime) -> dict[str, str]:
        trailer = f"\r\nCorrelation ID: {request_id()}\r\nTimestamp: {now:%Y-%m-%d %H:%M:%SZ}\r\n"
        return {"error": error, "error_description": f"{code}: {description}{trailer}"}

    return body


def _apim(message: str) -> Body:
    return lambda now: {"statusCode": 401, "message": message}


def _cat_token(now: datetime) -> dict[str, str]:
    return {"message": "Invalid or Expired Token", "timestamp": now.isoformat(), "errorCode": "460"}


def _fordconnect(code: int, title: str, details: str, status: str) -> Body:
    error = {"code": code, "title": title, "details": details, "statusCode": status}
    return lambda now: {"error": dict(error), "status": "FAILED", "commandStatus": "FAILED"}


def _autonomic(status: int, message: str) -> Body:
    return lambda now: AutonomicErrors()._body(status, message, now)


VENDOR_ERRORS = catalog(
    VendorError(
        "missing-subscription-key",
        401,
        _apim("Access denied due to missing subscription key."),
        "the Application-Id header is missing: the application's configuration",
    ),
    VendorError(
        "invalid-subscription-key",
        401,
        _apim(
            "Access denied due to invalid subscription key. "
            "Make sure to provide a valid key for an active subscription."
        ),
        "the Application-Id is wrong: the application's configuration",
    ),
    VendorError(
        "access-token-expired",
        401,
        lambda now: {"error": "invalid_token", "error_description": "Access token expired: ACCESS-not-a-valid-token"},
        "the access token expired: refresh it once",
    ),
    VendorError(
        "unauthorized-user",
        401,
        _fordconnect(3000, "Unauthorized user", "The user is unauthorized.", "UNAUTHORIZED"),
        "FordConnect: the user has not authorized this vehicle for the application",
    ),
    VendorError(
        "autonomic-unauthorized",
        401,
        _autonomic(401, "request did not provide a token"),
        "FordPass (Autonomic): no valid bearer token",
    ),
    VendorError(
        "autonomic-forbidden",
        403,
        _autonomic(403, "DENY_ALLOW: Not authorized to perform: 'command:issueRemoteStartControl'"),
        "FordPass (Autonomic): the account may not run this command",
    ),
    VendorError(
        "invalid-grant",
        400,
        _b2c(
            "invalid_grant",
            "AADB2C90080",
            "The provided grant has expired. Please re-authenticate and try again.",
        ),
        "the refresh token is dead: the user must log in again",
        where="token",
    ),
    VendorError(
        "invalid-client",
        401,
        _b2c(
            "invalid_client",
            "AADB2C90081",
            "The specified client_secret does not match the expected value for this client. "
            "Please correct the client_secret and try again.",
        ),
        "the application's client secret is wrong",
        where="token",
    ),
    VendorError(
        "cat-invalid-or-expired-token",
        401,
        _cat_token,
        "FordPass CAT refresh: the refresh token is dead; only a new manual login helps",
        where="token",
    ),
)


QUERY_SERVER = AuthServer(
    name="ford",
    brand="ford",
    audience="ford",
    authorize=EndpointRef("api", "/fcon-public/v1/auth/init"),
    token=EndpointRef("api", "/dah2vb2cprod.onmicrosoft.com/oauth2/v2.0/token", query={"p": "B2C_1A_FCON_AUTHORIZE"}),
    clients=(QUERY_CLIENT,),
    client_auth=("client_secret_post",),
    grant_types=("authorization_code", "refresh_token"),
    access_ttl=1200,
    refresh_ttl=90 * DAY,
    code_ttl=1200,
    response_style="b2c",
    state_max_length=16,
    one_vehicle_per_grant=True,
)

CONNECT_SERVER = AuthServer(
    name="ford-connect",
    brand="ford",
    audience="ford-connect",
    authorize=EndpointRef("connect-login", "/common/login/"),
    token=EndpointRef(
        "b2clogin", f"/{FORDCONNECT_TENANT}/oauth2/v2.0/token", query={"p": "B2C_1A_signup_signin_common"}
    ),
    clients=(CONNECT_CLIENT,),
    client_auth=("client_secret_post", "client_secret_basic"),
    grant_types=("authorization_code", "refresh_token"),
    access_ttl=1200,
    refresh_ttl=90 * DAY,
    code_ttl=1200,
    response_style="b2c",
)

FORDPASS_SERVER = AuthServer(
    name="fordpass",
    brand="ford",
    audience="fordpass-b2c",
    authorize=EndpointRef(
        "login",
        f"/{FORDPASS_TENANT}/{FORDPASS_POLICY}/oauth2/v2.0/authorize",
        route=f"/{FORDPASS_TENANT}/{{policy}}/oauth2/v2.0/authorize",
    ),
    token=EndpointRef(
        "login",
        f"/{FORDPASS_TENANT}/{FORDPASS_POLICY}/oauth2/v2.0/token",
        route=f"/{FORDPASS_TENANT}/{{policy}}/oauth2/v2.0/token",
    ),
    clients=(FORDPASS_CLIENT,),
    client_auth=("none",),
    grant_types=("authorization_code", "refresh_token"),
    access_ttl=3600,
    refresh_ttl=90 * DAY,
    pkce_required=True,
    response_style="b2c",
)

# Not OAuth endpoints but part of the FordPass login chain (see carconnect.sim.oauth.ford).
CAT_FROM_B2C = EndpointRef("foundational", "/api/token/v2/cat-with-b2c-access-token")
CAT_REFRESH = EndpointRef("foundational", "/api/token/v2/cat-with-refresh-token")
AUTONOMIC_TOKEN = EndpointRef("autonomic-accounts", "/v1/auth/oidc/token")

PROFILE = BrandProfile(
    name="ford",
    hosts=(
        HostProfile("api", "api.vehicle.ford.com", FordQueryErrors(), audiences=("ford",)),
        HostProfile("auth", "api.vehicle.ford.com", FordQueryErrors(), alias_of="api"),
        HostProfile("mps", "api.mps.ford.com", FordConnectErrors(), audiences=("ford-connect",)),
        HostProfile("connect-login", "fordconnect.cv.ford.com", OAuthErrorStyle()),
        HostProfile("b2clogin", "dah2vb2cprod.b2clogin.com", OAuthErrorStyle()),
        HostProfile("login", "login.ford.com", OAuthErrorStyle()),
        HostProfile(
            "foundational",
            "api.foundational.ford.com",
            FordCatErrors(),
            audiences=("fordpass-cat",),
            token_header="auth-token",
        ),
        HostProfile("autonomic-accounts", "accounts.autonomic.ai", OAuthErrorStyle()),
        HostProfile("autonomic", "api.autonomic.ai", AutonomicErrors(), audiences=("fordpass-autonomic",)),
    ),
    servers=(QUERY_SERVER, CONNECT_SERVER, FORDPASS_SERVER),
    apis={
        "query": ("api", "/fcon-query/v1"),
        "connect": ("mps", "/api/fordconnect"),
        "fordpass": ("autonomic", ""),
        "fordpass-vehicle": ("api", "/api"),
    },
)
