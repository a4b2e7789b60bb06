from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tyre_defect import TyreDefect
    from ..models.tyre_dimension import TyreDimension
    from ..models.tyre_mounting_date import TyreMountingDate
    from ..models.tyre_oem_optimisation import TyreOemOptimisation
    from ..models.tyre_part_number import TyrePartNumber
    from ..models.tyre_production_date import TyreProductionDate
    from ..models.tyre_quality_status import TyreQualityStatus
    from ..models.tyre_run_flat import TyreRunFlat
    from ..models.tyre_season import TyreSeason
    from ..models.tyre_tread import TyreTread
    from ..models.tyre_wear import TyreWear


T = TypeVar("T", bound="Tyre")


@_attrs_define
class Tyre:
    """Diagnosis of one tyre. Each part carries a localised `label` and a display `value` text beside its coded fields."""

    label: None | str | Unset = UNSET
    dimension: None | TyreDimension | Unset = UNSET
    mounting_date: None | TyreMountingDate | Unset = UNSET
    optimized_for_oem: None | TyreOemOptimisation | Unset = UNSET
    part_number: None | TyrePartNumber | Unset = UNSET
    quality_status: None | TyreQualityStatus | Unset = UNSET
    run_flat: None | TyreRunFlat | Unset = UNSET
    season: None | TyreSeason | Unset = UNSET
    tread: None | TyreTread | Unset = UNSET
    tyre_defect: None | TyreDefect | Unset = UNSET
    tyre_production_date: None | TyreProductionDate | Unset = UNSET
    tyre_wear: None | TyreWear | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.tyre_defect import TyreDefect
        from ..models.tyre_dimension import TyreDimension
        from ..models.tyre_mounting_date import TyreMountingDate
        from ..models.tyre_oem_optimisation import TyreOemOptimisation
        from ..models.tyre_part_number import TyrePartNumber
        from ..models.tyre_production_date import TyreProductionDate
        from ..models.tyre_quality_status import TyreQualityStatus
        from ..models.tyre_run_flat import TyreRunFlat
        from ..models.tyre_season import TyreSeason
        from ..models.tyre_tread import TyreTread
        from ..models.tyre_wear import TyreWear

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        dimension: dict[str, Any] | None | Unset
        if isinstance(self.dimension, Unset):
            dimension = UNSET
        elif isinstance(self.dimension, TyreDimension):
            dimension = self.dimension.to_dict()
        else:
            dimension = self.dimension

        mounting_date: dict[str, Any] | None | Unset
        if isinstance(self.mounting_date, Unset):
            mounting_date = UNSET
        elif isinstance(self.mounting_date, TyreMountingDate):
            mounting_date = self.mounting_date.to_dict()
        else:
            mounting_date = self.mounting_date

        optimized_for_oem: dict[str, Any] | None | Unset
        if isinstance(self.optimized_for_oem, Unset):
            optimized_for_oem = UNSET
        elif isinstance(self.optimized_for_oem, TyreOemOptimisation):
            optimized_for_oem = self.optimized_for_oem.to_dict()
        else:
            optimized_for_oem = self.optimized_for_oem

        part_number: dict[str, Any] | None | Unset
        if isinstance(self.part_number, Unset):
            part_number = UNSET
        elif isinstance(self.part_number, TyrePartNumber):
            part_number = self.part_number.to_dict()
        else:
            part_number = self.part_number

        quality_status: dict[str, Any] | None | Unset
        if isinstance(self.quality_status, Unset):
            quality_status = UNSET
        elif isinstance(self.quality_status, TyreQualityStatus):
            quality_status = self.quality_status.to_dict()
        else:
            quality_status = self.quality_status

        run_flat: dict[str, Any] | None | Unset
        if isinstance(self.run_flat, Unset):
            run_flat = UNSET
        elif isinstance(self.run_flat, TyreRunFlat):
            run_flat = self.run_flat.to_dict()
        else:
            run_flat = self.run_flat

        season: dict[str, Any] | None | Unset
        if isinstance(self.season, Unset):
            season = UNSET
        elif isinstance(self.season, TyreSeason):
            season = self.season.to_dict()
        else:
            season = self.season

        tread: dict[str, Any] | None | Unset
        if isinstance(self.tread, Unset):
            tread = UNSET
        elif isinstance(self.tread, TyreTread):
            tread = self.tread.to_dict()
        else:
            tread = self.tread

        tyre_defect: dict[str, Any] | None | Unset
        if isinstance(self.tyre_defect, Unset):
            tyre_defect = UNSET
        elif isinstance(self.tyre_defect, TyreDefect):
            tyre_defect = self.tyre_defect.to_dict()
        else:
            tyre_defect = self.tyre_defect

        tyre_production_date: dict[str, Any] | None | Unset
        if isinstance(self.tyre_production_date, Unset):
            tyre_production_date = UNSET
        elif isinstance(self.tyre_production_date, TyreProductionDate):
            tyre_production_date = self.tyre_production_date.to_dict()
        else:
            tyre_production_date = self.tyre_production_date

        tyre_wear: dict[str, Any] | None | Unset
        if isinstance(self.tyre_wear, Unset):
            tyre_wear = UNSET
        elif isinstance(self.tyre_wear, TyreWear):
            tyre_wear = self.tyre_wear.to_dict()
        else:
            tyre_wear = self.tyre_wear

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label is not UNSET:
            field_dict["label"] = label
        if dimension is not UNSET:
            field_dict["dimension"] = dimension
        if mounting_date is not UNSET:
            field_dict["mountingDate"] = mounting_date
        if optimized_for_oem is not UNSET:
            field_dict["optimizedForOem"] = optimized_for_oem
        if part_number is not UNSET:
            field_dict["partNumber"] = part_number
        if quality_status is not UNSET:
            field_dict["qualityStatus"] = quality_status
        if run_flat is not UNSET:
            field_dict["runFlat"] = run_flat
        if season is not UNSET:
            field_dict["season"] = season
        if tread is not UNSET:
            field_dict["tread"] = tread
        if tyre_defect is not UNSET:
            field_dict["tyreDefect"] = tyre_defect
        if tyre_production_date is not UNSET:
            field_dict["tyreProductionDate"] = tyre_production_date
        if tyre_wear is not UNSET:
            field_dict["tyreWear"] = tyre_wear

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tyre_defect import TyreDefect
        from ..models.tyre_dimension import TyreDimension
        from ..models.tyre_mounting_date import TyreMountingDate
        from ..models.tyre_oem_optimisation import TyreOemOptimisation
        from ..models.tyre_part_number import TyrePartNumber
        from ..models.tyre_production_date import TyreProductionDate
        from ..models.tyre_quality_status import TyreQualityStatus
        from ..models.tyre_run_flat import TyreRunFlat
        from ..models.tyre_season import TyreSeason
        from ..models.tyre_tread import TyreTread
        from ..models.tyre_wear import TyreWear

        d = dict(src_dict)
        label = d.pop("label", UNSET)
        if not (label is None or isinstance(label, (str, Unset))):
            raise TypeError(f"unexpected value of type {type(label).__name__}")

        def _parse_dimension(data: object) -> None | TyreDimension | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                dimension_type_0 = TyreDimension.from_dict(data)

                return dimension_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        dimension = _parse_dimension(d.pop("dimension", UNSET))

        def _parse_mounting_date(data: object) -> None | TyreMountingDate | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mounting_date_type_0 = TyreMountingDate.from_dict(data)

                return mounting_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        mounting_date = _parse_mounting_date(d.pop("mountingDate", UNSET))

        def _parse_optimized_for_oem(data: object) -> None | TyreOemOptimisation | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                optimized_for_oem_type_0 = TyreOemOptimisation.from_dict(data)

                return optimized_for_oem_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        optimized_for_oem = _parse_optimized_for_oem(d.pop("optimizedForOem", UNSET))

        def _parse_part_number(data: object) -> None | TyrePartNumber | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                part_number_type_0 = TyrePartNumber.from_dict(data)

                return part_number_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        part_number = _parse_part_number(d.pop("partNumber", UNSET))

        def _parse_quality_status(data: object) -> None | TyreQualityStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                quality_status_type_0 = TyreQualityStatus.from_dict(data)

                return quality_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        quality_status = _parse_quality_status(d.pop("qualityStatus", UNSET))

        def _parse_run_flat(data: object) -> None | TyreRunFlat | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                run_flat_type_0 = TyreRunFlat.from_dict(data)

                return run_flat_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        run_flat = _parse_run_flat(d.pop("runFlat", UNSET))

        def _parse_season(data: object) -> None | TyreSeason | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                season_type_0 = TyreSeason.from_dict(data)

                return season_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        season = _parse_season(d.pop("season", UNSET))

        def _parse_tread(data: object) -> None | TyreTread | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tread_type_0 = TyreTread.from_dict(data)

                return tread_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        tread = _parse_tread(d.pop("tread", UNSET))

        def _parse_tyre_defect(data: object) -> None | TyreDefect | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tyre_defect_type_0 = TyreDefect.from_dict(data)

                return tyre_defect_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        tyre_defect = _parse_tyre_defect(d.pop("tyreDefect", UNSET))

        def _parse_tyre_production_date(data: object) -> None | TyreProductionDate | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tyre_production_date_type_0 = TyreProductionDate.from_dict(data)

                return tyre_production_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        tyre_production_date = _parse_tyre_production_date(d.pop("tyreProductionDate", UNSET))

        def _parse_tyre_wear(data: object) -> None | TyreWear | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tyre_wear_type_0 = TyreWear.from_dict(data)

                return tyre_wear_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"unexpected value of type {type(data).__name__}")

        tyre_wear = _parse_tyre_wear(d.pop("tyreWear", UNSET))

        tyre = cls(
            label=label,
            dimension=dimension,
            mounting_date=mounting_date,
            optimized_for_oem=optimized_for_oem,
            part_number=part_number,
            quality_status=quality_status,
            run_flat=run_flat,
            season=season,
            tread=tread,
            tyre_defect=tyre_defect,
            tyre_production_date=tyre_production_date,
            tyre_wear=tyre_wear,
        )

        tyre.additional_properties = d
        return tyre

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
