import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/*
 * The direction of the code: lib and components -> core -> features -> app. Core and the database
 * import no feature; a feature reads another only through its public entry (`index.ts`) or its
 * descriptor (`stage.ts`); features meet in app. Tests may set up other stages' rows directly.
 */
const features = readdirSync(join(import.meta.dirname, 'src', 'features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const layerZones = [
  { target: './src/core', from: './src/features', message: 'core imports no feature.' },
  { target: './src/core', from: './src/app', message: 'core imports nothing from app.' },
  { target: './src/db', from: './src/features', message: 'the database imports no feature.' },
  { target: './src/db', from: './src/app', message: 'the database imports nothing from app.' },
  ...['lib', 'components'].flatMap((layer) => [
    { target: `./src/${layer}`, from: './src/features', message: `${layer} imports no feature.` },
    { target: `./src/${layer}`, from: './src/app', message: `${layer} imports nothing from app.` },
  ]),
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/app',
    message: 'features meet in app; a feature does not import it.',
  })),
];
const featureZones = features.flatMap((feature) =>
  features
    .filter((other) => other !== feature)
    .map((other) => ({
      target: `./src/features/${feature}`,
      from: `./src/features/${other}`,
      except: ['./index.ts', './stage.ts'],
      message: `read ${other} through its index.ts or stage.ts, not its internals.`,
    })),
);

export const layerRules = {
  'import-x/no-cycle': [
    'error',
    { ignoreExternal: true, allowUnsafeDynamicCyclicDependency: true },
  ],
  'import-x/no-restricted-paths': ['error', { zones: [...layerZones, ...featureZones] }],
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'dev-dist',
      'test-results',
      'test-results-*',
      'playwright-report',
      'bench-results',
      // Broken on purpose: src/lint-rules.test.ts lints them and expects the errors.
      'tests/lint-fixtures',
      'node_modules',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      // Each stage adds its strings' type to i18n's StageStrings with `interface ... extends X {}`.
      '@typescript-eslint/no-empty-object-type': [
        'error',
        { allowInterfaces: 'with-single-extends' },
      ],
    },
  },
  { files: ['src/**/*.tsx'], ...jsxA11y.flatConfigs.recommended },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/components/ui/translation.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'react-i18next',
              importNames: ['useTranslation'],
              message:
                'use useTranslation from components/ui/translation: one subscription for the tree.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/lint-fixtures/**/*.ts'],
    ignores: ['**/*.test.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // Without a parser for .ts files the cycle rule cannot read the modules it follows.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: layerRules,
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    // Plain scripts the page loads as they are, before the app's code.
    files: ['public/**/*.js'],
    languageOptions: { globals: globals.browser, sourceType: 'script' },
  },
);
