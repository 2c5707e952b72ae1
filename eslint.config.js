import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import { readdirSync } from 'node:fs';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// One-way dependencies: shared modules → features → app. A feature never imports another
// feature or the app, and shared modules import no feature, so each feature can change alone.
const FEATURES = readdirSync(new URL('./src/features', import.meta.url));
const SHARED = ['aws', 'code', 'components', 'permissions', 'session', 'steps', 'test'];

// Every mutation runs one call at a time (src/aws/guarded-mutation.ts): no double sends.
const USE_MUTATION = {
  name: '@tanstack/react-query',
  importNames: ['useMutation'],
  message: 'Use useGuardedMutation (src/aws/guarded-mutation.ts): one call at a time.',
};

// One rule entry a file: a later block's no-restricted-imports replaces an earlier one's.
function restrictImports(regex, message) {
  return {
    'no-restricted-imports': [
      'error',
      { paths: [USE_MUTATION], patterns: regex ? [{ regex, message }] : [] },
    ],
  };
}

const guardedMutations = {
  files: ['src/**/*.{ts,tsx}'],
  ignores: ['src/aws/guarded-mutation.ts'],
  rules: restrictImports(),
};

const featureBoundaries = FEATURES.map((feature) => ({
  files: [`src/features/${feature}/**/*.{ts,tsx}`],
  rules: restrictImports(
    `^(\\.\\./)+(app|features|${FEATURES.filter((other) => other !== feature).join('|')})/`,
    'A feature imports shared modules only (src/aws, components, code, permissions, …).',
  ),
}));

const sharedBoundaries = {
  files: SHARED.map((folder) => `src/${folder}/**/*.{ts,tsx}`),
  ignores: ['src/aws/guarded-mutation.ts'],
  rules: restrictImports('^(\\.\\./)+(app|features)/', 'Shared modules import no feature.'),
};

export default tseslint.config(
  {
    ignores: ['dist', 'node_modules', 'playwright-report', 'test-results', 'bench/results'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      // The app does not log in normal use: a stray console.log could print a secret.
      'no-console': 'error',
    },
  },
  guardedMutations,
  ...featureBoundaries,
  sharedBoundaries,
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['server/**/*.ts', 'e2e/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts', '*.ts', '*.js'],
    languageOptions: { globals: globals.node },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      eqeqeq: ['error', 'smart'],
    },
  },
  prettier,
);
