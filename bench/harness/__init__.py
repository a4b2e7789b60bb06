"""The benchmark harness: venvs, loopback server, worker processes, suites and the report (see bench/README.md)."""
