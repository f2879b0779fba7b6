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
    from ..models.purchase_order_currency_read_type_0 import PurchaseOrderCurrencyReadType0
    from ..models.purchase_order_custom_translations_type_0 import PurchaseOrderCustomTranslationsType0
    from ..models.purchase_order_language_read_type_0 import PurchaseOrderLanguageReadType0
    from ..models.purchase_order_positions_read_type_0 import PurchaseOrderPositionsReadType0


T = TypeVar("T", bound="PurchaseOrder")


@_attrs_define
class PurchaseOrder:
    """A purchase order as bexio returns it. The samples of create and update carry `positions`, the sample of "Fetch a
    single purchase order" does not.

    """

    id: int
    """ The id of the purchase order """
    document_nr: None | str
    kb_payment_template_id: int | None
    payment_type_id: int | None
    """ References a payment type object """
    title: None | str
    contact_id: int | None
    """ References a contact object """
    contact_sub_id: int | None
    """ References a contact object """
    template_slug: None | str
    user_id: int | None
    """ References a user object """
    project_id: int | None
    """ References a project object """
    logopaper_id: int | None
    language: None | PurchaseOrderLanguageReadType0
    """ The language of a purchase order (`Language`). """
    language_id: int | None
    """ References a language object """
    bank_account_id: int | None
    """ References a bank account object """
    currency: None | PurchaseOrderCurrencyReadType0
    """ The currency of a purchase order (`Currency`). """
    currency_id: int | None
    """ References a currency object """
    header: None | str
    footer: None | str
    total_rounding_difference: float | None | str
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
    is_valid_from: datetime.date | None
    is_valid_to: datetime.date | None
    delivery_address_type: PurchaseOrderDeliveryAddressType
    contact_address_manual: None | str
    """ The contact address for the document. Newlines are in the format \\n """
    delivery_address_manual: None | str
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
    is_valid_until: datetime.date | None
    created_at: datetime.datetime | None
    """ Creation time of the purchase order (a timestamp, though documented as a date) """
    updated_at: datetime.datetime | None
    """ Last time when purchase order was updated (a timestamp, though documented as a date) """
    custom_translations: None | PurchaseOrderCustomTranslationsType0
    """ custom translations (a free-form object) """
    date_format: None | str
    nb_decimals_amount: int | None | str = 2
    """ The maximum number of decimal digits to display for amounts (number of items). """
    nb_decimals_price: int | None | str = 2
    """ The maximum number of decimal digits to display for prices (line item prices, totals, etc.). """
    positions: None | PurchaseOrderPositionsReadType0 | Unset = UNSET
    """ A purchase order can have multiple line items (positions). Please note that the line items must be grouped
    by required, optional and discount positions. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.purchase_order_currency_read_type_0 import PurchaseOrderCurrencyReadType0  # noqa: PLC0415
        from ..models.purchase_order_custom_translations_type_0 import PurchaseOrderCustomTranslationsType0  # noqa: PLC0415
        from ..models.purchase_order_language_read_type_0 import PurchaseOrderLanguageReadType0  # noqa: PLC0415
        from ..models.purchase_order_positions_read_type_0 import PurchaseOrderPositionsReadType0  # noqa: PLC0415

        id = self.id

        document_nr: None | str
        document_nr = self.document_nr

        kb_payment_template_id: int | None
        kb_payment_template_id = self.kb_payment_template_id

        payment_type_id: int | None
        payment_type_id = self.payment_type_id

        title: None | str
        title = self.title

        contact_id: int | None
        contact_id = self.contact_id

        contact_sub_id: int | None
        contact_sub_id = self.contact_sub_id

        template_slug: None | str
        template_slug = self.template_slug

        user_id: int | None
        user_id = self.user_id

        project_id: int | None
        project_id = self.project_id

        logopaper_id: int | None
        logopaper_id = self.logopaper_id

        language: dict[str, Any] | None
        if isinstance(self.language, PurchaseOrderLanguageReadType0):
            language = self.language.to_dict()
        else:
            language = self.language

        language_id: int | None
        language_id = self.language_id

        bank_account_id: int | None
        bank_account_id = self.bank_account_id

        currency: dict[str, Any] | None
        if isinstance(self.currency, PurchaseOrderCurrencyReadType0):
            currency = self.currency.to_dict()
        else:
            currency = self.currency

        currency_id: int | None
        currency_id = self.currency_id

        header: None | str
        header = self.header

        footer: None | str
        footer = self.footer

        total_rounding_difference: float | None | str
        total_rounding_difference = self.total_rounding_difference

        mwst_type: str = self.mwst_type

        mwst_is_net = self.mwst_is_net

        is_compact_view = self.is_compact_view

        show_position_taxes = self.show_position_taxes

        salesman_user_id: int | None
        salesman_user_id = self.salesman_user_id

        is_valid_from: None | str
        if isinstance(self.is_valid_from, datetime.date):
            is_valid_from = self.is_valid_from.isoformat()
        else:
            is_valid_from = self.is_valid_from

        is_valid_to: None | str
        if isinstance(self.is_valid_to, datetime.date):
            is_valid_to = self.is_valid_to.isoformat()
        else:
            is_valid_to = self.is_valid_to

        delivery_address_type: str = self.delivery_address_type

        contact_address_manual: None | str
        contact_address_manual = self.contact_address_manual

        delivery_address_manual: None | str
        delivery_address_manual = self.delivery_address_manual

        nb_decimals_amount: int | None | str
        nb_decimals_amount = self.nb_decimals_amount

        nb_decimals_price: int | None | str
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

        is_valid_until: None | str
        if isinstance(self.is_valid_until, datetime.date):
            is_valid_until = self.is_valid_until.isoformat()
        else:
            is_valid_until = self.is_valid_until

        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        custom_translations: dict[str, Any] | None
        if isinstance(self.custom_translations, PurchaseOrderCustomTranslationsType0):
            custom_translations = self.custom_translations.to_dict()
        else:
            custom_translations = self.custom_translations

        date_format: None | str
        date_format = self.date_format

        positions: dict[str, Any] | None | Unset
        if isinstance(self.positions, Unset):
            positions = UNSET
        elif isinstance(self.positions, PurchaseOrderPositionsReadType0):
            positions = self.positions.to_dict()
        else:
            positions = self.positions

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
        from ..models.purchase_order_currency_read_type_0 import PurchaseOrderCurrencyReadType0  # noqa: PLC0415
        from ..models.purchase_order_custom_translations_type_0 import PurchaseOrderCustomTranslationsType0  # noqa: PLC0415
        from ..models.purchase_order_language_read_type_0 import PurchaseOrderLanguageReadType0  # noqa: PLC0415
        from ..models.purchase_order_positions_read_type_0 import PurchaseOrderPositionsReadType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_document_nr(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        document_nr = _parse_document_nr(d.pop("document_nr"))

        def _parse_kb_payment_template_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        kb_payment_template_id = _parse_kb_payment_template_id(d.pop("kb_payment_template_id"))

        def _parse_payment_type_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        payment_type_id = _parse_payment_type_id(d.pop("payment_type_id"))

        def _parse_title(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        title = _parse_title(d.pop("title"))

        def _parse_contact_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        contact_id = _parse_contact_id(d.pop("contact_id"))

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

        def _parse_user_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        user_id = _parse_user_id(d.pop("user_id"))

        def _parse_project_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        project_id = _parse_project_id(d.pop("project_id"))

        def _parse_logopaper_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        logopaper_id = _parse_logopaper_id(d.pop("logopaper_id"))

        def _parse_language(data: object) -> None | PurchaseOrderLanguageReadType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_purchase_order_language_read_type_0 = PurchaseOrderLanguageReadType0.from_dict(data)

                return componentsschemas_purchase_order_language_read_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | PurchaseOrderLanguageReadType0", data)

        language = _parse_language(d.pop("language"))

        def _parse_language_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        language_id = _parse_language_id(d.pop("language_id"))

        def _parse_bank_account_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        bank_account_id = _parse_bank_account_id(d.pop("bank_account_id"))

        def _parse_currency(data: object) -> None | PurchaseOrderCurrencyReadType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_purchase_order_currency_read_type_0 = PurchaseOrderCurrencyReadType0.from_dict(data)

                return componentsschemas_purchase_order_currency_read_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | PurchaseOrderCurrencyReadType0", data)

        currency = _parse_currency(d.pop("currency"))

        def _parse_currency_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        currency_id = _parse_currency_id(d.pop("currency_id"))

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

        def _parse_total_rounding_difference(data: object) -> float | None | str:
            if data is None:
                return data
            return cast("float | None | str", data)

        total_rounding_difference = _parse_total_rounding_difference(d.pop("total_rounding_difference"))

        mwst_type = check_purchase_order_mwst_type(d.pop("mwst_type"))

        mwst_is_net = d.pop("mwst_is_net")

        is_compact_view = d.pop("is_compact_view")

        show_position_taxes = d.pop("show_position_taxes")

        def _parse_salesman_user_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        salesman_user_id = _parse_salesman_user_id(d.pop("salesman_user_id"))

        def _parse_is_valid_from(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                is_valid_from_type_0 = datetime.date.fromisoformat(data)

                return is_valid_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.date | None", data)

        is_valid_from = _parse_is_valid_from(d.pop("is_valid_from"))

        def _parse_is_valid_to(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                is_valid_to_type_0 = datetime.date.fromisoformat(data)

                return is_valid_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.date | None", data)

        is_valid_to = _parse_is_valid_to(d.pop("is_valid_to"))

        delivery_address_type = check_purchase_order_delivery_address_type(d.pop("delivery_address_type"))

        def _parse_contact_address_manual(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        contact_address_manual = _parse_contact_address_manual(d.pop("contact_address_manual"))

        def _parse_delivery_address_manual(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        delivery_address_manual = _parse_delivery_address_manual(d.pop("delivery_address_manual"))

        def _parse_nb_decimals_amount(data: object) -> int | None | str:
            if data is None:
                return data
            return cast("int | None | str", data)

        nb_decimals_amount = _parse_nb_decimals_amount(d.pop("nb_decimals_amount"))

        def _parse_nb_decimals_price(data: object) -> int | None | str:
            if data is None:
                return data
            return cast("int | None | str", data)

        nb_decimals_price = _parse_nb_decimals_price(d.pop("nb_decimals_price"))

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

        def _parse_is_valid_until(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                is_valid_until_type_0 = datetime.date.fromisoformat(data)

                return is_valid_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.date | None", data)

        is_valid_until = _parse_is_valid_until(d.pop("is_valid_until"))

        def _parse_created_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | None", data)

        created_at = _parse_created_at(d.pop("created_at"))

        def _parse_updated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | None", data)

        updated_at = _parse_updated_at(d.pop("updated_at"))

        def _parse_custom_translations(data: object) -> None | PurchaseOrderCustomTranslationsType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_translations_type_0 = PurchaseOrderCustomTranslationsType0.from_dict(data)

                return custom_translations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | PurchaseOrderCustomTranslationsType0", data)

        custom_translations = _parse_custom_translations(d.pop("custom_translations"))

        def _parse_date_format(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        date_format = _parse_date_format(d.pop("date_format"))

        def _parse_positions(data: object) -> None | PurchaseOrderPositionsReadType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_purchase_order_positions_read_type_0 = PurchaseOrderPositionsReadType0.from_dict(data)

                return componentsschemas_purchase_order_positions_read_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | PurchaseOrderPositionsReadType0 | Unset", data)

        positions = _parse_positions(d.pop("positions", UNSET))

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
