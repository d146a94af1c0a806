import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/*
 * The build treats every feature's public entry (`src/features/<name>/index.ts`) as free of side
 * effects (vite.config.ts), so a stage that imports another's entry loads only the files it uses.
 * An entry that ran code when imported (registered something, say) would then be dropped
 * silently: this keeps every entry to exports and declarations.
 */
const features = join(import.meta.dirname, '..', 'features');
const entries = readdirSync(features, { withFileTypes: true })
  .filter((folder) => folder.isDirectory())
  .map((folder) => join(features, folder.name, 'index.ts'))
  .filter((path) => existsSync(path));

/** The top-level statements of `source` that run code when the module is imported. */
function statementsThatRun(source: string): string[] {
  const file = ts.createSourceFile('index.ts', source, ts.ScriptTarget.Latest, true);
  return file.statements
    .filter(
      (statement) =>
        !ts.isExportDeclaration(statement) &&
        !ts.isFunctionDeclaration(statement) &&
        !ts.isInterfaceDeclaration(statement) &&
        !ts.isTypeAliasDeclaration(statement) &&
        !(ts.isImportDeclaration(statement) && statement.importClause?.isTypeOnly),
    )
    .map((statement) => statement.getText(file));
}

describe("features' public entries", () => {
  it('are found', () => {
    expect(entries.length).toBeGreaterThanOrEqual(10);
  });

  it.each(entries.map((path) => [path.slice(features.length + 1), path]))(
    '%s only passes exports on and declares',
    (_name, path) => {
      expect(statementsThatRun(readFileSync(path, 'utf8'))).toEqual([]);
    },
  );

  it('a statement that runs code is caught', () => {
    const source = "export * from './a';\nregisterSomething();\nconst table = build();\n";
    expect(statementsThatRun(source)).toEqual(['registerSomething();', 'const table = build();']);
  });
});
