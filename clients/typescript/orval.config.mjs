// orval, run by tests/typescript: the fetch client (no runtime dependency) for the published spec.
// The `Schema` suffix: orval types multipart file parts as the DOM's `Blob | File`, which our
// schema `File` (a bexio inbox file) would shadow; the suffix keeps the two apart.
export default {
  bexio: {
    input: process.env.BEXIO_SPEC,
    output: {
      target: process.env.ORVAL_OUTPUT,
      client: "fetch",
      override: { components: { schemas: { suffix: "Schema" } } },
    },
  },
};
