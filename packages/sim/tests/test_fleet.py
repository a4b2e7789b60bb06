"""The vehicle-state model: seeded fleet, commands, simulated time, delivery counters."""

from __future__ import annotations

import pytest

from carconnect.sim import BRANDS, Command, ManualClock, Simulator
from carconnect.sim.fleet import Fleet
from carconnect.sim.fleet.vin import is_valid


def _fleet(seed: int = 0) -> tuple[Fleet, ManualClock]:
    clock = ManualClock()
    return Fleet(seed, clock), clock


def test_same_seed_same_fleet_other_seed_other_fleet() -> None:
    first, _ = _fleet(5)
    again, _ = _fleet(5)
    other, _ = _fleet(6)
    for brand in BRANDS:
        snapshot = first.snapshot(brand)
        assert snapshot == again.snapshot(brand)
        assert [v["vin"] for v in snapshot] != [v["vin"] for v in other.snapshot(brand)]
        assert first.owner(brand) == again.owner(brand)


@pytest.mark.parametrize("brand", BRANDS)
def test_each_brand_has_a_bev_a_phev_and_a_combustion_car(brand: str) -> None:
    fleet, _ = _fleet()
    vehicles = fleet.vehicles(brand)
    assert [v.spec.powertrain for v in vehicles] == ["BEV", "PHEV", "ICE"]
    assert all(is_valid(v.vin) for v in vehicles)
    assert vehicles[2].spec.fuel in ("petrol", "diesel")
    assert len({v.id for v in vehicles}) == 3


def test_vehicle_ids_follow_each_brand() -> None:
    fleet, _ = _fleet()
    volvo, ford, smartcar = (fleet.vehicles(brand)[0] for brand in ("volvo", "ford", "smartcar"))
    assert volvo.id == volvo.vin
    assert len(ford.id) == 32
    assert int(ford.id, 16) >= 0
    assert smartcar.id.count("-") == 4
    assert fleet.find("ford", ford.vin) is ford
    assert fleet.find("ford", ford.id.upper()) is ford
    assert fleet.find("ford", "nope") is None


def test_lock_unlock_and_deliveries() -> None:
    fleet, _ = _fleet()
    car = fleet.vehicles("volvo")[0]
    assert fleet.execute("volvo", car.vin, "unlock").ok
    assert not car.locked
    assert fleet.execute("volvo", car.vin, Command.LOCK).ok
    assert fleet.vehicle("volvo", car.vin).locked
    assert fleet.deliveries.count("volvo", car.vin, "lock") == 1
    assert fleet.deliveries.count("volvo", car.vin) == 2
    assert fleet.deliveries.counts()[("volvo", car.id, "unlock")] == 1


def test_engine_runs_for_the_requested_minutes() -> None:
    fleet, clock = _fleet()
    car = fleet.vehicles("bmw")[2]
    assert fleet.execute("bmw", car.vin, "engine_start", minutes=10).ok
    assert car.engine_running(clock.now())
    clock.advance(9 * 60)
    assert car.engine_running(clock.now())
    clock.advance(61)
    assert not car.engine_running(clock.now())


def test_engine_start_on_a_bev_and_charging_on_ice_are_not_capable() -> None:
    fleet, _ = _fleet()
    bev, _, ice = fleet.vehicles("ford")
    assert fleet.execute("ford", bev.id, "engine_start").reason == "NOT_CAPABLE"
    assert fleet.execute("ford", ice.id, "charge_start").reason == "NOT_CAPABLE"
    assert fleet.execute("ford", bev.id, "engine_start", minutes=99).reason == "NOT_CAPABLE"
    assert fleet.execute("ford", ice.id, "engine_start", minutes=99).reason == "INVALID_PARAMETER"


def test_charging_progresses_with_simulated_time_up_to_the_limit() -> None:
    fleet, clock = _fleet()
    car = fleet.vehicles("volvo")[0]
    car.battery_percent = 40.0
    assert car.charging_status(clock.now()) == "IDLE"
    assert fleet.execute("volvo", car.vin, "charge_start").ok
    start = car.battery_level(clock.now())
    clock.advance(3600)
    hour_later = car.battery_level(clock.now())
    assert hour_later is not None
    assert start is not None
    assert hour_later == pytest.approx(start + 11 / 78 * 100, abs=0.1)
    assert car.charging_status(clock.now()) == "CHARGING"
    assert car.minutes_to_limit(clock.now()) > 0
    clock.advance(10 * 3600)
    assert car.battery_level(clock.now()) == 80
    assert car.charging_status(clock.now()) == "DONE"
    assert car.charging_power_kw(clock.now()) == 0


def test_charging_needs_a_cable_and_stopping_keeps_the_charge() -> None:
    fleet, clock = _fleet()
    phev = fleet.vehicles("smartcar")[1]
    assert fleet.execute("smartcar", phev.id, "charge_start").reason == "NOT_PLUGGED"
    fleet.plug_in("smartcar", phev.id)
    fleet.execute("smartcar", phev.id, "charge_start")
    clock.advance(1800)
    level = phev.battery_level(clock.now())
    fleet.execute("smartcar", phev.id, "charge_stop")
    clock.advance(3600)
    assert phev.battery_level(clock.now()) == level
    assert phev.charging_status(clock.now()) == "IDLE"
    fleet.plug_in("smartcar", phev.id, plugged=False)
    assert phev.charging_status(clock.now()) == "DISCONNECTED"


def test_charge_limit_range_is_checked() -> None:
    fleet, _ = _fleet()
    bev = fleet.vehicles("bmw")[0]
    assert fleet.execute("bmw", bev.vin, "set_charge_limit", percent=90).ok
    assert bev.charge_limit_percent == 90
    assert fleet.execute("bmw", bev.vin, "set_charge_limit", percent=20).reason == "INVALID_PARAMETER"


def test_honk_and_flash_are_counted() -> None:
    fleet, _ = _fleet()
    car = fleet.vehicles("volvo")[1]
    for command in ("honk", "flash", "honk_flash"):
        fleet.execute("volvo", car.vin, command)
    assert (car.honk_count, car.flash_count) == (2, 2)


def test_deep_sleep_precludes_commands_until_wake() -> None:
    fleet, _ = _fleet()
    car = fleet.vehicles("ford")[2]
    fleet.set_asleep("ford", car.id)
    outcome = fleet.execute("ford", car.id, "lock")
    assert (outcome.ok, outcome.reason) == (False, "DEEP_SLEEP")
    assert fleet.deliveries.count("ford", car.id, "lock") == 1
    assert fleet.execute("ford", car.id, "wake").ok
    assert fleet.execute("ford", car.id, "lock").ok


def test_unknown_command_and_vehicle_raise() -> None:
    fleet, _ = _fleet()
    with pytest.raises(ValueError, match="self_destruct"):
        fleet.execute("volvo", fleet.vehicles("volvo")[0].vin, "self_destruct")
    with pytest.raises(KeyError):
        fleet.execute("volvo", "nope", "lock")


def test_reset_restores_the_seeded_fleet() -> None:
    sim = Simulator(seed=4, clock=ManualClock(), plugins={})
    before = sim.fleet.snapshot("volvo")
    car = sim.fleet.vehicles("volvo")[0]
    sim.fleet.execute("volvo", car.vin, "unlock")
    sim.reset()
    assert sim.fleet.snapshot("volvo") == before
    assert sim.deliveries.count() == 0
