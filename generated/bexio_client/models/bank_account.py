from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BankAccount")


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
        id = self.id

        name = self.name

        owner = self.owner

        owner_address = self.owner_address

        owner_zip = self.owner_zip

        owner_city = self.owner_city

        bc_nr = self.bc_nr

        bank_name = self.bank_name

        bank_nr = self.bank_nr

        bank_account_nr = self.bank_account_nr

        iban_nr = self.iban_nr

        currency_id = self.currency_id

        account_id = self.account_id

        remarks = self.remarks

        invoice_mode = self.invoice_mode

        qr_invoice_iban = self.qr_invoice_iban

        type_ = self.type_

        uuid = self.uuid

        owner_house_number = self.owner_house_number

        owner_country_code = self.owner_country_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "owner": owner,
                "owner_address": owner_address,
                "owner_zip": owner_zip,
                "owner_city": owner_city,
                "bc_nr": bc_nr,
                "bank_name": bank_name,
                "bank_nr": bank_nr,
                "bank_account_nr": bank_account_nr,
                "iban_nr": iban_nr,
                "currency_id": currency_id,
                "account_id": account_id,
                "remarks": remarks,
                "invoice_mode": invoice_mode,
                "qr_invoice_iban": qr_invoice_iban,
                "type": type_,
            }
        )
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if owner_house_number is not UNSET:
            field_dict["owner_house_number"] = owner_house_number
        if owner_country_code is not UNSET:
            field_dict["owner_country_code"] = owner_country_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        owner = d.pop("owner")

        owner_address = d.pop("owner_address")

        owner_zip = d.pop("owner_zip")

        owner_city = d.pop("owner_city")

        bc_nr = d.pop("bc_nr")

        bank_name = d.pop("bank_name")

        bank_nr = d.pop("bank_nr")

        bank_account_nr = d.pop("bank_account_nr")

        iban_nr = d.pop("iban_nr")

        currency_id = d.pop("currency_id")

        account_id = d.pop("account_id")

        remarks = d.pop("remarks")

        invoice_mode = d.pop("invoice_mode")

        qr_invoice_iban = d.pop("qr_invoice_iban")

        type_ = d.pop("type")

        uuid = d.pop("uuid", UNSET)

        owner_house_number = d.pop("owner_house_number", UNSET)

        owner_country_code = d.pop("owner_country_code", UNSET)

        bank_account = cls(
            id=id,
            name=name,
            owner=owner,
            owner_address=owner_address,
            owner_zip=owner_zip,
            owner_city=owner_city,
            bc_nr=bc_nr,
            bank_name=bank_name,
            bank_nr=bank_nr,
            bank_account_nr=bank_account_nr,
            iban_nr=iban_nr,
            currency_id=currency_id,
            account_id=account_id,
            remarks=remarks,
            invoice_mode=invoice_mode,
            qr_invoice_iban=qr_invoice_iban,
            type_=type_,
            uuid=uuid,
            owner_house_number=owner_house_number,
            owner_country_code=owner_country_code,
        )

        bank_account.additional_properties = d
        return bank_account

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
