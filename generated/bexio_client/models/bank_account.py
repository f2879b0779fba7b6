from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._parsing import (
    INT,
    STR,
    Field,
    read_model,
)
from ..types import UNSET, Unset


@_attrs_define
class BankAccount:
    """A bank account as bexio returns it (fields read from the response sample)."""

    id: int
    name: str
    """ The name of the bank account. """
    owner: str
    """ The account holder. """
    owner_address: str
    """ The address of the account holder. """
    owner_zip: int
    """ The postcode of the account holder (a number in the sample). """
    owner_city: str
    """ The city of the account holder. """
    bc_nr: int
    """ The bank clearing number (a number in the sample). """
    bank_name: str
    bank_nr: str
    """ The bank identifier, e.g. the BIC UBSWCHZH86M. """
    bank_account_nr: str
    iban_nr: str
    """ The IBAN of the bank account. """
    currency_id: int
    """ References a currency object """
    account_id: int
    """ References an account object """
    remarks: str
    """ An additional description. """
    invoice_mode: str
    """ The invoice mode, e.g. qr_invoice. """
    qr_invoice_iban: str
    """ The QR-IBAN used on QR invoices. """
    type_: str
    """ The type of the account, e.g. bank. """
    uuid: str | Unset = UNSET
    """ The uuid of the bank account (docs of 2026-06-19). """
    owner_house_number: str | Unset = UNSET
    """ The house number of the account holder (added 2025-06-06). """
    owner_country_code: str | Unset = UNSET
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
                and type(name) is str
                and type(owner) is str
                and type(owner_address) is str
                and type(owner_zip) is int
                and type(owner_city) is str
                and type(bc_nr) is int
                and type(bank_name) is str
                and type(bank_nr) is str
                and type(bank_account_nr) is str
                and type(iban_nr) is str
                and type(currency_id) is int
                and type(account_id) is int
                and type(remarks) is str
                and type(invoice_mode) is str
                and type(qr_invoice_iban) is str
                and type(type_) is str
                and (uuid is UNSET or type(uuid) is str)
                and (owner_house_number is UNSET or type(owner_house_number) is str)
                and (owner_country_code is UNSET or type(owner_country_code) is str)
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
    Field("name", "name", True, STR),
    Field("owner", "owner", True, STR),
    Field("owner_address", "owner_address", True, STR),
    Field("owner_zip", "owner_zip", True, INT),
    Field("owner_city", "owner_city", True, STR),
    Field("bc_nr", "bc_nr", True, INT),
    Field("bank_name", "bank_name", True, STR),
    Field("bank_nr", "bank_nr", True, STR),
    Field("bank_account_nr", "bank_account_nr", True, STR),
    Field("iban_nr", "iban_nr", True, STR),
    Field("currency_id", "currency_id", True, INT),
    Field("account_id", "account_id", True, INT),
    Field("remarks", "remarks", True, STR),
    Field("invoice_mode", "invoice_mode", True, STR),
    Field("qr_invoice_iban", "qr_invoice_iban", True, STR),
    Field("type_", "type", True, STR),
    Field("uuid", "uuid", False, STR),
    Field("owner_house_number", "owner_house_number", False, STR),
    Field("owner_country_code", "owner_country_code", False, STR),
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
