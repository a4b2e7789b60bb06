"""The few HTML pages a login server shows: errors, consent, device verification."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

from starlette.responses import HTMLResponse

_STYLE = "body{font-family:sans-serif;max-width:32rem;margin:3rem auto}button{margin-right:1rem}"


def _page(title: str, body: str, status: int = 200) -> HTMLResponse:
    html = (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{escape(title)}</title>"
        f"<style>{_STYLE}</style></head><body><h1>{escape(title)}</h1>{body}</body></html>"
    )
    return HTMLResponse(html, status_code=status)


def _hidden(params: Mapping[str, str]) -> str:
    return "".join(
        f"<input type='hidden' name='{escape(key)}' value='{escape(value)}'>" for key, value in params.items()
    )


def _checked(on: bool) -> str:
    return " checked" if on else ""


def error_page(error: str, description: str, status: int = 400) -> HTMLResponse:
    """Shown instead of redirecting when the redirect target itself cannot be trusted."""
    body = f"<p class='error' data-error='{escape(error)}'><code>{escape(error)}</code>: {escape(description)}</p>"
    return _page("Sign-in error", body, status)


def consent_page(
    action: str,
    brand: str,
    client_id: str,
    scopes: Sequence[str],
    params: Mapping[str, str],
    vehicles: Sequence[tuple[str, str]],
    choose_one: bool,
) -> HTMLResponse:
    """Approve / deny form; posts back to the authorize endpoint with the original parameters."""
    scope_items = "".join(f"<li><code>{escape(scope)}</code></li>" for scope in scopes)
    kind = "radio" if choose_one else "checkbox"
    vehicle_items = "".join(
        f"<label><input type='{kind}' name='vehicle' value='{escape(vid)}'{_checked(i == 0 or not choose_one)}>"
        f" {escape(label)}</label><br>"
        for i, (vid, label) in enumerate(vehicles)
    )
    body = (
        f"<p>The application <code>{escape(client_id)}</code> asks for access to your {escape(brand)} account.</p>"
        f"<ul>{scope_items}</ul><form method='post' action='{escape(action)}'>{_hidden(params)}"
        f"<fieldset><legend>Vehicles</legend>{vehicle_items}</fieldset>"
        "<button name='decision' value='approve'>Allow</button>"
        "<button name='decision' value='deny'>Deny</button></form>"
    )
    return _page("Allow access?", body)


def verification_page(action: str, user_code: str, message: str | None = None, status: int = 200) -> HTMLResponse:
    """Device-flow page: enter (or confirm) the user code, then allow or deny."""
    note = f"<p class='message'>{escape(message)}</p>" if message else ""
    body = (
        f"{note}<form method='post' action='{escape(action)}'>"
        f"<label>Code <input name='user_code' value='{escape(user_code)}' autocomplete='off'></label><p>"
        "<button name='decision' value='approve'>Allow</button>"
        "<button name='decision' value='deny'>Deny</button></p></form>"
    )
    return _page("Connect a device", body, status)


def done_page(message: str) -> HTMLResponse:
    return _page("Done", f"<p class='message'>{escape(message)}</p>")
