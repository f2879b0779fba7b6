from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    INT,
    STR,
    Field,
    Nullable,
    OneOf,
    read_model,
)
from ..types import UNSET, Unset


@_attrs_define
class BankAccount:
    """A bank account as bexio returns it (fields read from the response sample)."""

    id: int
    name: None | str
    """ The name of the bank account. """
    owner: None | str
    """ The account holder. """
    owner_address: None | str
    """ The address of the account holder. """
    owner_zip: int | None | str
    """ The postcode of the account holder (a number in the sample). """
    owner_city: None | str
    """ The city of the account holder. """
    bc_nr: int | None | str
    """ The bank clearing number (a number in the sample). """
    bank_name: None | str
    bank_nr: None | str
    """ The bank identifier, e.g. the BIC UBSWCHZH86M. """
    bank_account_nr: None | str
    iban_nr: None | str
    """ The IBAN of the bank account. """
    currency_id: int | None
    """ References a currency object """
    account_id: int | None
    """ References an account object """
    remarks: None | str
    """ An additional description. """
    invoice_mode: None | str
    """ The invoice mode, e.g. qr_invoice. """
    qr_invoice_iban: None | str
    """ The QR-IBAN used on QR invoices. """
    type_: None | str
    """ The type of the account, e.g. bank. """
    uuid: None | str | Unset = UNSET
    """ The uuid of the bank account (docs of 2026-06-19). """
    owner_house_number: None | str | Unset = UNSET
    """ The house number of the account holder (added 2025-06-06). """
    owner_country_code: None | str | Unset = UNSET
    """ The country of the account holder (ISO 3166-1 alpha-2; added 2025-06-06). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This model as bexio's JSON: wire names, unknown fields kept."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["name"] = self.name
        field_dict["owner"] = self.owner
        field_dict["owner_address"] = self.owner_address
        field_dict["owner_zip"] = self.owner_zip
        field_dict["owner_city"] = self.owner_city
        field_dict["bc_nr"] = self.bc_nr
        field_dict["bank_name"] = self.bank_name
        field_dict["bank_nr"] = self.bank_nr
        field_dict["bank_account_nr"] = self.bank_account_nr
        field_dict["iban_nr"] = self.iban_nr
        field_dict["currency_id"] = self.currency_id
        field_dict["account_id"] = self.account_id
        field_dict["remarks"] = self.remarks
        field_dict["invoice_mode"] = self.invoice_mode
        field_dict["qr_invoice_iban"] = self.qr_invoice_iban
        field_dict["type"] = self.type_
        if self.uuid is not UNSET:
            field_dict["uuid"] = self.uuid
        if self.owner_house_number is not UNSET:
            field_dict["owner_house_number"] = self.owner_house_number
        if self.owner_country_code is not UNSET:
            field_dict["owner_country_code"] = self.owner_country_code
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """A BankAccount from bexio's JSON. A value that departs from the spec is kept as sent and logged
        (or raised: `Bexio(strict=True)`; a request model built from a dict raises TypeError)."""
        try:
            id = src_dict["id"]
            name = src_dict["name"]
            owner = src_dict["owner"]
            owner_address = src_dict["owner_address"]
            owner_zip = src_dict["owner_zip"]
            owner_city = src_dict["owner_city"]
            bc_nr = src_dict["bc_nr"]
            bank_name = src_dict["bank_name"]
            bank_nr = src_dict["bank_nr"]
            bank_account_nr = src_dict["bank_account_nr"]
            iban_nr = src_dict["iban_nr"]
            currency_id = src_dict["currency_id"]
            account_id = src_dict["account_id"]
            remarks = src_dict["remarks"]
            invoice_mode = src_dict["invoice_mode"]
            qr_invoice_iban = src_dict["qr_invoice_iban"]
            type_ = src_dict["type"]
            uuid = src_dict.get("uuid", UNSET)
            owner_house_number = src_dict.get("owner_house_number", UNSET)
            owner_country_code = src_dict.get("owner_country_code", UNSET)
            if not (
                type(id) is int
                and (name is None or type(name) is str)
                and (owner is None or type(owner) is str)
                and (owner_address is None or type(owner_address) is str)
                and (owner_zip is None or (type(owner_zip) is int or type(owner_zip) is str))
                and (owner_city is None or type(owner_city) is str)
                and (bc_nr is None or (type(bc_nr) is int or type(bc_nr) is str))
                and (bank_name is None or type(bank_name) is str)
                and (bank_nr is None or type(bank_nr) is str)
                and (bank_account_nr is None or type(bank_account_nr) is str)
                and (iban_nr is None or type(iban_nr) is str)
                and (currency_id is None or type(currency_id) is int)
                and (account_id is None or type(account_id) is int)
                and (remarks is None or type(remarks) is str)
                and (invoice_mode is None or type(invoice_mode) is str)
                and (qr_invoice_iban is None or type(qr_invoice_iban) is str)
                and (type_ is None or type(type_) is str)
                and (uuid is None or uuid is UNSET or type(uuid) is str)
                and (owner_house_number is None or owner_house_number is UNSET or type(owner_house_number) is str)
                and (owner_country_code is None or owner_country_code is UNSET or type(owner_country_code) is str)
            ):
                raise TypeError
            self = cls(
                id,
                name,
                owner,
                owner_address,
                owner_zip,
                owner_city,
                bc_nr,
                bank_name,
                bank_nr,
                bank_account_nr,
                iban_nr,
                currency_id,
                account_id,
                remarks,
                invoice_mode,
                qr_invoice_iban,
                type_,
                uuid,
                owner_house_number,
                owner_country_code,
            )
        except Exception:
            return read_model(cls, src_dict, _FIELDS, _KNOWN, False)
        if len(src_dict) > 17 + (uuid is not UNSET) + (owner_house_number is not UNSET) + (
            owner_country_code is not UNSET
        ):
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
    Field("name", "name", True, Nullable(STR)),
    Field("owner", "owner", True, Nullable(STR)),
    Field("owner_address", "owner_address", True, Nullable(STR)),
    Field(
        "owner_zip",
        "owner_zip",
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
    Field("owner_city", "owner_city", True, Nullable(STR)),
    Field(
        "bc_nr",
        "bc_nr",
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
    Field("bank_name", "bank_name", True, Nullable(STR)),
    Field("bank_nr", "bank_nr", True, Nullable(STR)),
    Field("bank_account_nr", "bank_account_nr", True, Nullable(STR)),
    Field("iban_nr", "iban_nr", True, Nullable(STR)),
    Field("currency_id", "currency_id", True, Nullable(INT)),
    Field("account_id", "account_id", True, Nullable(INT)),
    Field("remarks", "remarks", True, Nullable(STR)),
    Field("invoice_mode", "invoice_mode", True, Nullable(STR)),
    Field("qr_invoice_iban", "qr_invoice_iban", True, Nullable(STR)),
    Field("type_", "type", True, Nullable(STR)),
    Field("uuid", "uuid", False, Nullable(STR)),
    Field("owner_house_number", "owner_house_number", False, Nullable(STR)),
    Field("owner_country_code", "owner_country_code", False, Nullable(STR)),
)
_KNOWN = frozenset(
    {
        "id",
        "name",
        "owner",
        "owner_address",
        "owner_zip",
        "owner_city",
        "bc_nr",
        "bank_name",
        "bank_nr",
        "bank_account_nr",
        "iban_nr",
        "currency_id",
        "account_id",
        "remarks",
        "invoice_mode",
        "qr_invoice_iban",
        "type",
        "uuid",
        "owner_house_number",
        "owner_country_code",
    }
)
