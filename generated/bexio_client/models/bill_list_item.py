from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bill_status import BillStatus, check_bill_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="BillListItem")


@_attrs_define
class BillListItem:
    """A Bill as the list returns it (item of `data`; research/nested-schemas.md §3, as the reference collapses it)."""

    id: UUID
    document_no: None | str
    """ number of the Bill (assigned automatically, editable); null after an update that left it out """
    status: BillStatus
    """ The status of a Bill. """
    lastname_company: str
    vendor: str
    """ firstname_suffix and lastname_company joined """
    created_at: str
    """ Creation time, `YYYY-MM-DDTHH:MM:SS` """
    currency_code: str
    bill_date: datetime.date
    due_date: datetime.date
    overdue: bool
    """ the due date has passed (never for DRAFT or PAID Bills) """
    booking_account_ids: list[int]
    """ the accounts the line items are booked on """
    attachment_ids: list[UUID]
    title: str | Unset = UNSET
    firstname_suffix: str | Unset = UNSET
    vendor_ref: str | Unset = UNSET
    pending_amount: float | Unset = UNSET
    """ amount still to be paid """
    net: float | Unset = UNSET
    """ net total of the line items and discounts """
    gross: float | Unset = UNSET
    """ gross total of the line items and discounts """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        document_no: None | str
        document_no = self.document_no

        status: str = self.status

        lastname_company = self.lastname_company

        vendor = self.vendor

        created_at = self.created_at

        currency_code = self.currency_code

        bill_date = self.bill_date.isoformat()

        due_date = self.due_date.isoformat()

        overdue = self.overdue

        booking_account_ids = self.booking_account_ids

        attachment_ids = []
        for attachment_ids_item_data in self.attachment_ids:
            attachment_ids_item = str(attachment_ids_item_data)
            attachment_ids.append(attachment_ids_item)

        title = self.title

        firstname_suffix = self.firstname_suffix

        vendor_ref = self.vendor_ref

        pending_amount = self.pending_amount

        net = self.net

        gross = self.gross

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "document_no": document_no,
                "status": status,
                "lastname_company": lastname_company,
                "vendor": vendor,
                "created_at": created_at,
                "currency_code": currency_code,
                "bill_date": bill_date,
                "due_date": due_date,
                "overdue": overdue,
                "booking_account_ids": booking_account_ids,
                "attachment_ids": attachment_ids,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if firstname_suffix is not UNSET:
            field_dict["firstname_suffix"] = firstname_suffix
        if vendor_ref is not UNSET:
            field_dict["vendor_ref"] = vendor_ref
        if pending_amount is not UNSET:
            field_dict["pending_amount"] = pending_amount
        if net is not UNSET:
            field_dict["net"] = net
        if gross is not UNSET:
            field_dict["gross"] = gross

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        def _parse_document_no(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        document_no = _parse_document_no(d.pop("document_no"))

        status = check_bill_status(d.pop("status"))

        lastname_company = d.pop("lastname_company")

        vendor = d.pop("vendor")

        created_at = d.pop("created_at")

        currency_code = d.pop("currency_code")

        bill_date = datetime.date.fromisoformat(d.pop("bill_date"))

        due_date = datetime.date.fromisoformat(d.pop("due_date"))

        overdue = d.pop("overdue")

        booking_account_ids = cast(list[int], d.pop("booking_account_ids"))

        attachment_ids = []
        _attachment_ids = d.pop("attachment_ids")
        for attachment_ids_item_data in _attachment_ids:
            attachment_ids_item = UUID(attachment_ids_item_data)

            attachment_ids.append(attachment_ids_item)

        title = d.pop("title", UNSET)

        firstname_suffix = d.pop("firstname_suffix", UNSET)

        vendor_ref = d.pop("vendor_ref", UNSET)

        pending_amount = d.pop("pending_amount", UNSET)

        net = d.pop("net", UNSET)

        gross = d.pop("gross", UNSET)

        bill_list_item = cls(
            id=id,
            document_no=document_no,
            status=status,
            lastname_company=lastname_company,
            vendor=vendor,
            created_at=created_at,
            currency_code=currency_code,
            bill_date=bill_date,
            due_date=due_date,
            overdue=overdue,
            booking_account_ids=booking_account_ids,
            attachment_ids=attachment_ids,
            title=title,
            firstname_suffix=firstname_suffix,
            vendor_ref=vendor_ref,
            pending_amount=pending_amount,
            net=net,
            gross=gross,
        )

        bill_list_item.additional_properties = d
        return bill_list_item

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
