"""Secret scanning: every token, secret, API key and PKCE verifier the suite used, looked for in every
log line, exception and repr the suite produced.

Secrets are harvested from each simulator before it forgets them (``reset``), from the demo
clients' registrations, and from core's PKCE verifier generator (wrapped for the session). Texts are
split into runs of token characters and every window of a secret's length is looked up in a set, so
scanning megabytes of DEBUG logs stays fast.
"""

from __future__ import annotations

import re
import threading
import traceback
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from carconnect.sim import DEMO_CLIENTS, Simulator

MIN_SECRET = 12
"""Shorter values are identifiers, not secrets (and would match by accident)."""
_RUN = re.compile(rf"[A-Za-z0-9._~+/=-]{{{MIN_SECRET},}}")


@dataclass(frozen=True)
class Leak:
    secret_kind: str
    where: str
    excerpt: str


def describe(item: object) -> list[str]:
    """What a user could see of ``item``: repr and str, and for an exception its whole traceback chain."""
    texts = [repr(item), str(item)]
    if isinstance(item, BaseException):
        texts.append("".join(traceback.format_exception(item)))
        texts += [repr(arg) for arg in item.args]
    return texts


class LeakWatch:
    """Collects secrets and produced texts for one test session."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._secrets: dict[str, str] = {}
        self._texts: list[tuple[str, str]] = []
        self.log_records = 0
        self.log_bytes = 0
        self.scanned_texts = 0
        for name, client in DEMO_CLIENTS.items():
            self.secret("client secret", client.client_secret)
            self.secret("api key", client.api_key)
            self.secret("management token", client.management_token)
            del name

    # -- secrets -------------------------------------------------------------------------------

    def secret(self, kind: str, value: str | None) -> None:
        if value and len(value) >= MIN_SECRET:
            with self._lock:
                self._secrets.setdefault(value, kind)

    def harvest(self, sim: Simulator) -> None:
        """Every token, authorization code and device code ``sim`` has issued so far."""
        store = sim.oauth
        with store.lock:
            tokens = [(token.kind, token.value) for token in store.tokens.values()]
            codes = list(store.codes)
            devices = list(store.devices)
        for kind, value in tokens:
            self.secret(f"{kind} token", value)
        for code in codes:
            self.secret("authorization code", code)
        for device_code in devices:
            self.secret("device code", device_code)

    @property
    def secret_count(self) -> int:
        with self._lock:
            return len(self._secrets)

    def kinds(self) -> dict[str, int]:
        with self._lock:
            counts: dict[str, int] = {}
            for kind in self._secrets.values():
                counts[kind] = counts.get(kind, 0) + 1
            return counts

    # -- produced texts ------------------------------------------------------------------------

    def produced(self, where: str, *items: Any) -> None:
        """Record the reprs, messages and tracebacks of ``items`` for the scan."""
        texts = [(where, text) for item in items for text in describe(item)]
        with self._lock:
            self._texts.extend(texts)

    def text(self, where: str, text: str) -> None:
        with self._lock:
            self._texts.append((where, text))

    @property
    def text_count(self) -> int:
        with self._lock:
            return len(self._texts)

    def scan(self, extra: Iterable[tuple[str, str]] = ()) -> list[Leak]:
        """Every secret found in a recorded text (or in ``extra``)."""
        with self._lock:
            secrets = dict(self._secrets)
            texts = [*self._texts, *extra]
            self.scanned_texts = len(texts)
        return find_leaks(secrets, texts)

    def scan_logs(self, where: str, records: list[str]) -> list[Leak]:
        """Scan one test's log lines now (they are not kept)."""
        with self._lock:
            secrets = dict(self._secrets)
            self.log_records += len(records)
            self.log_bytes += sum(len(record) for record in records)
        return find_leaks(secrets, [(where, "\n".join(records))])


def find_leaks(secrets: dict[str, str], texts: Iterable[tuple[str, str]]) -> list[Leak]:
    by_length: dict[int, set[str]] = {}
    for value in secrets:
        by_length.setdefault(len(value), set()).add(value)
    lengths = sorted(by_length)
    leaks: list[Leak] = []
    for where, text in texts:
        for run in _RUN.finditer(text):
            word = run.group()
            for length in lengths:
                if length > len(word):
                    break
                candidates = by_length[length]
                for start in range(len(word) - length + 1):
                    if word[start : start + length] in candidates:
                        value = word[start : start + length]
                        excerpt = text[max(run.start() - 40, 0) : run.end() + 40].replace(value, "<SECRET>")
                        leaks.append(Leak(secrets[value], where, excerpt))
    return leaks


def watch_token(watch: LeakWatch, token: Any) -> None:
    """Add every secret of a :class:`carconnect.core.Token` (id tokens are never stored by the simulator)."""
    watch.secret("access token", getattr(token, "access_token", None))
    watch.secret("refresh token", getattr(token, "refresh_token", None))
    watch.secret("id token", getattr(token, "id_token", None))
