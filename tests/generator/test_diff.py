"""The spec diff and the breaking-change check, on small synthetic specs."""

import copy

from generator.diff import bump, diff, next_version
from generator.release import changelog_section, stamp_version, unannounced
from generator.report import markdown, text

CONTACT = "#/components/schemas/Contact"


def spec():
    """Two operations reading one shared schema, one sending another, one query parameter."""

    def ok():
        return {"description": "ok", "content": {"application/json": {"schema": {"$ref": CONTACT}}}}

    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1.2.0"},
        "paths": {
            "/2.0/contact": {
                "get": {
                    "operationId": "listContacts",
                    "summary": "Fetch a list of contacts",
                    "parameters": [{"name": "order_by", "in": "query", "schema": {"type": "string"}}],
                    "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {
                        "type": "array", "items": {"$ref": CONTACT}}}}}},
                },
                "post": {
                    "operationId": "createContact",
                    "summary": "Create contact",
                    "requestBody": {"content": {"application/json": {"schema": {
                        "$ref": "#/components/schemas/ContactCreate"}}}},
                    "responses": {"201": ok()},
                },
            },
            "/2.0/contact/{contact_id}": {
                "parameters": [{"name": "contact_id", "in": "path", "required": True, "schema": {"type": "integer"}}],
                "get": {"operationId": "getContact", "summary": "Fetch a contact", "responses": {"200": ok()}},
            },
        },
        "components": {"schemas": {
            "Contact": {"type": "object", "required": ["id"], "properties": {
                "id": {"type": "integer"},
                "name_1": {"type": "string"},
                "status": {"type": "string", "enum": ["active", "archived"]},
            }},
            "ContactCreate": {"type": "object", "additionalProperties": False, "required": ["name_1"], "properties": {
                "name_1": {"type": "string"},
                "mail": {"type": "string"},
            }},
        }},
    }  # fmt: skip


def changed(edit):
    new = spec()
    edit(new)
    return diff(spec(), new)


def places(changes, kind="breaking"):
    return [(change.where, change.what) for change in changes if change.kind == kind]


def test_identical_specs_have_no_changes():
    assert diff(spec(), spec()) == [] and bump([]) is None


def test_a_shared_schema_change_is_reported_once_at_the_schema():
    changes = changed(lambda s: s["components"]["schemas"]["Contact"]["properties"].pop("name_1"))
    assert [(c.kind, c.area, c.where, c.what) for c in changes] == [
        ("breaking", "components", "Contact.name_1", "field removed")
    ]


def test_what_breaks_callers():
    def edit(s):
        contact, create = s["components"]["schemas"]["Contact"], s["components"]["schemas"]["ContactCreate"]
        contact["properties"]["id"]["type"] = "string"
        contact["properties"]["status"]["enum"] = ["active", "deleted"]
        contact["properties"]["name_1"]["nullable"] = True
        create["required"].append("mail")
        s["paths"]["/2.0/contact"]["get"]["parameters"][0]["required"] = True
        del s["paths"]["/2.0/contact/{contact_id}"]

    assert places(changed(edit)) == [
        ("GET /2.0/contact query order_by", "became required"),
        ("GET /2.0/contact/{contact_id}", "removed (Fetch a contact)"),
        ("Contact.id", "type integer → string"),
        ("Contact.name_1", "nullable"),
        ("Contact.status", "enum values removed: archived"),
        ("ContactCreate.mail", "became required"),
    ]


def test_direction_decides_what_breaks():
    def edit(s):
        contact, create = s["components"]["schemas"]["Contact"], s["components"]["schemas"]["ContactCreate"]
        contact["required"].append("name_1")  # a field callers read is always there now
        create["properties"]["mail"]["nullable"] = True  # callers may now send null
        create["properties"]["phone"] = {"type": "string"}

    changes = changed(edit)
    assert places(changes) == [] and bump(changes) == "minor"
    assert places(changes, "added") == [("ContactCreate.phone", "field added")]
    assert places(changes, "correction") == [("Contact.name_1", "became required"), ("ContactCreate.mail", "nullable")]


def test_widening_breaks_readers_and_narrowing_breaks_senders():
    either = {"oneOf": [{"type": "string"}, {"type": "integer"}]}

    def edit(s):
        contact, create = s["components"]["schemas"]["Contact"], s["components"]["schemas"]["ContactCreate"]
        contact["properties"]["name_1"] = either  # read
        create["properties"]["mail"] = either  # sent
        create["properties"]["name_1"]["enum"] = ["Muster AG"]  # sent
        contact["properties"]["id"]["enum"] = [1, 2]  # read

    changes = changed(edit)
    assert places(changes) == [
        ("Contact.name_1", "type string → oneOf(string, integer)"),
        ("ContactCreate.name_1", "became an enum of Muster AG"),
    ]
    assert places(changes, "added") == [("ContactCreate.mail", "type string → oneOf(string, integer)")]
    assert places(changes, "correction") == [("Contact.id", "became an enum of 1, 2")]


def test_additions_are_minor():
    def edit(s):
        s["components"]["schemas"]["Contact"]["properties"]["status"]["enum"].append("deleted")
        s["components"]["schemas"]["Contact"]["properties"]["mail"] = {"type": "string"}
        s["paths"]["/2.0/contact"]["get"]["parameters"].append({"name": "limit", "in": "query", "schema": {}})
        s["paths"]["/2.0/contact/{contact_id}"]["delete"] = {"operationId": "deleteContact", "responses": {}}
        s["paths"]["/2.0/contact/{contact_id}"]["get"]["requestBody"] = {"content": {}}

    changes = changed(edit)
    assert places(changes) == [] and bump(changes) == "minor"
    assert len(places(changes, "added")) == 5
    assert unannounced(changes, "1.2.0", "1.2.0", "") == []


def test_removing_a_response_field_without_a_major_version_fails():
    changes = changed(lambda s: s["components"]["schemas"]["Contact"]["properties"].pop("name_1"))
    assert unannounced(changes, "1.2.0", "1.3.0", "## 1.3.0\n- `Contact.name_1` removed\n") == [
        "1 breaking changes need a new major version (released 1.2.0, now 1.3.0)"
    ]


def test_a_major_version_must_name_the_change_in_its_changelog_section():
    changes = changed(lambda s: s["components"]["schemas"]["Contact"]["properties"].pop("name_1"))
    changelog = "# Changelog\n\n## 2.0.0 - 2026-12-01\n\n- bexio dropped a field\n\n## 1.2.0\n\n- `Contact.name_1`\n"
    assert unannounced(changes, "1.2.0", "2.0.0", changelog) == [
        "CHANGELOG.md's section 2.0.0 does not name `Contact.name_1`"
    ]
    assert unannounced(changes, "1.2.0", "2.0.0", "## 1.2.0\n") == [
        "CHANGELOG.md has no section '## 2.0.0' naming the 1 breaking changes"
    ]


def test_a_major_version_whose_changelog_names_the_change_passes():
    changes = changed(lambda s: s["components"]["schemas"]["Contact"]["properties"].pop("name_1"))
    changelog = "## [2.0.0] - 2026-12-01\n\n- `Contact.name_1` is gone: bexio stopped sending it\n"
    assert unannounced(changes, "1.2.0", "2.0.0", changelog) == []


def test_the_markdown_report_is_a_changelog_section_that_passes_the_check():
    def edit(s):
        del s["paths"]["/2.0/contact/{contact_id}"]
        s["components"]["schemas"]["Contact"]["properties"]["status"]["enum"] = ["active"]
        s["components"]["schemas"]["Contact"]["properties"]["mail"] = {"type": "string"}

    changes = changed(edit)
    section = markdown(changes, "1.2.0")
    assert section.splitlines()[0] == "### API changes since 1.2.0 (major release: 2.0.0)"
    assert "- `GET /2.0/contact/{contact_id}`: removed (Fetch a contact)" in section
    assert unannounced(changes, "1.2.0", "2.0.0", f"## 2.0.0\n\n{section}") == []
    assert "BREAKING   Contact.status: enum values removed: archived" in text(changes, "old", "new", "1.2.0")


def test_a_changed_reference_is_a_retype_and_an_inline_copy_is_compared_by_content():
    def edit(s):
        body = s["paths"]["/2.0/contact"]["post"]["requestBody"]["content"]["application/json"]
        body["schema"] = copy.deepcopy(s["components"]["schemas"]["ContactCreate"])  # same shape, inline
        s["paths"]["/2.0/contact/{contact_id}"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] = {
            "$ref": "#/components/schemas/ContactCreate"
        }

    assert places(changed(edit)) == [("GET /2.0/contact/{contact_id} 200", "type Contact → ContactCreate")]


def test_only_descriptions_changed_is_a_correction():
    changes = changed(lambda s: s["paths"]["/2.0/contact"]["get"].update(description="Lists contacts."))
    assert places(changes, "correction") == [("document", "descriptions, examples or x- extensions edited")]
    assert bump(changes) == "patch" and next_version("1.2.0", "patch") == "1.2.1"


def test_changelog_section_ends_at_the_next_version():
    changelog = "## Unreleased\n\nx\n\n## 1.10.0\n\na\n\n## 1.1.0\n\nb\n"
    assert changelog_section(changelog, "1.10.0").strip() == "a"
    assert changelog_section(changelog, "1.1.0").strip() == "b"
    assert changelog_section(changelog, "1.1") is None


def test_the_version_is_stamped_after_the_title():
    document = {"info": {"title": "t", "description": "d", "x-bexio-reference": {"version": "3.0.0"}}}
    stamp_version(document, "2.0.0")
    assert list(document["info"].items())[:2] == [("title", "t"), ("version", "2.0.0")]
    assert document["info"]["x-bexio-reference"] == {"version": "3.0.0"}


def test_a_shared_parameter_is_reported_once_and_a_new_required_one_breaks():
    def with_limit(required):
        s = spec()
        s["components"]["parameters"] = {"Limit": {"name": "limit", "in": "query", "schema": {"type": "integer"}}}
        s["components"]["parameters"]["Limit"]["required"] = required
        for path in s["paths"].values():
            path["get"].setdefault("parameters", []).append({"$ref": "#/components/parameters/Limit"})
        return s

    new = with_limit(True)
    new["paths"]["/2.0/contact"]["post"]["parameters"] = [{"name": "dry_run", "in": "query", "required": True}]
    assert places(diff(with_limit(False), new)) == [
        ("POST /2.0/contact query dry_run", "added required"),
        ("parameters.Limit", "became required"),
    ]
