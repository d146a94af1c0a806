import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import postcss, { type Container } from 'postcss';
import { describe, expect, it } from 'vitest';
import { isStageSlug, stageScopeClass, type StageSlug } from '../lib/stages';

/*
 * A feature's stylesheet (src/features/<feature>/components/*.css) loads with its code, so a
 * rule in it that is not confined to the stage's page would style other stages too, depending on
 * which code happened to be fetched. Every rule stays inside `.stage-<slug> { }` (the class the
 * stage page carries), except @page/@keyframes and print rules under `html.print-<something>`,
 * which the stage sets on <html> only while it is open. A feature that is not a stage (the
 * workshop tools in the header) keeps its rules under classes named after it (`.workshop-…`).
 * The building blocks in
 * src/components/ui/blocks.css are shared: a stage may adjust them inside its scope only.
 */

const repo = join(import.meta.dirname, '..', '..');
const sharedBlocksFile = join(repo, 'src', 'components', 'ui', 'blocks.css');

/** At-rules that must stay at the top level and select no element. */
const topLevelAtRules = new Set(['page', 'keyframes', 'font-face']);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const classesIn = (selector: string) =>
  [...selector.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((match) => match[1] as string);

/** Every class the shared stylesheet defines. */
function sharedBlockClasses(css: string): Set<string> {
  const classes = new Set<string>();
  postcss.parse(css).walkRules((rule) => {
    for (const selector of rule.selectors)
      for (const name of classesIn(selector)) classes.add(name);
  });
  return classes;
}

/** Nested selectors written relative to their parents, as CSS nesting reads them. */
function resolve(parents: readonly string[], selectors: readonly string[]): string[] {
  if (parents.length === 0) return [...selectors];
  return parents.flatMap((parent) =>
    selectors.map((selector) =>
      selector.includes('&') ? selector.replaceAll('&', parent) : `${parent} ${selector}`,
    ),
  );
}

/**
 * What is wrong with one stage stylesheet, one line per rule, naming the file and the selector.
 * `file` is only used in the messages.
 */
function scopeProblems(
  file: string,
  css: string,
  owner: StageSlug | { feature: string },
  shared: ReadonlySet<string>,
): string[] {
  // A stage's rules sit under its page's class; a feature without a page (the workshop tools in
  // the header) under classes named after it, `.workshop-timer`.
  const isStage = typeof owner === 'string';
  const scope = isStage ? `.${stageScopeClass(owner)}` : `.${owner.feature}-`;
  // The scope class must be the whole first compound or be followed by more of it (`:hover`)...
  const scopedSource = isStage
    ? `^${escapeRegExp(scope)}(?![\\w-])`
    : `^${escapeRegExp(scope)}[\\w-]+(?![\\w-])`;
  const scoped = new RegExp(scopedSource);
  // ...and a shared block is only adjusted below the stage's root, never on the root itself.
  const belowScope = new RegExp(`${scopedSource}[^\\s>+~]*\\s*[\\s>+~]`);
  const problems: string[] = [];

  const checkShared = (selector: string) => {
    for (const name of classesIn(selector)) {
      if (!shared.has(name)) continue;
      const at = selector.search(new RegExp(`\\.${escapeRegExp(name)}(?![\\w-])`));
      const prefix = selector.match(belowScope)?.[0];
      if (prefix === undefined || at < prefix.length) {
        problems.push(
          `${file}: "${selector}" restyles the shared block .${name} outside ${scope}; ` +
            `shared blocks live in src/components/ui/blocks.css, a stage adjusts one only as "${scope} .${name}"`,
        );
      }
    }
  };

  /** Rules nested in a top-level rule: `&` may only open a selector, or it reaches outside. */
  const walkNested = (container: Container, parents: readonly string[]) => {
    container.each((node) => {
      if (node.type === 'rule') {
        for (const selector of node.selectors) {
          const trimmed = selector.trim();
          if (trimmed.indexOf('&', trimmed.startsWith('&') ? 1 : 0) !== -1) {
            problems.push(
              `${file}: nested selector "${trimmed}" under "${parents.join(', ')}" uses & after ` +
                `its start, which matches outside ${scope}`,
            );
          }
        }
        const resolved = resolve(parents, node.selectors);
        resolved.forEach(checkShared);
        walkNested(node, resolved);
      } else if (node.type === 'atrule') {
        if (topLevelAtRules.has(node.name)) {
          problems.push(`${file}: @${node.name} ${node.params} must stay at the top level`);
        } else if (node.nodes) walkNested(node, parents);
      }
    });
  };

  const walkTop = (container: Container, where: string) => {
    container.each((node) => {
      if (node.type === 'atrule') {
        if (topLevelAtRules.has(node.name)) return;
        // @media, @supports, @container at the top level: their rules follow the same rules.
        if (node.nodes) walkTop(node, ` in @${node.name} ${node.params}`);
        else problems.push(`${file}: @${node.name} ${node.params} does not belong in a stage file`);
        return;
      }
      if (node.type !== 'rule') return; // a comment
      for (const selector of node.selectors) {
        if (!selector.startsWith('html.print-') && !scoped.test(selector)) {
          problems.push(
            `${file}: top-level selector "${selector}"${where} is outside the stage's scope; ` +
              `put it inside ${scope} { } (or, for print rules that hide the app around the ` +
              `stage, under html.print-<name>)`,
          );
        }
        checkShared(selector);
      }
      walkNested(node, node.selectors);
    });
  };

  walkTop(postcss.parse(css, { from: file }), '');
  return problems;
}

interface StageStylesheet {
  file: string;
  feature: string;
  css: string;
}

function stageStylesheets(): StageStylesheet[] {
  const features = join(repo, 'src', 'features');
  return readdirSync(features, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const components = join(features, entry.name, 'components');
      let names: string[];
      try {
        names = readdirSync(components).filter((name) => name.endsWith('.css'));
      } catch {
        return [];
      }
      return names.sort().map((name) => {
        const path = join(components, name);
        return {
          file: relative(repo, path),
          feature: entry.name,
          css: readFileSync(path, 'utf8'),
        };
      });
    });
}

const sheets = stageStylesheets();
const shared = sharedBlockClasses(readFileSync(sharedBlocksFile, 'utf8'));

describe('stage stylesheets', () => {
  it('are found, and so are the shared blocks', () => {
    expect(sheets.map((sheet) => sheet.feature)).toEqual(
      expect.arrayContaining(['starting-point', 'channels', 'training', 'go-live']),
    );
    expect([...shared]).toEqual(expect.arrayContaining(['panel', 'empty-hint', 'badge']));
  });

  it.each(sheets.map((sheet) => [sheet.file, sheet] as const))(
    '%s keeps its rules inside its stage',
    (_file, { file, feature, css }) => {
      expect(
        scopeProblems(file, css, isStageSlug(feature) ? feature : { feature }, shared),
      ).toEqual([]);
    },
  );
});

describe('the scope check', () => {
  it('keeps a feature without a page (the workshop tools) under classes named after it', () => {
    const checkFeature = (css: string) =>
      scopeProblems('x.css', css, { feature: 'workshop' }, new Set(['panel']));
    expect(
      checkFeature(`
        .workshop-timer { color: red; }
        .workshop-timer .workshop-timer-time, .workshop-timer-large.is-ended { color: blue; }
        .workshop-timer .panel { padding: 0; }
        @keyframes workshop-pulse { from { opacity: 0; } to { opacity: 1; } }
      `),
    ).toEqual([]);
    expect(checkFeature('.button { color: red; }')).toHaveLength(1);
    expect(checkFeature('.workshop { color: red; }')).toHaveLength(1);
    expect(checkFeature('.panel { color: red; }')).toHaveLength(2);
  });

  const check = (css: string) => scopeProblems('x.css', css, 'goals', new Set(['panel']));

  it('accepts scoped rules, adjusted shared blocks, print rules under html.print-, @page', () => {
    expect(
      check(`
        /* Stage 2 */
        .stage-goals {
          .goal-card { color: red; }
          .goal-card:hover, & .goal-list > li { color: blue; }
          &.stage-page { gap: 0; }
          .panel { padding: 0; }
          @media print { .goal-card { color: black; } }
        }
        .stage-goals .goal-badge { color: red; }
        @media print { .stage-goals .panel { margin: 0; } html.print-goals .app-header { display: none; } }
        @page goals { size: A4; }
        @keyframes spin { from { rotate: 0deg; } to { rotate: 360deg; } }
      `),
    ).toEqual([]);
  });

  it('names the file and selector of a rule outside the scope', () => {
    const problems = check(`.goal-card { color: red; } .stage-goalsx .b {} .stage-kpis .c {}`);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^x\.css: top-level selector "\.goal-card" is outside/);
    expect(problems[1]).toContain('".stage-goalsx .b"');
    expect(problems[2]).toContain('".stage-kpis .c"');
  });

  it('finds rules outside the scope inside @media and behind a nested &', () => {
    const problems = check(`
      @media (max-width: 900px) { .goal-list { display: block; } }
      .stage-goals { .sidebar & { color: red; } }
    `);
    expect(problems).toEqual([
      expect.stringContaining('".goal-list" in @media (max-width: 900px) is outside'),
      expect.stringContaining('nested selector ".sidebar &"'),
    ]);
  });

  it('refuses a shared block restyled for everyone, under html.print- or on the stage root', () => {
    const problems = check(`
      .panel { padding: 0; }
      @media print { html.print-goals .panel { margin: 0; } }
      .stage-goals.panel { margin: 0; }
    `);
    expect(problems.filter((problem) => problem.includes('shared block .panel'))).toHaveLength(3);
    expect(problems).toContainEqual(expect.stringContaining('"html.print-goals .panel"'));
  });

  it('keeps @page and @keyframes out of the scope', () => {
    expect(check(`.stage-goals { @keyframes spin { to { rotate: 1turn; } } }`)).toEqual([
      expect.stringContaining('@keyframes spin must stay at the top level'),
    ]);
  });
});
