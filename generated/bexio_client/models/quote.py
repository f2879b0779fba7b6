from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.quote_delivery_address_type import QuoteDeliveryAddressType, check_quote_delivery_address_type
from ..models.quote_mwst_type import QuoteMwstType, check_quote_mwst_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kb_document_tax import KbDocumentTax
    from ..models.kb_position_article import KbPositionArticle
    from ..models.kb_position_custom import KbPositionCustom
    from ..models.kb_position_discount import KbPositionDiscount
    from ..models.kb_position_pagebreak import KbPositionPagebreak
    from ..models.kb_position_subposition import KbPositionSubposition
    from ..models.kb_position_subtotal import KbPositionSubtotal
    from ..models.kb_position_text import KbPositionText


T = TypeVar("T", bound="Quote")


@_attrs_define
class Quote:
    """A quote as bexio returns it (fields read from the response samples). Money totals are decimal numbers as strings
    ("19.150000"), except `total_rounding_difference`, a JSON number.

    """

    id: int
    document_nr: str
    title: None | str
    contact_id: int | None
    """ References a contact object """
    contact_sub_id: int | None
    """ References a contact object """
    user_id: int
    """ References a user object """
    project_id: int | None
    """ References a project object """
    logopaper_id: int
    """ Deprecated in favour of `template_slug` (changelog 2020-09-21). """
    language_id: int
    """ References a language object """
    bank_account_id: int
    """ References a bank account object """
    currency_id: int
    """ References a currency object """
    payment_type_id: int
    """ References a payment type object """
    header: str
    footer: str
    total_gross: str
    """ Gross total, a decimal number as a string ("17.800000"). """
    total_net: str
    """ Net total, a decimal number as a string ("17.800000"). """
    total_taxes: str
    """ Sum of the taxes, a decimal number as a string ("1.3706"). """
    total: str
    """ Total, a decimal number as a string ("19.150000"). """
    total_rounding_difference: float | str
    """ Rounding difference of the total, a JSON number (-0.02), unlike the other totals. """
    mwst_type: QuoteMwstType
    """ Taxes: 0 = including taxes, 1 = excluding taxes, 2 = exempt from taxes. """
    mwst_is_net: bool
    """ This value affects the total if the field mwst_type has been set to 0. false = Taxes are included in the
    total; true = Taxes will be added to the total. """
    show_position_taxes: bool
    is_valid_from: datetime.date
    is_valid_until: datetime.date
    contact_address: str
    """ The address of the contact the document is made out to. """
    delivery_address_type: QuoteDeliveryAddressType
    """ 0 = use invoice address, 1 = use custom address. """
    delivery_address: str
    """ The delivery address. """
    kb_item_status_id: int
    """ The status of the document. """
    api_reference: None | str
    """ This field can only be read and edited by the api. It can be used to save references to other systems. """
    viewed_by_client_at: None | str
    kb_terms_of_payment_template_id: int | None
    show_total: bool
    updated_at: str
    """ Time of the last change, `YYYY-MM-DD HH:MM:SS` """
    template_slug: None | str
    """ The document template (its slug, see List document templates); replaces logopaper_id. """
    taxs: list[KbDocumentTax]
    """ The taxes of the document, one entry per tax rate. """
    network_link: str
    """ Link to the document on the customer network (empty if none). """
    positions: (
        list[
            KbPositionArticle
            | KbPositionCustom
            | KbPositionDiscount
            | KbPositionPagebreak
            | KbPositionSubposition
            | KbPositionSubtotal
            | KbPositionText
        ]
        | Unset
    ) = UNSET
    """ The positions of the document. bexio's published spec returns them on the detailed form of a document
    (fetch, create, edit), so they may be absent from list items. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.kb_position_article import KbPositionArticle  # noqa: PLC0415
        from ..models.kb_position_custom import KbPositionCustom  # noqa: PLC0415
        from ..models.kb_position_discount import KbPositionDiscount  # noqa: PLC0415
        from ..models.kb_position_pagebreak import KbPositionPagebreak  # noqa: PLC0415
        from ..models.kb_position_subtotal import KbPositionSubtotal  # noqa: PLC0415
        from ..models.kb_position_text import KbPositionText  # noqa: PLC0415

        id = self.id

        document_nr = self.document_nr

        title: None | str
        title = self.title

        contact_id: int | None
        contact_id = self.contact_id

        contact_sub_id: int | None
        contact_sub_id = self.contact_sub_id

        user_id = self.user_id

        project_id: int | None
        project_id = self.project_id

        logopaper_id = self.logopaper_id

        language_id = self.language_id

        bank_account_id = self.bank_account_id

        currency_id = self.currency_id

        payment_type_id = self.payment_type_id

        header = self.header

        footer = self.footer

        total_gross = self.total_gross

        total_net = self.total_net

        total_taxes = self.total_taxes

        total = self.total

        total_rounding_difference: float | str
        total_rounding_difference = self.total_rounding_difference

        mwst_type: int = self.mwst_type

        mwst_is_net = self.mwst_is_net

        show_position_taxes = self.show_position_taxes

        is_valid_from = self.is_valid_from.isoformat()

        is_valid_until = self.is_valid_until.isoformat()

        contact_address = self.contact_address

        delivery_address_type: int = self.delivery_address_type

        delivery_address = self.delivery_address

        kb_item_status_id = self.kb_item_status_id

        api_reference: None | str
        api_reference = self.api_reference

        viewed_by_client_at: None | str
        viewed_by_client_at = self.viewed_by_client_at

        kb_terms_of_payment_template_id: int | None
        kb_terms_of_payment_template_id = self.kb_terms_of_payment_template_id

        show_total = self.show_total

        updated_at = self.updated_at

        template_slug: None | str
        template_slug = self.template_slug

        taxs = []
        for taxs_item_data in self.taxs:
            taxs_item = taxs_item_data.to_dict()
            taxs.append(taxs_item)

        network_link = self.network_link

        positions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.positions, Unset):
            positions = []
            for positions_item_data in self.positions:
                positions_item: dict[str, Any]
                if isinstance(positions_item_data, KbPositionCustom):
                    positions_item = positions_item_data.to_dict()
                elif isinstance(positions_item_data, KbPositionArticle):
                    positions_item = positions_item_data.to_dict()
                elif isinstance(positions_item_data, KbPositionText):
                    positions_item = positions_item_data.to_dict()
                elif isinstance(positions_item_data, KbPositionSubtotal):
                    positions_item = positions_item_data.to_dict()
                elif isinstance(positions_item_data, KbPositionPagebreak):
                    positions_item = positions_item_data.to_dict()
                elif isinstance(positions_item_data, KbPositionDiscount):
                    positions_item = positions_item_data.to_dict()
                else:
                    positions_item = positions_item_data.to_dict()

                positions.append(positions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "document_nr": document_nr,
                "title": title,
                "contact_id": contact_id,
                "contact_sub_id": contact_sub_id,
                "user_id": user_id,
                "project_id": project_id,
                "logopaper_id": logopaper_id,
                "language_id": language_id,
                "bank_account_id": bank_account_id,
                "currency_id": currency_id,
                "payment_type_id": payment_type_id,
                "header": header,
                "footer": footer,
                "total_gross": total_gross,
                "total_net": total_net,
                "total_taxes": total_taxes,
                "total": total,
                "total_rounding_difference": total_rounding_difference,
                "mwst_type": mwst_type,
                "mwst_is_net": mwst_is_net,
                "show_position_taxes": show_position_taxes,
                "is_valid_from": is_valid_from,
                "is_valid_until": is_valid_until,
                "contact_address": contact_address,
                "delivery_address_type": delivery_address_type,
                "delivery_address": delivery_address,
                "kb_item_status_id": kb_item_status_id,
                "api_reference": api_reference,
                "viewed_by_client_at": viewed_by_client_at,
                "kb_terms_of_payment_template_id": kb_terms_of_payment_template_id,
                "show_total": show_total,
                "updated_at": updated_at,
                "template_slug": template_slug,
                "taxs": taxs,
                "network_link": network_link,
            }
        )
        if positions is not UNSET:
            field_dict["positions"] = positions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.kb_document_tax import KbDocumentTax  # noqa: PLC0415
        from ..models.kb_position_article import KbPositionArticle  # noqa: PLC0415
        from ..models.kb_position_custom import KbPositionCustom  # noqa: PLC0415
        from ..models.kb_position_discount import KbPositionDiscount  # noqa: PLC0415
        from ..models.kb_position_pagebreak import KbPositionPagebreak  # noqa: PLC0415
        from ..models.kb_position_subposition import KbPositionSubposition  # noqa: PLC0415
        from ..models.kb_position_subtotal import KbPositionSubtotal  # noqa: PLC0415
        from ..models.kb_position_text import KbPositionText  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        document_nr = d.pop("document_nr")

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

        user_id = d.pop("user_id")

        def _parse_project_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        project_id = _parse_project_id(d.pop("project_id"))

        logopaper_id = d.pop("logopaper_id")

        language_id = d.pop("language_id")

        bank_account_id = d.pop("bank_account_id")

        currency_id = d.pop("currency_id")

        payment_type_id = d.pop("payment_type_id")

        header = d.pop("header")

        footer = d.pop("footer")

        total_gross = d.pop("total_gross")

        total_net = d.pop("total_net")

        total_taxes = d.pop("total_taxes")

        total = d.pop("total")

        def _parse_total_rounding_difference(data: object) -> float | str:
            return cast("float | str", data)

        total_rounding_difference = _parse_total_rounding_difference(d.pop("total_rounding_difference"))

        mwst_type = check_quote_mwst_type(d.pop("mwst_type"))

        mwst_is_net = d.pop("mwst_is_net")

        show_position_taxes = d.pop("show_position_taxes")

        is_valid_from = datetime.date.fromisoformat(d.pop("is_valid_from"))

        is_valid_until = datetime.date.fromisoformat(d.pop("is_valid_until"))

        contact_address = d.pop("contact_address")

        delivery_address_type = check_quote_delivery_address_type(d.pop("delivery_address_type"))

        delivery_address = d.pop("delivery_address")

        kb_item_status_id = d.pop("kb_item_status_id")

        def _parse_api_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        api_reference = _parse_api_reference(d.pop("api_reference"))

        def _parse_viewed_by_client_at(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        viewed_by_client_at = _parse_viewed_by_client_at(d.pop("viewed_by_client_at"))

        def _parse_kb_terms_of_payment_template_id(data: object) -> int | None:
            if data is None:
                return data
            return cast("int | None", data)

        kb_terms_of_payment_template_id = _parse_kb_terms_of_payment_template_id(
            d.pop("kb_terms_of_payment_template_id")
        )

        show_total = d.pop("show_total")

        updated_at = d.pop("updated_at")

        def _parse_template_slug(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        template_slug = _parse_template_slug(d.pop("template_slug"))

        taxs = []
        _taxs = d.pop("taxs")
        for taxs_item_data in _taxs:
            taxs_item = KbDocumentTax.from_dict(taxs_item_data)

            taxs.append(taxs_item)

        network_link = d.pop("network_link")

        _positions = d.pop("positions", UNSET)
        positions: (
            list[
                KbPositionArticle
                | KbPositionCustom
                | KbPositionDiscount
                | KbPositionPagebreak
                | KbPositionSubposition
                | KbPositionSubtotal
                | KbPositionText
            ]
            | Unset
        ) = UNSET
        if _positions is not UNSET:
            positions = []
            for positions_item_data in _positions:

                def _parse_positions_item(
                    data: object,
                ) -> (
                    KbPositionArticle
                    | KbPositionCustom
                    | KbPositionDiscount
                    | KbPositionPagebreak
                    | KbPositionSubposition
                    | KbPositionSubtotal
                    | KbPositionText
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_kb_position_type_0 = KbPositionCustom.from_dict(data)

                        return componentsschemas_kb_position_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_kb_position_type_1 = KbPositionArticle.from_dict(data)

                        return componentsschemas_kb_position_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_kb_position_type_2 = KbPositionText.from_dict(data)

                        return componentsschemas_kb_position_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_kb_position_type_3 = KbPositionSubtotal.from_dict(data)

                        return componentsschemas_kb_position_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_kb_position_type_4 = KbPositionPagebreak.from_dict(data)

                        return componentsschemas_kb_position_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_kb_position_type_5 = KbPositionDiscount.from_dict(data)

                        return componentsschemas_kb_position_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_kb_position_type_6 = KbPositionSubposition.from_dict(data)

                    return componentsschemas_kb_position_type_6

                positions_item = _parse_positions_item(positions_item_data)

                positions.append(positions_item)

        quote = cls(
            id=id,
            document_nr=document_nr,
            title=title,
            contact_id=contact_id,
            contact_sub_id=contact_sub_id,
            user_id=user_id,
            project_id=project_id,
            logopaper_id=logopaper_id,
            language_id=language_id,
            bank_account_id=bank_account_id,
            currency_id=currency_id,
            payment_type_id=payment_type_id,
            header=header,
            footer=footer,
            total_gross=total_gross,
            total_net=total_net,
            total_taxes=total_taxes,
            total=total,
            total_rounding_difference=total_rounding_difference,
            mwst_type=mwst_type,
            mwst_is_net=mwst_is_net,
            show_position_taxes=show_position_taxes,
            is_valid_from=is_valid_from,
            is_valid_until=is_valid_until,
            contact_address=contact_address,
            delivery_address_type=delivery_address_type,
            delivery_address=delivery_address,
            kb_item_status_id=kb_item_status_id,
            api_reference=api_reference,
            viewed_by_client_at=viewed_by_client_at,
            kb_terms_of_payment_template_id=kb_terms_of_payment_template_id,
            show_total=show_total,
            updated_at=updated_at,
            template_slug=template_slug,
            taxs=taxs,
            network_link=network_link,
            positions=positions,
        )

        quote.additional_properties = d
        return quote

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
