"""A certificate authority made for one run, and the loopback server's certificate signed by it.

Generated with ``trustme`` (on ``cryptography``) into a temporary directory when the run starts and
deleted with it: nothing is stored in the repository or the system's trust store. Clients trust the CA
through an SSL context built from :attr:`TlsFiles.ca` (``verify=`` for httpx, ``ssl_context=`` for
``AsyncioTransport``, ``ssl=`` for aiohttp, ``REQUESTS_CA_BUNDLE`` for requests).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

CA_VARIABLE = "CARCONNECT_BENCH_CA"
"""Environment variable through which a worker learns the CA file (set only for ``https`` contestants)."""


@dataclass(frozen=True)
class TlsFiles:
    ca: Path
    """The CA certificate (PEM): what clients trust."""
    cert: Path
    """The server certificate (PEM) for ``127.0.0.1`` and ``localhost``."""
    key: Path
    """The server certificate's private key (PEM)."""


def make(directory: Path) -> TlsFiles:
    """A new CA and a server certificate for the loopback address, written into ``directory``."""
    import trustme

    ca = trustme.CA(organization_name="carconnect benchmark CA")
    server = ca.issue_cert("127.0.0.1", "localhost")
    files = TlsFiles(directory / "ca.pem", directory / "server.pem", directory / "server.key")
    ca.cert_pem.write_to_path(str(files.ca))
    server.private_key_pem.write_to_path(str(files.key))
    for number, blob in enumerate(server.cert_chain_pems):
        blob.write_to_path(str(files.cert), append=number > 0)
    return files
