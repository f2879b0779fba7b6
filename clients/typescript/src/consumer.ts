// A bexio client that we did not generate: openapi-fetch, typed by openapi-typescript from the
// published description. Against a base URL (the mock), it creates a contact, finds it in the
// list and by a search, and reads an invoice PDF; each step prints one line, a failure exits 1.
import createClient from "openapi-fetch";
import type { components, paths } from "../build/bexio.js";

type ContactCreate = components["schemas"]["ContactCreate"];

const baseUrl = process.argv[2];
if (!baseUrl) {
  console.error("usage: node consumer.js BASE_URL");
  process.exit(2);
}
const bexio = createClient<paths>({ baseUrl, headers: { Authorization: "Bearer any-token" } });

function check<T>(step: string, data: T | undefined, error: unknown, status: number): T {
  if (data === undefined) {
    throw new Error(`${step}: HTTP ${status} ${JSON.stringify(error)}`);
  }
  return data;
}

async function main(): Promise<void> {
  const name = `TypeScript AG ${Date.now()}`;
  const contact: ContactCreate = { contact_type_id: 1, name_1: name, user_id: 1, owner_id: 1, postcode: "8004" };
  const created = await bexio.POST("/2.0/contact", { body: contact });
  const id = check("create contact", created.data, created.error, created.response.status).id;
  console.log(`created contact ${id}`);

  const listed = await bexio.GET("/2.0/contact", { params: { query: { order_by: "id_desc", limit: 2000 } } });
  const all = check("list contacts", listed.data, listed.error, listed.response.status);
  if (!all.some((c) => c.id === id && c.name_1 === name)) throw new Error(`contact ${id} is not in the list`);
  console.log(`listed ${all.length} contacts, ${id} among them`);

  const searched = await bexio.POST("/2.0/contact/search", {
    body: [{ field: "name_1", value: name, criteria: "=" }],
  });
  const found = check("search contacts", searched.data, searched.error, searched.response.status);
  if (found.length !== 1 || found[0]?.id !== id) throw new Error(`search found ${JSON.stringify(found.map((c) => c.id))}`);
  console.log(`search found contact ${id}`);

  const invoices = await bexio.GET("/2.0/kb_invoice", {});
  const invoice = check("list invoices", invoices.data, invoices.error, invoices.response.status)[0];
  if (!invoice) throw new Error("no invoice to print");
  const pdf = await bexio.GET("/2.0/kb_invoice/{invoice_id}/pdf", { params: { path: { invoice_id: invoice.id } } });
  const file = check("invoice pdf", pdf.data, pdf.error, pdf.response.status);
  const bytes = Buffer.from(file.content, "base64"); // bexio sends the PDF as base64 in JSON
  if (bytes.subarray(0, 4).toString("latin1") !== "%PDF") throw new Error(`${file.name} is not a PDF`);
  console.log(`invoice ${invoice.id} pdf ${file.name}: ${bytes.length} bytes, starts with %PDF`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
