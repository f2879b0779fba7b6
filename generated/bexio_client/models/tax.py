from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Tax")


@_attrs_define
class Tax:
    """A tax as bexio returns it (fields read from the response sample)."""

    id: int
    uuid: None | UUID
    name: None | str
    """ The name of the tax, a translation key (e.g. lib.model.tax.ch.sales_7_7.name). """
    code: None | str
    """ The tax code, e.g. UN77. """
    digit: None | str
    """ The digit of the tax on the VAT form, e.g. "302". """
    type_: None | str
    """ The type of the tax, e.g. sales_tax (see the `types` filter: sales_tax, pre_tax). """
    account_id: int | None
    """ References an account object """
    tax_settlement_type: None | str
    """ The tax settlement type, e.g. none. """
    value: float | None | str
    """ The tax rate in percent, e.g. 7.7. """
    net_tax_value: Any
    """ The net tax rate; the sample shows null and the reference gives no type. """
    start_year: int | None | str
    """ The first year the tax is valid in. """
    end_year: int | None | str
    """ The last year the tax is valid in. """
    is_active: bool
    display_name: None | str
    """ The name of the tax as displayed. """
    start_month: int | None | str
    """ The first month (of start_year) the tax is valid in. """
    end_month: int | None | str
    """ The last month (of end_year) the tax is valid in. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        uuid: None | str
        if isinstance(self.uuid, UUID):
            uuid = str(self.uuid)
        else:
            uuid = self.uuid

        name: None | str
        name = self.name

        code: None | str
        code = self.code

        digit: None | str
        digit = self.digit

        type_: None | str
        type_ = self.type_

        account_id: int | None
        account_id = self.account_id

        tax_settlement_type: None | str
        tax_settlement_type = self.tax_settlement_type

        value: float | None | str
        value = self.value

        net_tax_value = self.net_tax_value

        start_year: int | None | str
        start_year = self.start_year

        end_year: int | None | str
        end_year = self.end_year

        is_active = self.is_active

        display_name: None | str
        display_name = self.display_name

        start_month: int | None | str
        start_month = self.start_month

        end_month: int | None | str
        end_month = self.end_month

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "uuid": uuid,
                "name": name,
                "code": code,
                "digit": digit,
                "type": type_,
                "account_id": account_id,
                "tax_settlement_type": tax_settlement_type,
                "value": value,
                "net_tax_value": net_tax_value,
                "start_year": start_year,
                "end_year": end_year,
                "is_active": is_active,
                "display_name": display_name,
                "start_month": start_month,
                "end_month": end_month,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_uuid(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                uuid_type_0 = UUID(data)

                return uuid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | UUID", data)

        uuid = _parse_uuid(d.pop("uuid"))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        name = _parse_name(d.pop("name"))

        def _parse_code(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        code = _parse_code(d.pop("code"))

        def _parse_digit(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        digit = _parse_digit(d.pop("digit"))

        def _parse_type_(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        type_ = _parse_type_(d.pop("type"))

        def _parse_account_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        account_id = _parse_account_id(d.pop("account_id"))

        def _parse_tax_settlement_type(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        tax_settlement_type = _parse_tax_settlement_type(d.pop("tax_settlement_type"))

        def _parse_value(data: object) -> float | None | str:
            if data is None:
                return data
            return cast("float | None | str", data)

        value = _parse_value(d.pop("value"))

        net_tax_value = d.pop("net_tax_value")

        def _parse_start_year(data: object) -> int | None | str:
            if data is None:
                return data
            return cast("int | None | str", data)

        start_year = _parse_start_year(d.pop("start_year"))

        def _parse_end_year(data: object) -> int | None | str:
            if data is None:
                return data
            return cast("int | None | str", data)

        end_year = _parse_end_year(d.pop("end_year"))

        is_active = d.pop("is_active")

        def _parse_display_name(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        display_name = _parse_display_name(d.pop("display_name"))

        def _parse_start_month(data: object) -> int | None | str:
            if data is None:
                return data
            return cast("int | None | str", data)

        start_month = _parse_start_month(d.pop("start_month"))

        def _parse_end_month(data: object) -> int | None | str:
            if data is None:
                return data
            return cast("int | None | str", data)

        end_month = _parse_end_month(d.pop("end_month"))

        tax = cls(
            id=id,
            uuid=uuid,
            name=name,
            code=code,
            digit=digit,
            type_=type_,
            account_id=account_id,
            tax_settlement_type=tax_settlement_type,
            value=value,
            net_tax_value=net_tax_value,
            start_year=start_year,
            end_year=end_year,
            is_active=is_active,
            display_name=display_name,
            start_month=start_month,
            end_month=end_month,
        )

        tax.additional_properties = d
        return tax

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
