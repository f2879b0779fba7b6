"""4.0 payroll: employees, their absences (listed per business year) and paystub PDFs.

Ids are uuids. An unknown employee (or an absence of another employee) is a 404, which the
mock answers as the problem details the payroll documents (`BexioMock.in_documented_shape`).
Edits answer 204 without a body. An employee's extras on a date follow from its absences:
the vacation days taken in that year, and those left of `annual_vacation_days_total`.
"""

import uuid
from datetime import date, timedelta
from typing import Any

from ..call import Call, Handler, Reply, error
from .crud import public

EXTRAS = ("annual_vacation_days_used", "annual_vacation_days_left", "effective_working_hours_per_week")


def _employees(call: Call) -> dict[str, dict[str, Any]]:
    """The employees by id, seeded from the list operation's sample."""
    return call.state.collection("employee", lambda: call.mock.example_reply("listEmployees").body["data"]).records


def _absences(call: Call) -> dict[str, dict[str, Any]]:
    """Absences by id; each keeps its employee under `_employee`. The list sample's absences are
    those of the sample employee (the first one seeded)."""

    def seed() -> list[dict[str, Any]]:
        employee = next(iter(_employees(call)))
        return [{**absence, "_employee": employee} for absence in call.mock.example_reply("listAbsences").body["data"]]

    return call.state.collection("absence", seed).records


def _employee(call: Call) -> dict[str, Any] | None:
    return _employees(call).get(str(call.path["employeeId"]))


def _absence(call: Call) -> dict[str, Any] | None:
    absence = _absences(call).get(str(call.path["absenceId"]))
    return absence if absence and absence["_employee"] == str(call.path["employeeId"]) else None


def _no_employee() -> Reply:
    return error(404, "Employee not found.")


def _no_absence() -> Reply:
    return error(404, "Employee or absence not found.")


def _written(body: dict[str, Any]) -> dict[str, Any]:
    """An EmployeeWrite body under the names an Employee is read with."""
    fields = dict(body)
    if "annual_vacation_days" in fields:
        fields["annual_vacation_days_total"] = fields.pop("annual_vacation_days")
    return fields


def _with_extras(call: Call, employee: dict[str, Any], on: date) -> dict[str, Any]:
    taken = sum(_days(absence, on.year) for absence in _of(call, employee["id"]) if absence["reason"] == "Vacation")
    extras = {
        "annual_vacation_days_used": int(taken),
        "annual_vacation_days_left": int(employee.get("annual_vacation_days_total", 0) - taken),
        "effective_working_hours_per_week": int(
            employee.get("hours_per_week", 0) * employee.get("employment_level", 100) / 100
        ),
    }
    return {**employee, **extras}


def _of(call: Call, employee_id: str) -> list[dict[str, Any]]:
    return [absence for absence in _absences(call).values() if absence["_employee"] == employee_id]


def _span(absence: dict[str, Any]) -> tuple[date, date]:
    start = date.fromisoformat(absence["start_date"])
    return start, date.fromisoformat(absence.get("end_date") or absence["start_date"])


def _days(absence: dict[str, Any], year: int) -> float:
    """The absence's days within `year` (a half-day absence counts half)."""
    if not date.min.year <= year <= date.max.year:
        return 0
    start, end = _span(absence)
    start, end = max(start, date(year, 1, 1)), min(end, date(year, 12, 31))
    days = max((end - start + timedelta(days=1)).days, 0)
    return days / 2 if absence.get("half_day") else days


def _bad_span(absence: dict[str, Any]) -> Reply | None:
    start, end = _span(absence)
    if end < start:
        return error(400, "Malformed content (missing or invalid parameters): end_date is before start_date")
    return None


# -- employees ---------------------------------------------------------------------------


def list_employees(call: Call) -> Reply:
    return Reply(200, {"data": list(_employees(call).values())})


def create_employee(call: Call) -> Reply:
    employee = {
        "id": str(uuid.uuid4()),
        "language": "de",
        "marital_status": "unknown",
        "nationality": "11",
        **_written(call.body),
    }  # fmt: skip  (11: "unknown", the documented special code)
    _employees(call)[employee["id"]] = employee
    location = f"/4.0/payroll/employees/{employee['id']}?date={date.today().isoformat()}"
    return Reply(201, _with_extras(call, employee, date.today()), {"Location": location})


def get_employee(call: Call) -> Reply:
    employee = _employee(call)
    if not employee:
        return _no_employee()
    return Reply(200, _with_extras(call, employee, call.query["date"]))  # a date: openapi-core reads format: date


def update_employee(call: Call) -> Reply:
    employee = _employee(call)
    if not employee:
        return _no_employee()
    fields = _written(call.body)
    if "address" in fields:  # a PATCH: the address's other fields stay
        fields["address"] = {**employee.get("address", {}), **fields["address"]}
    employee.update(fields)
    return Reply(204)


# -- absences ----------------------------------------------------------------------------


def list_absences(call: Call) -> Reply:
    """The absences that touch the business year asked for."""
    if not _employee(call):
        return _no_employee()
    year = call.query["businessYear"]
    found = [public(absence) for absence in _of(call, str(call.path["employeeId"])) if _days(absence, year)]
    return Reply(200, {"data": found})


def create_absence(call: Call) -> Reply:
    if not _employee(call):
        return _no_employee()
    absence = {"id": str(uuid.uuid4()), "half_day": False, **call.body, "_employee": str(call.path["employeeId"])}
    if malformed := _bad_span(absence):
        return malformed
    _absences(call)[absence["id"]] = absence
    location = f"/4.0/payroll/employees/{absence['_employee']}/absences/{absence['id']}"
    return Reply(201, public(absence), {"Location": location})


def get_absence(call: Call) -> Reply:
    absence = _absence(call)
    return Reply(200, public(absence)) if absence else _no_absence()


def update_absence(call: Call) -> Reply:
    """A PUT: the body replaces the absence."""
    absence = _absence(call)
    if not absence:
        return _no_absence()
    replaced = {"id": absence["id"], "half_day": False, **call.body, "_employee": absence["_employee"]}
    if malformed := _bad_span(replaced):
        return malformed
    _absences(call)[absence["id"]] = replaced
    return Reply(204)


def delete_absence(call: Call) -> Reply:
    absence = _absence(call)
    if not absence:
        return _no_absence()
    del _absences(call)[absence["id"]]
    return Reply(204)


# -- paystubs ----------------------------------------------------------------------------


def _paystub_error(call: Call) -> Reply | None:
    if not _employee(call):
        return _no_employee()
    if not 1 <= call.path["month"] <= 12:  # a valid int32 all the same: no such paystub
        return error(404, f"No paystub for month {call.path['month']}.")
    return None


def download_paystub(call: Call) -> Reply:
    """The paystub as a small real PDF, named as bexio names it."""
    if failed := _paystub_error(call):
        return failed
    employee, year, month = _employee(call), call.path["year"], call.path["month"]
    name = f"{employee.get('first_name', '')} {employee.get('last_name', '')}".strip()
    content = f"%PDF-1.4\n% paystub {year}-{month:02d} {name} (bexio mock)\n%%EOF\n".encode()
    disposition = f"attachment; filename=abrechnung_{employee['id']}_{year}_{month}.pdf"
    return Reply(200, content, {"Content-Disposition": disposition}, "application/pdf")


def paystub_location(call: Call) -> Reply:
    """The deprecated variant: where the PDF is (the download operation's URL)."""
    if failed := _paystub_error(call):
        return failed
    employee_id, year, month = call.path["employeeId"], call.path["year"], call.path["month"]
    path = f"4.0/payroll/employees/{employee_id}/paystub-pdf-download/{year}/{month}"
    return Reply(200, {"location": f"{call.request.base_url}{path}"})


HANDLERS: dict[str, Handler] = {
    "listEmployees": list_employees,
    "createEmployee": create_employee,
    "getEmployee": get_employee,
    "updateEmployee": update_employee,
    "listAbsences": list_absences,
    "createAbsence": create_absence,
    "getAbsence": get_absence,
    "updateAbsence": update_absence,
    "deleteAbsence": delete_absence,
    "downloadPaystubPdf": download_paystub,
    "getPaystubPdf": paystub_location,
}
