from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.purchase_order_delivery_address_type import (
    PurchaseOrderDeliveryAddressType,
    check_purchase_order_delivery_address_type,
)
from ..models.purchase_order_kb_item_status_id import (
    PurchaseOrderKbItemStatusId,
    check_purchase_order_kb_item_status_id,
)
from ..models.purchase_order_mwst_type import PurchaseOrderMwstType, check_purchase_order_mwst_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.purchase_order_currency import PurchaseOrderCurrency
    from ..models.purchase_order_custom_translations import PurchaseOrderCustomTranslations
    from ..models.purchase_order_language import PurchaseOrderLanguage
    from ..models.purchase_order_positions import PurchaseOrderPositions


T = TypeVar("T", bound="PurchaseOrder")


@_attrs_define
class PurchaseOrder:
    """A purchase order as bexio returns it. The samples of create and update carry `positions`, the sample of "Fetch a
    single purchase order" does not.

    """

    id: int
    """ The id of the purchase order """
    document_nr: str
    kb_payment_template_id: int | None
    payment_type_id: int
    """ References a payment type object """
    title: None | str
    contact_id: int
    """ References a contact object """
    contact_sub_id: int | None
    """ References a contact object """
    template_slug: None | str
    user_id: int
    """ References a user object """
    project_id: int | None
    """ References a project object """
    logopaper_id: int
    language: PurchaseOrderLanguage
    """ The language of a purchase order (`Language`). """
    language_id: int
    """ References a language object """
    bank_account_id: int
    """ References a bank account object """
    currency: PurchaseOrderCurrency
    """ The currency of a purchase order (`Currency`). """
    currency_id: int
    """ References a currency object """
    header: None | str
    footer: None | str
    total_rounding_difference: float
    """ rounding difference of the total (read only) """
    mwst_type: PurchaseOrderMwstType
    """ Possible values are
    * included - included means that the tax is included in the total price
    * excluded - excluded means that the tax is excluded from the total price
    * exempt - exempt means that no tax is charged
     """
    mwst_is_net: bool
    """ This value affects the total if the field mwst_type has been set to 0.
    false = Taxes are included in the total
    true = Taxes will be added to the total
     """
    is_compact_view: bool
    show_position_taxes: bool
    salesman_user_id: int | None
    """ References a user object """
    is_valid_from: datetime.date
    is_valid_to: datetime.date
    delivery_address_type: PurchaseOrderDeliveryAddressType
    contact_address_manual: str
    """ The contact address for the document. Newlines are in the format \\n """
    delivery_address_manual: str
    """ The delivery address for order. Newlines are in the format \\n """
    kb_item_status_id: PurchaseOrderKbItemStatusId
    """ status of the purchase order (read only): 22 Draft, 23 Open, 24 Partly, 25 Done, 26 Canceled """
    terms_of_payment_text: None | str
    """ Additional text which is displayed below the terms of payment """
    reference: None | str
    """ A reference which can be added to the document by the client. """
    api_reference: None | str
    """ This field can only be read and edited by the api. It can be used to save references to other systems. """
    mail: None | str
    """ The mail address of the company """
    viewed_by_client_at: datetime.date | None
    """ when the recipient viewed the purchase order (read only) """
    is_valid_until: datetime.date
    created_at: datetime.datetime
    """ Creation time of the purchase order (a timestamp, though documented as a date) """
    updated_at: datetime.datetime
    """ Last time when purchase order was updated (a timestamp, though documented as a date) """
    custom_translations: PurchaseOrderCustomTranslations
    """ custom translations (a free-form object) """
    date_format: str
    nb_decimals_amount: int = 2
    """ The maximum number of decimal digits to display for amounts (number of items). """
    nb_decimals_price: int = 2
    """ The maximum number of decimal digits to display for prices (line item prices, totals, etc.). """
    positions: PurchaseOrderPositions | Unset = UNSET
    """ A purchase order can have multiple line items (positions). Please note that the line items must be grouped
    by required, optional and discount positions. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        document_nr = self.document_nr

        kb_payment_template_id: int | None
        kb_payment_template_id = self.kb_payment_template_id

        payment_type_id = self.payment_type_id

        title: None | str
        title = self.title

        contact_id = self.contact_id

        contact_sub_id: int | None
        contact_sub_id = self.contact_sub_id

        template_slug: None | str
        template_slug = self.template_slug

        user_id = self.user_id

        project_id: int | None
        project_id = self.project_id

        logopaper_id = self.logopaper_id

        language = self.language.to_dict()

        language_id = self.language_id

        bank_account_id = self.bank_account_id

        currency = self.currency.to_dict()

        currency_id = self.currency_id

        header: None | str
        header = self.header

        footer: None | str
        footer = self.footer

        total_rounding_difference = self.total_rounding_difference

        mwst_type: str = self.mwst_type

        mwst_is_net = self.mwst_is_net

        is_compact_view = self.is_compact_view

        show_position_taxes = self.show_position_taxes

        salesman_user_id: int | None
        salesman_user_id = self.salesman_user_id

        is_valid_from = self.is_valid_from.isoformat()

        is_valid_to = self.is_valid_to.isoformat()

        delivery_address_type: str = self.delivery_address_type

        contact_address_manual = self.contact_address_manual

        delivery_address_manual = self.delivery_address_manual

        nb_decimals_amount = self.nb_decimals_amount

        nb_decimals_price = self.nb_decimals_price

        kb_item_status_id: int = self.kb_item_status_id

        terms_of_payment_text: None | str
        terms_of_payment_text = self.terms_of_payment_text

        reference: None | str
        reference = self.reference

        api_reference: None | str
        api_reference = self.api_reference

        mail: None | str
        mail = self.mail

        viewed_by_client_at: None | str
        if isinstance(self.viewed_by_client_at, datetime.date):
            viewed_by_client_at = self.viewed_by_client_at.isoformat()
        else:
            viewed_by_client_at = self.viewed_by_client_at

        is_valid_until = self.is_valid_until.isoformat()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        custom_translations = self.custom_translations.to_dict()

        date_format = self.date_format

        positions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.positions, Unset):
            positions = self.positions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "document_nr": document_nr,
                "kb_payment_template_id": kb_payment_template_id,
                "payment_type_id": payment_type_id,
                "title": title,
                "contact_id": contact_id,
                "contact_sub_id": contact_sub_id,
                "template_slug": template_slug,
                "user_id": user_id,
                "project_id": project_id,
                "logopaper_id": logopaper_id,
                "language": language,
                "language_id": language_id,
                "bank_account_id": bank_account_id,
                "currency": currency,
                "currency_id": currency_id,
                "header": header,
                "footer": footer,
                "total_rounding_difference": total_rounding_difference,
                "mwst_type": mwst_type,
                "mwst_is_net": mwst_is_net,
                "is_compact_view": is_compact_view,
                "show_position_taxes": show_position_taxes,
                "salesman_user_id": salesman_user_id,
                "is_valid_from": is_valid_from,
                "is_valid_to": is_valid_to,
                "delivery_address_type": delivery_address_type,
                "contact_address_manual": contact_address_manual,
                "delivery_address_manual": delivery_address_manual,
                "nb_decimals_amount": nb_decimals_amount,
                "nb_decimals_price": nb_decimals_price,
                "kb_item_status_id": kb_item_status_id,
                "terms_of_payment_text": terms_of_payment_text,
                "reference": reference,
                "api_reference": api_reference,
                "mail": mail,
                "viewed_by_client_at": viewed_by_client_at,
                "is_valid_until": is_valid_until,
                "created_at": created_at,
                "updated_at": updated_at,
                "custom_translations": custom_translations,
                "date_format": date_format,
            }
        )
        if positions is not UNSET:
            field_dict["positions"] = positions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.purchase_order_currency import PurchaseOrderCurrency  # noqa: PLC0415
        from ..models.purchase_order_custom_translations import PurchaseOrderCustomTranslations  # noqa: PLC0415
        from ..models.purchase_order_language import PurchaseOrderLanguage  # noqa: PLC0415
        from ..models.purchase_order_positions import PurchaseOrderPositions  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        document_nr = d.pop("document_nr")

        def _parse_kb_payment_template_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        kb_payment_template_id = _parse_kb_payment_template_id(d.pop("kb_payment_template_id"))

        payment_type_id = d.pop("payment_type_id")

        def _parse_title(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        title = _parse_title(d.pop("title"))

        contact_id = d.pop("contact_id")

        def _parse_contact_sub_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        contact_sub_id = _parse_contact_sub_id(d.pop("contact_sub_id"))

        def _parse_template_slug(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        template_slug = _parse_template_slug(d.pop("template_slug"))

        user_id = d.pop("user_id")

        def _parse_project_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        project_id = _parse_project_id(d.pop("project_id"))

        logopaper_id = d.pop("logopaper_id")

        language = PurchaseOrderLanguage.from_dict(d.pop("language"))

        language_id = d.pop("language_id")

        bank_account_id = d.pop("bank_account_id")

        currency = PurchaseOrderCurrency.from_dict(d.pop("currency"))

        currency_id = d.pop("currency_id")

        def _parse_header(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        header = _parse_header(d.pop("header"))

        def _parse_footer(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        footer = _parse_footer(d.pop("footer"))

        total_rounding_difference = d.pop("total_rounding_difference")

        mwst_type = check_purchase_order_mwst_type(d.pop("mwst_type"))

        mwst_is_net = d.pop("mwst_is_net")

        is_compact_view = d.pop("is_compact_view")

        show_position_taxes = d.pop("show_position_taxes")

        def _parse_salesman_user_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        salesman_user_id = _parse_salesman_user_id(d.pop("salesman_user_id"))

        is_valid_from = datetime.date.fromisoformat(d.pop("is_valid_from"))

        is_valid_to = datetime.date.fromisoformat(d.pop("is_valid_to"))

        delivery_address_type = check_purchase_order_delivery_address_type(d.pop("delivery_address_type"))

        contact_address_manual = d.pop("contact_address_manual")

        delivery_address_manual = d.pop("delivery_address_manual")

        nb_decimals_amount = d.pop("nb_decimals_amount")

        nb_decimals_price = d.pop("nb_decimals_price")

        kb_item_status_id = check_purchase_order_kb_item_status_id(d.pop("kb_item_status_id"))

        def _parse_terms_of_payment_text(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        terms_of_payment_text = _parse_terms_of_payment_text(d.pop("terms_of_payment_text"))

        def _parse_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        reference = _parse_reference(d.pop("reference"))

        def _parse_api_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        api_reference = _parse_api_reference(d.pop("api_reference"))

        def _parse_mail(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        mail = _parse_mail(d.pop("mail"))

        def _parse_viewed_by_client_at(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                viewed_by_client_at_type_0 = datetime.date.fromisoformat(data)

                return viewed_by_client_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.date | None", data)

        viewed_by_client_at = _parse_viewed_by_client_at(d.pop("viewed_by_client_at"))

        is_valid_until = datetime.date.fromisoformat(d.pop("is_valid_until"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        custom_translations = PurchaseOrderCustomTranslations.from_dict(d.pop("custom_translations"))

        date_format = d.pop("date_format")

        _positions = d.pop("positions", UNSET)
        positions: PurchaseOrderPositions | Unset
        if isinstance(_positions, Unset):
            positions = UNSET
        else:
            positions = PurchaseOrderPositions.from_dict(_positions)

        purchase_order = cls(
            id=id,
            document_nr=document_nr,
            kb_payment_template_id=kb_payment_template_id,
            payment_type_id=payment_type_id,
            title=title,
            contact_id=contact_id,
            contact_sub_id=contact_sub_id,
            template_slug=template_slug,
            user_id=user_id,
            project_id=project_id,
            logopaper_id=logopaper_id,
            language=language,
            language_id=language_id,
            bank_account_id=bank_account_id,
            currency=currency,
            currency_id=currency_id,
            header=header,
            footer=footer,
            total_rounding_difference=total_rounding_difference,
            mwst_type=mwst_type,
            mwst_is_net=mwst_is_net,
            is_compact_view=is_compact_view,
            show_position_taxes=show_position_taxes,
            salesman_user_id=salesman_user_id,
            is_valid_from=is_valid_from,
            is_valid_to=is_valid_to,
            delivery_address_type=delivery_address_type,
            contact_address_manual=contact_address_manual,
            delivery_address_manual=delivery_address_manual,
            nb_decimals_amount=nb_decimals_amount,
            nb_decimals_price=nb_decimals_price,
            kb_item_status_id=kb_item_status_id,
            terms_of_payment_text=terms_of_payment_text,
            reference=reference,
            api_reference=api_reference,
            mail=mail,
            viewed_by_client_at=viewed_by_client_at,
            is_valid_until=is_valid_until,
            created_at=created_at,
            updated_at=updated_at,
            custom_translations=custom_translations,
            date_format=date_format,
            positions=positions,
        )

        purchase_order.additional_properties = d
        return purchase_order

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
