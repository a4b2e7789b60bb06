"""Contestant modules: each builds one client against the loopback server and reads one vehicle value.

The worker (``harness/worker.py``) loads a module by file path in the contestant's own venv and calls a
factory ``(base_url, target) -> reader``: sync readers have ``read()`` and ``close()``, async factories
are coroutines returning readers with ``async read()`` and ``async close()``. ``target`` holds the
identifiers of the read (``vin``, ``vehicle_id``) and the raw ``path``. Every token and key is a dummy.
``https`` contestants find the run's CA in ``CARCONNECT_BENCH_CA`` (see ``_ca.py``).
"""
