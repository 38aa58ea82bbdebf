// Validates one AsyncAPI document with the official parser (@asyncapi/parser, pinned in package.json) and prints every
// diagnostic as one JSON line: {"severity":"error|warning|information|hint","code":"...","path":"a.b.c","message":"..."}.
// Usage: node validate.js <document.json>. Exit code 0 when the parser ran (the caller judges the diagnostics), 2 when it
// could not (no argument, unreadable file, parser crash). Run by AttrWs.Testing's AsyncApiValidator.
'use strict';
const fs = require('fs');
const { Parser } = require('@asyncapi/parser');

const severities = ['error', 'warning', 'information', 'hint'];

async function main() {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node validate.js <document.json>');
    return 2;
  }

  const text = fs.readFileSync(file, 'utf8');
  const diagnostics = await new Parser().validate(text);
  for (const d of diagnostics) {
    console.log(JSON.stringify({
      severity: severities[d.severity] ?? String(d.severity),
      code: String(d.code ?? ''),
      path: (d.path ?? []).join('.'),
      message: d.message,
    }));
  }

  console.log(JSON.stringify({ done: diagnostics.length }));
  return 0;
}

main().then(code => { process.exitCode = code; }, error => { console.error(error && error.stack || String(error)); process.exitCode = 2; });
