from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Tax")


@_attrs_define
class Tax:
    """A tax as bexio returns it (fields read from the response sample)."""

    id: int
    uuid: UUID
    name: str
    """ The name of the tax, a translation key (e.g. lib.model.tax.ch.sales_7_7.name). """
    code: str
    """ The tax code, e.g. UN77. """
    digit: str
    """ The digit of the tax on the VAT form, e.g. "302". """
    type_: str
    """ The type of the tax, e.g. sales_tax (see the `types` filter: sales_tax, pre_tax). """
    account_id: int
    """ References an account object """
    tax_settlement_type: str
    """ The tax settlement type, e.g. none. """
    value: float
    """ The tax rate in percent, e.g. 7.7. """
    net_tax_value: Any
    """ The net tax rate; the sample shows null and the reference gives no type. """
    start_year: int
    """ The first year the tax is valid in. """
    end_year: int
    """ The last year the tax is valid in. """
    is_active: bool
    display_name: str
    """ The name of the tax as displayed. """
    start_month: int
    """ The first month (of start_year) the tax is valid in. """
    end_month: int
    """ The last month (of end_year) the tax is valid in. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        uuid = str(self.uuid)

        name = self.name

        code = self.code

        digit = self.digit

        type_ = self.type_

        account_id = self.account_id

        tax_settlement_type = self.tax_settlement_type

        value = self.value

        net_tax_value = self.net_tax_value

        start_year = self.start_year

        end_year = self.end_year

        is_active = self.is_active

        display_name = self.display_name

        start_month = self.start_month

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

        uuid = UUID(d.pop("uuid"))

        name = d.pop("name")

        code = d.pop("code")

        digit = d.pop("digit")

        type_ = d.pop("type")

        account_id = d.pop("account_id")

        tax_settlement_type = d.pop("tax_settlement_type")

        value = d.pop("value")

        net_tax_value = d.pop("net_tax_value")

        start_year = d.pop("start_year")

        end_year = d.pop("end_year")

        is_active = d.pop("is_active")

        display_name = d.pop("display_name")

        start_month = d.pop("start_month")

        end_month = d.pop("end_month")

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
