#!/usr/bin/env node
/**
 * node scripts/option-table.mjs [--write]
 *
 * The README's table of parse options, generated from the `ParseOptions` type: one row a field, its
 * `@default` and its JSDoc. `ParseOptions` takes its feature fields from the list of markdown
 * features (src/markdown/features.ts), so a feature's options reach the table from its declaration.
 * Prints the table; `--write` puts it into README.md between the two markers. test/option-table.test.ts
 * fails when the README's table differs from this one.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const START = '<!-- parse-options: generated from ParseOptions by scripts/option-table.mjs -->';
const END = '<!-- /parse-options -->';

/** Code in a default (`'sanitize'`, `[]`, `220`, `true`) in backticks; `undefined` as a dash. */
function formatDefault(text) {
  return text
    .trim()
    .replace(/'[^']*'|\[\]|\{\}|\b(?:true|false|\d[\d_.]*)\b/g, (code) => `\`${code}\``)
    .replace(/\bundefined\b/g, '—');
}

const cell = (text) => text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();

/**
 * The rows of the type `typeText`, evaluated in a module of the repository's root that starts with
 * `imports`: `{ name, default, meaning }` for each of its properties, in the type's order.
 */
export function optionRows(typeText, imports) {
  const config = ts.getParsedCommandLineOfConfigFile(path.join(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  const options = { ...config.options, noEmit: true, types: [] };
  const file = path.join(root, '__option-table__.ts');
  const text = `${imports}\nexport type Options = ${typeText};\n`;
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (name, language, ...rest) => (name === file ? ts.createSourceFile(name, text, language) : getSourceFile.call(host, name, language, ...rest));
  host.fileExists = (name) => name === file || fileExists.call(host, name);
  host.readFile = (name) => (name === file ? text : readFile.call(host, name));
  const program = ts.createProgram([file], options, host);
  const errors = ts.getPreEmitDiagnostics(program, program.getSourceFile(file));
  if (errors.length) throw new Error(ts.flattenDiagnosticMessageText(errors[0].messageText, '\n'));
  const checker = program.getTypeChecker();
  const alias = program.getSourceFile(file).statements.find(ts.isTypeAliasDeclaration);
  return checker.getPropertiesOfType(checker.getTypeAtLocation(alias.name)).map((property) => {
    const found = property.getJsDocTags(checker).find((tag) => tag.name === 'default');
    return {
      name: property.name,
      default: found ? formatDefault(ts.displayPartsToString(found.text)) : '—',
      meaning: ts.displayPartsToString(property.getDocumentationComment(checker)),
    };
  });
}

/** The rows as a markdown table. */
export function optionTable(rows) {
  const lines = ['| Option | Default | Meaning |', '| --- | --- | --- |'];
  for (const row of rows) lines.push(`| \`${row.name}\` | ${cell(row.default)} | ${cell(row.meaning)} |`);
  return lines.join('\n');
}

/** The table of `ParseOptions`, as the README holds it. */
export function parseOptionsTable() {
  return optionTable(optionRows('ParseOptions', "import type { ParseOptions } from './src/parse/options.js';"));
}

/** The README's generated table (between the markers), or undefined when the markers are missing. */
export function readmeTable(readme) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  return start === -1 || end < start ? undefined : readme.slice(start + START.length, end).trim();
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const table = parseOptionsTable();
  if (!process.argv.includes('--write')) console.log(table);
  else {
    const file = path.join(root, 'README.md');
    const readme = readFileSync(file, 'utf8');
    if (readmeTable(readme) === undefined) throw new Error(`README.md has no ${START} … ${END} markers`);
    writeFileSync(file, `${readme.slice(0, readme.indexOf(START) + START.length)}\n\n${table}\n\n${readme.slice(readme.indexOf(END))}`);
    console.log('option-table: README.md updated');
  }
}
