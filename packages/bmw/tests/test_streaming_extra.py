"""Without the ``streaming`` extra, importing the stream module says which extra to install."""

from __future__ import annotations

import subprocess
import sys

WITHOUT_AIOMQTT = """
import sys
sys.modules["aiomqtt"] = None
try:
    from carconnect.bmw.streaming import CarDataStream
except ImportError as exc:
    print(type(exc).__name__, exc, sep=": ")
"""


def test_importing_the_stream_without_aiomqtt_names_the_streaming_extra() -> None:
    done = subprocess.run([sys.executable, "-c", WITHOUT_AIOMQTT], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == (
        'ImportError: carconnect.bmw.streaming needs aiomqtt: pip install "carconnect-bmw[streaming]"'
    )
