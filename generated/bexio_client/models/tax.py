from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    _NUMBER,
    ANY,
    BOOL,
    INT,
    NUMBER,
    STR,
    UUID_TEXT,
    Field,
    dump,
    parse_uuid,
    read_model,
)


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
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["uuid"] = dump(self.uuid)
        field_dict["name"] = self.name
        field_dict["code"] = self.code
        field_dict["digit"] = self.digit
        field_dict["type"] = self.type_
        field_dict["account_id"] = self.account_id
        field_dict["tax_settlement_type"] = self.tax_settlement_type
        field_dict["value"] = self.value
        field_dict["net_tax_value"] = dump(self.net_tax_value)
        field_dict["start_year"] = self.start_year
        field_dict["end_year"] = self.end_year
        field_dict["is_active"] = self.is_active
        field_dict["display_name"] = self.display_name
        field_dict["start_month"] = self.start_month
        field_dict["end_month"] = self.end_month
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A Tax from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            id = src_dict["id"]
            uuid = src_dict["uuid"]
            uuid = parse_uuid(uuid)
            name = src_dict["name"]
            code = src_dict["code"]
            digit = src_dict["digit"]
            type_ = src_dict["type"]
            account_id = src_dict["account_id"]
            tax_settlement_type = src_dict["tax_settlement_type"]
            value = src_dict["value"]
            net_tax_value = src_dict["net_tax_value"]
            start_year = src_dict["start_year"]
            end_year = src_dict["end_year"]
            is_active = src_dict["is_active"]
            display_name = src_dict["display_name"]
            start_month = src_dict["start_month"]
            end_month = src_dict["end_month"]
            if not (
                type(id) is int
                and type(name) is str
                and type(code) is str
                and type(digit) is str
                and type(type_) is str
                and type(account_id) is int
                and type(tax_settlement_type) is str
                and type(value) in _NUMBER
                and type(start_year) is int
                and type(end_year) is int
                and type(is_active) is bool
                and type(display_name) is str
                and type(start_month) is int
                and type(end_month) is int
            ):
                raise TypeError
            self = cls(
                id,
                uuid,
                name,
                code,
                digit,
                type_,
                account_id,
                tax_settlement_type,
                value,
                net_tax_value,
                start_year,
                end_year,
                is_active,
                display_name,
                start_month,
                end_month,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 16:
            self.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN}
        return self

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


_FIELDS = (
    Field("id", "id", True, INT),
    Field("uuid", "uuid", True, UUID_TEXT),
    Field("name", "name", True, STR),
    Field("code", "code", True, STR),
    Field("digit", "digit", True, STR),
    Field("type_", "type", True, STR),
    Field("account_id", "account_id", True, INT),
    Field("tax_settlement_type", "tax_settlement_type", True, STR),
    Field("value", "value", True, NUMBER),
    Field("net_tax_value", "net_tax_value", True, ANY),
    Field("start_year", "start_year", True, INT),
    Field("end_year", "end_year", True, INT),
    Field("is_active", "is_active", True, BOOL),
    Field("display_name", "display_name", True, STR),
    Field("start_month", "start_month", True, INT),
    Field("end_month", "end_month", True, INT),
)
_KNOWN = frozenset(
    {
        "id",
        "uuid",
        "name",
        "code",
        "digit",
        "type",
        "account_id",
        "tax_settlement_type",
        "value",
        "net_tax_value",
        "start_year",
        "end_year",
        "is_active",
        "display_name",
        "start_month",
        "end_month",
    }
)
