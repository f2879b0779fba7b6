"""Through `Bexio` against the mock: a 4.0 bank payment is created, fetched, edited and
cancelled under bexio's status rules; an employee's absences are listed per business year; a
paystub comes as PDF bytes."""

import datetime

import pytest

from bexio_client.errors import BadRequestError, NotFoundError, ValidationError
from bexio_client.models import Absence, AbsenceFull, EmployeeWrite, PaymentCreate, PaymentUpdate
from tests.mock.handlers.banking import bank_processes

# Needs a payment the bank has downloaded: tests/client/test_every_operation.py leaves it here.
LIFECYCLE_ONLY = {"cancelPayment"}

RECIPIENT = {
    "name": "Muster AG",
    "iban": "CH3000784295116252003",
    "address": {"street_name": "Bahnhofstrasse", "house_number": "1", "zip": "8001", "city": "Zürich"},
}


PAYMENT = {
    "account_id": "0c295adb-91ff-4cd5-8a8c-009ee4330f69",
    "type": "iban",
    "is_salary": False,
    "amount": 120.5,
    "currency": "CHF",
    "execution_date": "2026-12-01",
    "recipient": RECIPIENT,
}


@pytest.fixture
def payment(bexio):
    return bexio.payments.create(body=PaymentCreate.from_dict(PAYMENT))


def test_a_bank_payment_is_created_fetched_edited_and_cancelled(bexio, mock, payment):
    assert payment.status == "open" and payment.recipient.address.country_code == "CH"
    assert bexio.payments.get(payment.uuid).amount == 120.5
    assert payment.uuid in [listed.uuid for listed in bexio.payments.list(filter_by="status:open")]

    edited = bexio.payments.update(
        payment.uuid, body=PaymentUpdate(amount=99.95, execution_date=datetime.date(2026, 12, 4))
    )
    assert (edited.amount, str(edited.execution_date)) == (99.95, "2026-12-04")

    with pytest.raises(ValidationError) as refused:  # an open payment is not cancelled, it is deleted
        bexio.payments.cancel(payment.uuid)
    assert refused.value.status_code == 422 and "open" in refused.value.message

    bank_processes(mock, payment.uuid, "downloaded")
    with pytest.raises(ValidationError):  # no longer editable once the bank has it
        bexio.payments.update(payment.uuid, body=PaymentUpdate(amount=1.0))
    assert bexio.payments.cancel(payment.uuid).status == "cancelled"
    assert bexio.payments.get(payment.uuid).status == "cancelled"
    with pytest.raises(ValidationError):  # nor cancelled twice
        bexio.payments.cancel(payment.uuid)


def test_only_an_open_payment_is_deleted(bexio, mock, payment):
    bank_processes(mock, payment.uuid, "paid")
    with pytest.raises(BadRequestError):
        bexio.payments.delete(payment.uuid)
    other = bexio.payments.create(body=PaymentCreate.from_dict(PAYMENT))
    assert bexio.payments.delete(other.uuid).success is True
    with pytest.raises(NotFoundError):
        bexio.payments.get(other.uuid)


def test_payments_are_filtered_and_paged(bexio, mock, payment):
    assert [p.uuid for p in bexio.payments.list(filter_by="amount:100_200")] == [payment.uuid]
    assert bexio.payments.list(filter_by="recipient.name:Muster AG")[0].uuid == payment.uuid
    assert len(bexio.payments.list(per_page=1)) == 1
    assert [p.uuid for p in bexio.payments.list(page=1)] == [payment.uuid]  # `page` skips elements


def test_an_employee_has_absences_per_business_year(bexio):
    employee = bexio.employees.create(body=EmployeeWrite(first_name="Eva", last_name="Kunz", annual_vacation_days=25))
    assert employee.id in [listed.id for listed in bexio.employees.list().data]
    vacation = Absence.from_dict({"reason": "Vacation", "start_date": "2026-03-02", "end_date": "2026-03-06"})
    absence = bexio.absences.create(employee.id, body=vacation)
    sick = bexio.absences.create(
        employee.id, body=Absence.from_dict({"reason": "Sickness", "start_date": "2025-12-22"})
    )

    assert [a.id for a in bexio.absences.list(employee.id, business_year=2026).data] == [absence.id]
    assert [a.id for a in bexio.absences.list(employee.id, business_year=2025).data] == [sick.id]
    on = bexio.employees.get(employee.id, date=datetime.date(2026, 6, 1))
    assert (on.annual_vacation_days_used, on.annual_vacation_days_left) == (5, 20)

    whole = {"reason": "Vacation", "start_date": "2026-03-02", "end_date": "2026-03-03", "half_day": False,
             "continued_pay": 100, "disability": 0, "paid_hours": 16}  # fmt: skip
    bexio.absences.update(employee.id, absence.id, body=AbsenceFull.from_dict(whole))
    assert str(bexio.absences.get(employee.id, absence.id).end_date) == "2026-03-03"
    bexio.absences.delete(employee.id, absence.id)
    assert bexio.absences.list(employee.id, business_year=2026).data == []
    colleague = bexio.employees.create(body=EmployeeWrite(first_name="Jon", last_name="Frei"))
    with pytest.raises(NotFoundError):  # an absence is reached through its own employee only
        bexio.absences.get(colleague.id, sick.id)


def test_an_employee_is_patched(bexio):
    employee = bexio.employees.create(body=EmployeeWrite(first_name="Eva", last_name="Kunz"))
    bexio.employees.update(
        employee.id, body=EmployeeWrite.from_dict({"last_name": "Meier", "address": {"city": "Bern"}})
    )
    fetched = bexio.employees.get(employee.id, date=datetime.date(2026, 1, 1))
    assert (fetched.first_name, fetched.last_name, fetched.address.city) == ("Eva", "Meier", "Bern")


def test_an_unknown_employee_is_404(bexio):
    unknown = "00000000-0000-0000-0000-000000000000"
    with pytest.raises(NotFoundError):
        bexio.employees.get(unknown, date=datetime.date(2026, 1, 1))
    with pytest.raises(NotFoundError):
        bexio.absences.list(unknown, business_year=2026)
    with pytest.raises(NotFoundError):
        bexio.documents.download_paystub_pdf(unknown, 2026, 3)


def test_a_paystub_is_pdf_bytes(bexio):
    employee = bexio.employees.create(body=EmployeeWrite(first_name="Eva", last_name="Kunz"))
    response = bexio.documents.detailed.download_paystub_pdf(employee.id, 2026, 3)
    assert response.headers["content-type"] == "application/pdf"
    assert f"abrechnung_{employee.id}_2026_3.pdf" in response.headers["content-disposition"]
    pdf = bexio.documents.download_paystub_pdf(employee.id, 2026, 3).payload.read()
    assert pdf.startswith(b"%PDF-") and b"Eva Kunz" in pdf
    with pytest.raises(NotFoundError):
        bexio.documents.download_paystub_pdf(employee.id, 2026, 13)
