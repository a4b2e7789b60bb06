"""The seeded demo fleet: one battery-electric, one plug-in hybrid and one combustion car per brand."""

from __future__ import annotations

import dataclasses
import random
import uuid
from datetime import datetime
from typing import Literal

from .vehicle import Vehicle, VehicleModel
from .vin import make_vin

IdStyle = Literal["vin", "hex32", "uuid"]

COLORS = ("Crystal White", "Onyx Black", "Denim Blue", "Thunder Grey", "Fusion Red", "Sage Green")


@dataclasses.dataclass(frozen=True)
class BrandCatalog:
    """Which models a brand's demo account owns, how the brand names vehicles, and where they park."""

    id_style: IdStyle
    models: tuple[VehicleModel, ...]
    home: tuple[float, float]
    owner_name: str


CATALOGS: dict[str, BrandCatalog] = {
    "volvo": BrandCatalog(
        id_style="vin",
        home=(57.7089, 11.9746),
        owner_name="Astrid Lindqvist",
        models=(
            VehicleModel("Volvo", "XC40 Recharge", 2024, "BEV", "electric", "YV1XZK7V", "2", battery_kwh=78.0),
            VehicleModel(
                "Volvo",
                "XC60 T8 Recharge",
                2023,
                "PHEV",
                "petrol",
                "YV4H60DL",
                "1",
                battery_kwh=18.8,
                tank_litres=71.0,
                charge_kw=3.7,
                km_per_kwh=4.2,
                km_per_litre=14.0,
            ),
            VehicleModel("Volvo", "XC90 B5", 2021, "ICE", "diesel", "YV4A22PK", "1", tank_litres=71.0),
        ),
    ),
    "bmw": BrandCatalog(
        id_style="vin",
        home=(48.1774, 11.5561),
        owner_name="Jonas Hofmann",
        models=(
            VehicleModel("BMW", "i4 eDrive40", 2024, "BEV", "electric", "WBY73AW0", "A", battery_kwh=83.9),
            VehicleModel(
                "BMW",
                "330e",
                2022,
                "PHEV",
                "petrol",
                "WBA5P7C0",
                "F",
                battery_kwh=12.0,
                tank_litres=40.0,
                charge_kw=3.7,
                km_per_kwh=4.8,
            ),
            VehicleModel("BMW", "X3 xDrive20d", 2021, "ICE", "diesel", "WBA7X720", "N", tank_litres=68.0),
        ),
    ),
    "ford": BrandCatalog(
        id_style="hex32",
        home=(42.3005, -83.2310),
        owner_name="Dana Whitfield",
        models=(
            VehicleModel("Ford", "Mustang Mach-E", 2023, "BEV", "electric", "3FMTK3SU", "M", battery_kwh=91.0),
            VehicleModel(
                "Ford",
                "Escape PHEV",
                2022,
                "PHEV",
                "petrol",
                "1FMCU0E1",
                "L",
                battery_kwh=14.4,
                tank_litres=42.0,
                charge_kw=3.3,
                km_per_kwh=4.5,
            ),
            VehicleModel("Ford", "Bronco", 2022, "ICE", "petrol", "1FMEE5DP", "L", tank_litres=79.0, km_per_litre=8.0),
        ),
    ),
    "smartcar": BrandCatalog(
        id_style="uuid",
        home=(37.7749, -122.4194),
        owner_name="Riley Chen",
        models=(
            VehicleModel("TESLA", "Model 3", 2023, "BEV", "electric", "5YJ3E1EA", "F", battery_kwh=75.0),
            VehicleModel(
                "TOYOTA",
                "RAV4 Prime",
                2022,
                "PHEV",
                "petrol",
                "JTMEB3FV",
                "J",
                battery_kwh=18.1,
                tank_litres=55.0,
                charge_kw=6.6,
                km_per_kwh=4.3,
            ),
            VehicleModel(
                "CHEVROLET",
                "Silverado 1500",
                2022,
                "ICE",
                "petrol",
                "3GCUYDED",
                "G",
                tank_litres=91.0,
                km_per_litre=7.5,
            ),
        ),
    ),
}


def _vehicle_id(style: IdStyle, vin: str, rng: random.Random) -> str:
    if style == "vin":
        return vin
    if style == "hex32":
        return f"{rng.getrandbits(128):032x}"
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def build_vehicles(brand: str, rng: random.Random, now: datetime) -> list[Vehicle]:
    """The brand's three vehicles; same ``rng`` state gives the same fleet."""
    catalog = CATALOGS[brand]
    vehicles = []
    for spec in catalog.models:
        vin = make_vin(spec.vin_prefix, spec.year, spec.plant, rng)
        age = max(now.year - spec.year, 0) + rng.random()
        electric = spec.battery_kwh is not None
        vehicles.append(
            Vehicle(
                brand=brand,
                id=_vehicle_id(catalog.id_style, vin, rng),
                vin=vin,
                spec=spec,
                color=rng.choice(COLORS),
                odometer_km=round(age * rng.uniform(9000, 16000), 1),
                latitude=round(catalog.home[0] + rng.uniform(-0.02, 0.02), 6),
                longitude=round(catalog.home[1] + rng.uniform(-0.02, 0.02), 6),
                heading=rng.randrange(360),
                updated_at=now,
                fuel_percent=round(rng.uniform(25, 90), 1) if spec.tank_litres else None,
                battery_percent=round(rng.uniform(35, 80), 1) if electric else None,
                plugged_in=spec.powertrain == "BEV",
                charge_limit_percent=80 if spec.powertrain == "BEV" else 100,
            )
        )
    return vehicles


def owner_id(brand: str, rng: random.Random) -> str:
    """The demo account's user id (Volvo ID subject, BMW gcid, Ford user guid, Smartcar user id)."""
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))
