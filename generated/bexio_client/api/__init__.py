"""The operations, one package per section of the reference; `Resources` gathers them.

Each section is imported on first use, so that `import bexio_client` stays fast.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .absences import AbsencesResource
    from .account_groups import AccountGroupsResource
    from .accounts import AccountsResource
    from .additional_addresses import AdditionalAddressesResource
    from .bank_accounts import BankAccountsResource
    from .bills import BillsResource
    from .business_activities import BusinessActivitiesResource
    from .business_years import BusinessYearsResource
    from .calendar_years import CalendarYearsResource
    from .comments import CommentsResource
    from .communication_types import CommunicationTypesResource
    from .company_profile import CompanyProfileResource
    from .contact_groups import ContactGroupsResource
    from .contact_relations import ContactRelationsResource
    from .contact_sectors import ContactSectorsResource
    from .contacts import ContactsResource
    from .countries import CountriesResource
    from .currencies import CurrenciesResource
    from .default_positions import DefaultPositionsResource
    from .deliveries import DeliveriesResource
    from .discount_positions import DiscountPositionsResource
    from .document_settings import DocumentSettingsResource
    from .document_templates import DocumentTemplatesResource
    from .documents import DocumentsResource
    from .employees import EmployeesResource
    from .expenses import ExpensesResource
    from .files import FilesResource
    from .invoices import InvoicesResource
    from .item_positions import ItemPositionsResource
    from .items import ItemsResource
    from .languages import LanguagesResource
    from .manual_entries import ManualEntriesResource
    from .notes import NotesResource
    from .orders import OrdersResource
    from .outgoing_payment import OutgoingPaymentResource
    from .pagebreak_positions import PagebreakPositionsResource
    from .payment_types import PaymentTypesResource
    from .payments import PaymentsResource
    from .permissions import PermissionsResource
    from .projects import ProjectsResource
    from .purchase_orders import PurchaseOrdersResource
    from .quotes import QuotesResource
    from .reports import ReportsResource
    from .salutations import SalutationsResource
    from .stock_areas import StockAreasResource
    from .stock_locations import StockLocationsResource
    from .sub_positions import SubPositionsResource
    from .subtotal_positions import SubtotalPositionsResource
    from .tasks import TasksResource
    from .taxes import TaxesResource
    from .text_positions import TextPositionsResource
    from .timesheets import TimesheetsResource
    from .titles import TitlesResource
    from .units import UnitsResource
    from .user_management import UserManagementResource
    from .vat_periods import VatPeriodsResource


class Resources:
    """One attribute per section: `bexio.contacts`, `bexio.invoices`, …"""

    def __init__(self, runner) -> None:
        self._runner = runner

    @cached_property
    def contacts(self) -> ContactsResource:
        from .contacts import ContactsResource

        return ContactsResource(self._runner)

    @cached_property
    def contact_relations(self) -> ContactRelationsResource:
        from .contact_relations import ContactRelationsResource

        return ContactRelationsResource(self._runner)

    @cached_property
    def contact_groups(self) -> ContactGroupsResource:
        from .contact_groups import ContactGroupsResource

        return ContactGroupsResource(self._runner)

    @cached_property
    def contact_sectors(self) -> ContactSectorsResource:
        from .contact_sectors import ContactSectorsResource

        return ContactSectorsResource(self._runner)

    @cached_property
    def additional_addresses(self) -> AdditionalAddressesResource:
        from .additional_addresses import AdditionalAddressesResource

        return AdditionalAddressesResource(self._runner)

    @cached_property
    def salutations(self) -> SalutationsResource:
        from .salutations import SalutationsResource

        return SalutationsResource(self._runner)

    @cached_property
    def titles(self) -> TitlesResource:
        from .titles import TitlesResource

        return TitlesResource(self._runner)

    @cached_property
    def quotes(self) -> QuotesResource:
        from .quotes import QuotesResource

        return QuotesResource(self._runner)

    @cached_property
    def orders(self) -> OrdersResource:
        from .orders import OrdersResource

        return OrdersResource(self._runner)

    @cached_property
    def deliveries(self) -> DeliveriesResource:
        from .deliveries import DeliveriesResource

        return DeliveriesResource(self._runner)

    @cached_property
    def invoices(self) -> InvoicesResource:
        from .invoices import InvoicesResource

        return InvoicesResource(self._runner)

    @cached_property
    def document_settings(self) -> DocumentSettingsResource:
        from .document_settings import DocumentSettingsResource

        return DocumentSettingsResource(self._runner)

    @cached_property
    def comments(self) -> CommentsResource:
        from .comments import CommentsResource

        return CommentsResource(self._runner)

    @cached_property
    def default_positions(self) -> DefaultPositionsResource:
        from .default_positions import DefaultPositionsResource

        return DefaultPositionsResource(self._runner)

    @cached_property
    def item_positions(self) -> ItemPositionsResource:
        from .item_positions import ItemPositionsResource

        return ItemPositionsResource(self._runner)

    @cached_property
    def text_positions(self) -> TextPositionsResource:
        from .text_positions import TextPositionsResource

        return TextPositionsResource(self._runner)

    @cached_property
    def subtotal_positions(self) -> SubtotalPositionsResource:
        from .subtotal_positions import SubtotalPositionsResource

        return SubtotalPositionsResource(self._runner)

    @cached_property
    def discount_positions(self) -> DiscountPositionsResource:
        from .discount_positions import DiscountPositionsResource

        return DiscountPositionsResource(self._runner)

    @cached_property
    def pagebreak_positions(self) -> PagebreakPositionsResource:
        from .pagebreak_positions import PagebreakPositionsResource

        return PagebreakPositionsResource(self._runner)

    @cached_property
    def sub_positions(self) -> SubPositionsResource:
        from .sub_positions import SubPositionsResource

        return SubPositionsResource(self._runner)

    @cached_property
    def document_templates(self) -> DocumentTemplatesResource:
        from .document_templates import DocumentTemplatesResource

        return DocumentTemplatesResource(self._runner)

    @cached_property
    def bills(self) -> BillsResource:
        from .bills import BillsResource

        return BillsResource(self._runner)

    @cached_property
    def expenses(self) -> ExpensesResource:
        from .expenses import ExpensesResource

        return ExpensesResource(self._runner)

    @cached_property
    def purchase_orders(self) -> PurchaseOrdersResource:
        from .purchase_orders import PurchaseOrdersResource

        return PurchaseOrdersResource(self._runner)

    @cached_property
    def outgoing_payment(self) -> OutgoingPaymentResource:
        from .outgoing_payment import OutgoingPaymentResource

        return OutgoingPaymentResource(self._runner)

    @cached_property
    def accounts(self) -> AccountsResource:
        from .accounts import AccountsResource

        return AccountsResource(self._runner)

    @cached_property
    def account_groups(self) -> AccountGroupsResource:
        from .account_groups import AccountGroupsResource

        return AccountGroupsResource(self._runner)

    @cached_property
    def calendar_years(self) -> CalendarYearsResource:
        from .calendar_years import CalendarYearsResource

        return CalendarYearsResource(self._runner)

    @cached_property
    def business_years(self) -> BusinessYearsResource:
        from .business_years import BusinessYearsResource

        return BusinessYearsResource(self._runner)

    @cached_property
    def currencies(self) -> CurrenciesResource:
        from .currencies import CurrenciesResource

        return CurrenciesResource(self._runner)

    @cached_property
    def manual_entries(self) -> ManualEntriesResource:
        from .manual_entries import ManualEntriesResource

        return ManualEntriesResource(self._runner)

    @cached_property
    def reports(self) -> ReportsResource:
        from .reports import ReportsResource

        return ReportsResource(self._runner)

    @cached_property
    def taxes(self) -> TaxesResource:
        from .taxes import TaxesResource

        return TaxesResource(self._runner)

    @cached_property
    def vat_periods(self) -> VatPeriodsResource:
        from .vat_periods import VatPeriodsResource

        return VatPeriodsResource(self._runner)

    @cached_property
    def bank_accounts(self) -> BankAccountsResource:
        from .bank_accounts import BankAccountsResource

        return BankAccountsResource(self._runner)

    @cached_property
    def payments(self) -> PaymentsResource:
        from .payments import PaymentsResource

        return PaymentsResource(self._runner)

    @cached_property
    def items(self) -> ItemsResource:
        from .items import ItemsResource

        return ItemsResource(self._runner)

    @cached_property
    def stock_locations(self) -> StockLocationsResource:
        from .stock_locations import StockLocationsResource

        return StockLocationsResource(self._runner)

    @cached_property
    def stock_areas(self) -> StockAreasResource:
        from .stock_areas import StockAreasResource

        return StockAreasResource(self._runner)

    @cached_property
    def projects(self) -> ProjectsResource:
        from .projects import ProjectsResource

        return ProjectsResource(self._runner)

    @cached_property
    def timesheets(self) -> TimesheetsResource:
        from .timesheets import TimesheetsResource

        return TimesheetsResource(self._runner)

    @cached_property
    def business_activities(self) -> BusinessActivitiesResource:
        from .business_activities import BusinessActivitiesResource

        return BusinessActivitiesResource(self._runner)

    @cached_property
    def communication_types(self) -> CommunicationTypesResource:
        from .communication_types import CommunicationTypesResource

        return CommunicationTypesResource(self._runner)

    @cached_property
    def files(self) -> FilesResource:
        from .files import FilesResource

        return FilesResource(self._runner)

    @cached_property
    def company_profile(self) -> CompanyProfileResource:
        from .company_profile import CompanyProfileResource

        return CompanyProfileResource(self._runner)

    @cached_property
    def countries(self) -> CountriesResource:
        from .countries import CountriesResource

        return CountriesResource(self._runner)

    @cached_property
    def languages(self) -> LanguagesResource:
        from .languages import LanguagesResource

        return LanguagesResource(self._runner)

    @cached_property
    def notes(self) -> NotesResource:
        from .notes import NotesResource

        return NotesResource(self._runner)

    @cached_property
    def payment_types(self) -> PaymentTypesResource:
        from .payment_types import PaymentTypesResource

        return PaymentTypesResource(self._runner)

    @cached_property
    def permissions(self) -> PermissionsResource:
        from .permissions import PermissionsResource

        return PermissionsResource(self._runner)

    @cached_property
    def tasks(self) -> TasksResource:
        from .tasks import TasksResource

        return TasksResource(self._runner)

    @cached_property
    def units(self) -> UnitsResource:
        from .units import UnitsResource

        return UnitsResource(self._runner)

    @cached_property
    def user_management(self) -> UserManagementResource:
        from .user_management import UserManagementResource

        return UserManagementResource(self._runner)

    @cached_property
    def employees(self) -> EmployeesResource:
        from .employees import EmployeesResource

        return EmployeesResource(self._runner)

    @cached_property
    def absences(self) -> AbsencesResource:
        from .absences import AbsencesResource

        return AbsencesResource(self._runner)

    @cached_property
    def documents(self) -> DocumentsResource:
        from .documents import DocumentsResource

        return DocumentsResource(self._runner)
