"""Plain-httpx steps of the simulator's OAuth flows, for tests of routes and of the servers themselves.

    steps = OAuthSteps(sim, httpx.Client(transport=sim.transport()))
    token = steps.login("volvo")["access_token"]

Client code under test should use carconnect-core's flows; this helper drives the protocol by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx

from carconnect.core import RetryPolicy

from .oauth.pkce import make_pair
from .profiles import auth_server
from .server import Simulator


class OAuthSteps:
    """Authorize, exchange and refresh against one simulator with an httpx client."""

    def __init__(self, sim: Simulator, http: httpx.Client) -> None:
        self.sim = sim
        self.http = http

    @staticmethod
    def redirect_params(response: httpx.Response) -> dict[str, str]:
        """The query of a 302 answer's ``Location``, single-valued."""
        if response.status_code != 302:
            raise AssertionError(f"expected a 302 redirect, got {response.status_code}: {response.text[:200]}")
        query = parse_qs(urlsplit(response.headers["location"]).query)
        return {key: values[0] for key, values in query.items()}

    def authorize(
        self, brand: str, server: str | None = None, *, pkce: bool = True, **params: str | None
    ) -> tuple[httpx.Response, str]:
        """GET the authorize URL with the demo client's defaults (``None`` drops a parameter).

        Returns the response (302 or an HTML page) and the PKCE verifier.
        """
        return self._authorize(brand, server, pkce, params)

    def _authorize(
        self, brand: str, server: str | None, pkce: bool, params: Mapping[str, str | None]
    ) -> tuple[httpx.Response, str]:
        found = self.sim.endpoints(brand, server)
        if found.authorize_url is None:
            raise ValueError(f"{found.server} has no authorize endpoint")
        verifier, challenge = make_pair()
        query: dict[str, str | None] = {
            "response_type": "code",
            "client_id": found.client.client_id,
            "redirect_uri": found.client.redirect_uri,
            "scope": found.client.scope,
            "state": "s1",
        }
        if pkce:
            query.update(code_challenge=challenge, code_challenge_method="S256")
        query.update(params)
        kept = {key: value for key, value in query.items() if value is not None}
        return self.http.get(found.authorize_url, params=kept), verifier

    def token(
        self, brand: str, data: dict[str, str], server: str | None = None, *, auth: str | None = None
    ) -> httpx.Response:
        """POST ``data`` to the token endpoint, authenticating the demo client.

        ``auth``: ``client_secret_basic``, ``client_secret_post`` or ``none``; default: the
        server's first accepted method.
        """
        found = self.sim.endpoints(brand, server)
        method = auth or auth_server(found.server).client_auth[0]
        body = dict(data)
        kwargs: dict[str, Any] = {}
        if method == "client_secret_basic":
            kwargs["auth"] = (found.client.client_id, found.client.client_secret or "")
        elif method == "client_secret_post":
            body.update(client_id=found.client.client_id, client_secret=found.client.client_secret or "")
        else:
            body.setdefault("client_id", found.client.client_id)
        return self.http.post(found.token_url, data=body, **kwargs)

    def exchange(
        self, brand: str, response: httpx.Response, verifier: str, server: str | None = None
    ) -> httpx.Response:
        """Redeem the code of an authorize redirect."""
        client = self.sim.endpoints(brand, server).client
        data = {
            "grant_type": "authorization_code",
            "code": self.redirect_params(response)["code"],
            "redirect_uri": client.redirect_uri,
            "code_verifier": verifier,
        }
        return self.token(brand, data, server)

    def refresh(self, brand: str, refresh_token: str, server: str | None = None) -> httpx.Response:
        return self.token(brand, {"grant_type": "refresh_token", "refresh_token": refresh_token}, server)

    def login(self, brand: str, server: str | None = None, **params: str | None) -> dict[str, Any]:
        """A whole authorization-code flow; returns the token response JSON."""
        response, verifier = self._authorize(brand, server, True, params)
        answer = self.exchange(brand, response, verifier, server)
        if answer.status_code != 200:
            raise AssertionError(f"token exchange failed: {answer.status_code} {answer.text[:200]}")
        result: dict[str, Any] = answer.json()
        return result


RETRY_EVERYTHING = RetryPolicy(
    max_retries=5,
    deadline=600,
    retry_statuses=frozenset({429, 500, 502, 503, 504}),
    idempotent_methods=frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "POST", "PATCH"}),
    budget=None,
    rng=lambda: 0.0,
)
"""A caller's ``retry=`` that retries every method after every error status and transport error, with
no jitter: the brand's own rules (a command is sent once, BMW's quota) must hold under it."""
