from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BankAccount")


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str
        name = self.name

        owner: None | str
        owner = self.owner

        owner_address: None | str
        owner_address = self.owner_address

        owner_zip: int | None | str
        owner_zip = self.owner_zip

        owner_city: None | str
        owner_city = self.owner_city

        bc_nr: int | None | str
        bc_nr = self.bc_nr

        bank_name: None | str
        bank_name = self.bank_name

        bank_nr: None | str
        bank_nr = self.bank_nr

        bank_account_nr: None | str
        bank_account_nr = self.bank_account_nr

        iban_nr: None | str
        iban_nr = self.iban_nr

        currency_id: int | None
        currency_id = self.currency_id

        account_id: int | None
        account_id = self.account_id

        remarks: None | str
        remarks = self.remarks

        invoice_mode: None | str
        invoice_mode = self.invoice_mode

        qr_invoice_iban: None | str
        qr_invoice_iban = self.qr_invoice_iban

        type_: None | str
        type_ = self.type_

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        name = _parse_name(d.pop("name"))

        def _parse_owner(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        owner = _parse_owner(d.pop("owner"))

        def _parse_owner_address(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        owner_address = _parse_owner_address(d.pop("owner_address"))

        def _parse_owner_zip(data: object) -> int | None | str:
            if data is None:
                return data
            return cast("int | None | str", data)

        owner_zip = _parse_owner_zip(d.pop("owner_zip"))

        def _parse_owner_city(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        owner_city = _parse_owner_city(d.pop("owner_city"))

        def _parse_bc_nr(data: object) -> int | None | str:
            if data is None:
                return data
            return cast("int | None | str", data)

        bc_nr = _parse_bc_nr(d.pop("bc_nr"))

        def _parse_bank_name(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        bank_name = _parse_bank_name(d.pop("bank_name"))

        def _parse_bank_nr(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        bank_nr = _parse_bank_nr(d.pop("bank_nr"))

        def _parse_bank_account_nr(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        bank_account_nr = _parse_bank_account_nr(d.pop("bank_account_nr"))

        def _parse_iban_nr(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        iban_nr = _parse_iban_nr(d.pop("iban_nr"))

        def _parse_currency_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        currency_id = _parse_currency_id(d.pop("currency_id"))

        def _parse_account_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        account_id = _parse_account_id(d.pop("account_id"))

        def _parse_remarks(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        remarks = _parse_remarks(d.pop("remarks"))

        def _parse_invoice_mode(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        invoice_mode = _parse_invoice_mode(d.pop("invoice_mode"))

        def _parse_qr_invoice_iban(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        qr_invoice_iban = _parse_qr_invoice_iban(d.pop("qr_invoice_iban"))

        def _parse_type_(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        type_ = _parse_type_(d.pop("type"))

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
