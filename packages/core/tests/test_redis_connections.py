"""Connections to a real redis-server: stores and limits built from one URL share one pool per
process, a forked child opens its own, and a process out of file descriptors says so."""

from __future__ import annotations

import os
import resource
import select
import signal
import threading
import time
import warnings

import pytest
import redis
import redis.retry

from carconnect.core import StoreUnavailableError
from carconnect.core.shared import QuotaLedger, RedisTokenStore, SlidingWindowLimiter

from .conftest import token


def connected(client: redis.Redis) -> int:
    return int(client.info("clients")["connected_clients"])


def settles_at(client: redis.Redis, count: int) -> bool:
    """Whether the server counts ``count`` clients within a few seconds: it notices a closed
    connection on its next turn, not at once."""
    deadline = time.monotonic() + 5.0
    while connected(client) != count:
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


def test_every_store_and_limit_built_from_one_url_shares_one_pool(redis_url: str, redis_client: redis.Redis) -> None:
    before = connected(redis_client)
    stores = [RedisTokenStore(redis_url, f"volvo:user-{n}") for n in range(50)]
    for n, store in enumerate(stores):
        store.save(token(n))
        assert store.load() == token(n)
    limiter = SlidingWindowLimiter(redis_url, limit=5)
    ledger = QuotaLedger(redis_url, limit=5)
    assert limiter.reserve("volvo:user-1") == 0.0
    assert ledger.spend("bmw:user-1") == 4
    assert connected(redis_client) == before + 1  # one connection, used by one call after another
    assert len({id(user.redis.connection_pool) for user in [*stores, limiter, ledger]}) == 1
    for user in [*stores, limiter, ledger]:
        user.close()


def test_threads_building_stores_at_once_get_one_pool(redis_url: str) -> None:
    start = threading.Barrier(8)
    stores: list[RedisTokenStore] = []

    def build() -> None:
        start.wait(5)
        stores.append(RedisTokenStore(redis_url, "acct"))

    threads = [threading.Thread(target=build) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(5)
    assert len(stores) == 8
    assert len({id(store.redis.connection_pool) for store in stores}) == 1
    for store in stores:
        store.close()


def test_the_pool_closes_its_connections_once_its_last_user_closed(redis_url: str, redis_client: redis.Redis) -> None:
    before = connected(redis_client)
    one, two = RedisTokenStore(redis_url, "one"), RedisTokenStore(redis_url, "two")
    one.save(token(1))
    one.close()
    one.close()  # a second close gives nothing back twice
    assert two.load() is None  # the other user still works, on the pool's connection
    assert connected(redis_client) == before + 1
    two.close()
    assert settles_at(redis_client, before)
    assert one.load() == token(1)  # a closed store still answers, on a new connection


def test_a_given_client_is_used_as_it_is_and_left_open(redis_client: redis.Redis) -> None:
    store = RedisTokenStore(redis_client, "acct")
    assert store.redis is redis_client
    store.close()
    assert redis_client.ping()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_a_forked_child_opens_its_own_connection_and_leaves_the_parents(redis_url: str) -> None:
    store = RedisTokenStore(redis_url, "acct")
    parent_id = store.redis.client_id()  # the pool now holds the parent's connection
    read, write = os.pipe()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # "multi-threaded process" on 3.12+
        pid = os.fork()
    if pid == 0:  # the child: the inherited store and a new one from the same URL
        code = 1
        try:
            ids = {store.redis.client_id(), RedisTokenStore(redis_url, "other").redis.client_id()}
            os.write(write, ",".join(map(str, sorted(ids))).encode())
            code = 0
        finally:
            os._exit(code)
    try:
        ready, _, _ = select.select([read], [], [], 10)
        child_ids = {int(part) for part in os.read(read, 100).decode().split(",")} if ready else set()
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(read)
        os.close(write)
    assert len(child_ids) == 1  # one pool in the child too
    assert parent_id not in child_ids  # the child never spoke on the parent's socket
    assert store.redis.client_id() == parent_id  # whose connection is still the parent's
    store.close()


def test_a_process_out_of_file_descriptors_is_told_so(redis_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(redis.retry, "sleep", lambda seconds: None)  # redis-py's reconnection backoff
    store = RedisTokenStore(redis_url, "acct")  # a new pool: its first call opens a socket
    lowest_free = os.open(os.devnull, os.O_RDONLY)
    os.close(lowest_free)
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (lowest_free, hard))  # no new descriptor from here
    try:
        with pytest.raises(StoreUnavailableError) as failed:
            store.load()
    finally:
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
    message = str(failed.value)
    assert "this process could not open a connection to Redis while loading token 'acct'" in message
    assert "(EMFILE)" in message
    assert "not a Redis failure" in message
    assert store.load() is None  # with descriptors to spare, the same store connects
    store.close()
