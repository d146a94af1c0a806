// @vitest-environment node
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/*
 * The layer rules (eslint.config.js) run on code that breaks them on purpose, so a change to the
 * config that stops them from catching a cycle or a reach into another feature fails here.
 */
const eslint = new ESLint({ cwd: process.cwd(), ignore: false });

async function ruleIds(code: string, filePath: string): Promise<(string | null)[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId);
}

describe('the layer rules', () => {
  it('reject an import cycle', async () => {
    const [result] = await eslint.lintFiles(['tests/lint-fixtures/cycle-a.ts']);
    expect(result?.messages.map((message) => message.ruleId)).toContain('import-x/no-cycle');
  }, 60_000);

  it("reject a feature reaching into another feature's internals", async () => {
    const code =
      "import { kpiSchema } from '../kpis/model/kpi';\n\nexport const schema = kpiSchema;\n";
    expect(await ruleIds(code, 'src/features/goals/lint-fixture.ts')).toContain(
      'import-x/no-restricted-paths',
    );
  }, 60_000);

  it("accept another feature's public entry and descriptor", async () => {
    const code =
      "import { kpiStatus } from '../kpis';\nimport { kpisStage } from '../kpis/stage';\n\nexport const used = [kpiStatus, kpisStage];\n";
    expect(await ruleIds(code, 'src/features/goals/lint-fixture.ts')).toEqual([]);
  }, 60_000);

  it('reject core importing a feature', async () => {
    const code =
      "import { goalsStage } from '../features/goals/stage';\n\nexport const stage = goalsStage;\n";
    expect(await ruleIds(code, 'src/core/lint-fixture.ts')).toContain(
      'import-x/no-restricted-paths',
    );
  }, 60_000);
});
