from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.purchase_address_create import PurchaseAddressCreate


T = TypeVar("T", bound="ExpenseCreate")


@_attrs_define
class ExpenseCreate:
    """An Expense as sent to create it."""

    paid_on: datetime.date
    currency_code: str
    amount: float
    """ Maximum of 17 digits and maximum of 2 decimal digits. """
    attachment_ids: list[UUID]
    """ List of file ids that should be attached to this Expense. Cannot have duplicates. """
    supplier_id: int | Unset = UNSET
    """ References a contact object """
    title: str | Unset = UNSET
    bank_account_id: int | Unset = UNSET
    """ References a bank account object """
    booking_account_id: int | Unset = UNSET
    """ References an account object """
    tax_id: int | None | Unset = UNSET
    """ References a tax object """
    exchange_rate: float | Unset = UNSET
    """ Required when 'currency_code' is different from 'base_currency_code' (taken from settings). Maximum of 5
    digits and maximum of 10 decimal digits. """
    base_currency_amount: float | Unset = UNSET
    """ Required when 'currency_code' is different from 'base_currency_code' (taken from settings). Maximum of 17
    digits and maximum of 2 decimal digits. """
    address: None | PurchaseAddressCreate | Unset = UNSET
    """ The supplier's address; must be null when 'supplier_id' is not set. """

    def to_dict(self) -> dict[str, Any]:
        from ..models.purchase_address_create import PurchaseAddressCreate  # noqa: PLC0415

        paid_on = self.paid_on.isoformat()

        currency_code = self.currency_code

        amount = self.amount

        attachment_ids = []
        for attachment_ids_item_data in self.attachment_ids:
            attachment_ids_item = str(attachment_ids_item_data)
            attachment_ids.append(attachment_ids_item)

        supplier_id = self.supplier_id

        title = self.title

        bank_account_id = self.bank_account_id

        booking_account_id = self.booking_account_id

        tax_id: int | None | Unset
        if isinstance(self.tax_id, Unset):
            tax_id = UNSET
        else:
            tax_id = self.tax_id

        exchange_rate = self.exchange_rate

        base_currency_amount = self.base_currency_amount

        address: dict[str, Any] | None | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, PurchaseAddressCreate):
            address = self.address.to_dict()
        else:
            address = self.address

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "paid_on": paid_on,
                "currency_code": currency_code,
                "amount": amount,
                "attachment_ids": attachment_ids,
            }
        )
        if supplier_id is not UNSET:
            field_dict["supplier_id"] = supplier_id
        if title is not UNSET:
            field_dict["title"] = title
        if bank_account_id is not UNSET:
            field_dict["bank_account_id"] = bank_account_id
        if booking_account_id is not UNSET:
            field_dict["booking_account_id"] = booking_account_id
        if tax_id is not UNSET:
            field_dict["tax_id"] = tax_id
        if exchange_rate is not UNSET:
            field_dict["exchange_rate"] = exchange_rate
        if base_currency_amount is not UNSET:
            field_dict["base_currency_amount"] = base_currency_amount
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.purchase_address_create import PurchaseAddressCreate  # noqa: PLC0415

        d = dict(src_dict)
        paid_on = datetime.date.fromisoformat(d.pop("paid_on"))

        currency_code = d.pop("currency_code")

        amount = d.pop("amount")

        attachment_ids = []
        _attachment_ids = d.pop("attachment_ids")
        for attachment_ids_item_data in _attachment_ids:
            attachment_ids_item = UUID(attachment_ids_item_data)

            attachment_ids.append(attachment_ids_item)

        supplier_id = d.pop("supplier_id", UNSET)

        title = d.pop("title", UNSET)

        bank_account_id = d.pop("bank_account_id", UNSET)

        booking_account_id = d.pop("booking_account_id", UNSET)

        def _parse_tax_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        tax_id = _parse_tax_id(d.pop("tax_id", UNSET))

        exchange_rate = d.pop("exchange_rate", UNSET)

        base_currency_amount = d.pop("base_currency_amount", UNSET)

        def _parse_address(data: object) -> None | PurchaseAddressCreate | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                address_type_0 = PurchaseAddressCreate.from_dict(data)

                return address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | PurchaseAddressCreate | Unset", data)

        address = _parse_address(d.pop("address", UNSET))

        expense_create = cls(
            paid_on=paid_on,
            currency_code=currency_code,
            amount=amount,
            attachment_ids=attachment_ids,
            supplier_id=supplier_id,
            title=title,
            bank_account_id=bank_account_id,
            booking_account_id=booking_account_id,
            tax_id=tax_id,
            exchange_rate=exchange_rate,
            base_currency_amount=base_currency_amount,
            address=address,
        )

        return expense_create
