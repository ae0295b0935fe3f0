// Validates json/target/schema-corpus/valid/*.json (each must pass) and invalid/*.json (each must
// fail) against the shipped JSON Schema with Ajv's draft 2020-12 validator and ajv-formats.
// Usage: node validate.mjs <schema.json> <corpus-dir>
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const [schemaPath, corpus] = process.argv.slice(2);
if (!schemaPath || !corpus) {
  console.error("usage: node validate.mjs <schema.json> <corpus-dir>");
  process.exit(2);
}

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));

let passed = 0;
let failed = 0;
for (const [kind, mustPass] of [["valid", true], ["invalid", false]]) {
  const dir = join(corpus, kind);
  const files = readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
  if (files.length === 0) {
    console.error(`ajv: no documents in ${dir}; run the json module's tests first`);
    process.exit(2);
  }
  for (const file of files) {
    const ok = validate(JSON.parse(readFileSync(join(dir, file), "utf8")));
    if (ok === mustPass) {
      passed++;
    } else {
      failed++;
      const why = ok ? "passed the schema but must fail" : ajv.errorsText(validate.errors);
      console.error(`ajv: FAIL ${kind}/${file}: ${why}`);
    }
  }
}
console.log(`ajv: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
