"""Run as a separate OS process by the store tests: get an access token (or keep the login alive)
through a shared file store.

Its refresher appends the refresh token it spends to a ledger file, so a refresh token spent twice
(by two processes) would show up as a duplicate line there.
"""

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from carconnect.core import FileTokenStore, Token, TokenManager


class LedgerRefresher:
    def __init__(self, ledger: Path) -> None:
        self.ledger = ledger

    def refresh(self, token: Token) -> Token:
        with self.ledger.open("a") as handle:
            handle.write(f"{token.refresh_token}\n")
        time.sleep(0.05)  # widen the window in which another process could race us
        n = len(self.ledger.read_text().splitlines())
        now = datetime.now(UTC)
        return Token(
            f"at-{n}", f"rt-{n}", expires_at=now + timedelta(hours=1), refresh_expires_at=now + timedelta(days=7)
        )

    async def arefresh(self, token: Token) -> Token:
        return self.refresh(token)


def main(store_path: str, ledger: str, start_at: str, action: str = "get") -> None:
    manager = TokenManager(FileTokenStore(store_path), LedgerRefresher(Path(ledger)))
    time.sleep(max(0.0, float(start_at) - time.time()))
    print(manager.keep_alive() if action == "keep_alive" else manager.get_access_token())


if __name__ == "__main__":
    main(*sys.argv[1:5])
