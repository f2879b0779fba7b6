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
    Nullable,
    OneOf,
    dump,
    parse_uuid,
    read_model,
)


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
            if uuid is not None:
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
                and (name is None or type(name) is str)
                and (code is None or type(code) is str)
                and (digit is None or type(digit) is str)
                and (type_ is None or type(type_) is str)
                and (account_id is None or type(account_id) is int)
                and (tax_settlement_type is None or type(tax_settlement_type) is str)
                and (value is None or (type(value) in _NUMBER or type(value) is str))
                and (start_year is None or (type(start_year) is int or type(start_year) is str))
                and (end_year is None or (type(end_year) is int or type(end_year) is str))
                and type(is_active) is bool
                and (display_name is None or type(display_name) is str)
                and (start_month is None or (type(start_month) is int or type(start_month) is str))
                and (end_month is None or (type(end_month) is int or type(end_month) is str))
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
    Field("uuid", "uuid", True, Nullable(UUID_TEXT)),
    Field("name", "name", True, Nullable(STR)),
    Field("code", "code", True, Nullable(STR)),
    Field("digit", "digit", True, Nullable(STR)),
    Field("type_", "type", True, Nullable(STR)),
    Field("account_id", "account_id", True, Nullable(INT)),
    Field("tax_settlement_type", "tax_settlement_type", True, Nullable(STR)),
    Field(
        "value",
        "value",
        True,
        Nullable(
            OneOf(
                (
                    NUMBER,
                    STR,
                )
            )
        ),
    ),
    Field("net_tax_value", "net_tax_value", True, ANY),
    Field(
        "start_year",
        "start_year",
        True,
        Nullable(
            OneOf(
                (
                    INT,
                    STR,
                )
            )
        ),
    ),
    Field(
        "end_year",
        "end_year",
        True,
        Nullable(
            OneOf(
                (
                    INT,
                    STR,
                )
            )
        ),
    ),
    Field("is_active", "is_active", True, BOOL),
    Field("display_name", "display_name", True, Nullable(STR)),
    Field(
        "start_month",
        "start_month",
        True,
        Nullable(
            OneOf(
                (
                    INT,
                    STR,
                )
            )
        ),
    ),
    Field(
        "end_month",
        "end_month",
        True,
        Nullable(
            OneOf(
                (
                    INT,
                    STR,
                )
            )
        ),
    ),
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
