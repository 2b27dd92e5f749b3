// @ts-check
import tseslint from 'typescript-eslint';

const forbiddenInCore = [
  { group: ['discord.js', 'discord.js/*', '@discordjs/*'], message: 'src/core is pure: no Discord types or calls.' },
  { group: ['keyv', '@keyv/*'], message: 'src/core is pure: storage goes through the ports in src/core/ports.ts.' },
  { group: ['zod', 'zod/*'], message: 'src/core is pure: validation belongs to src/data and src/storage.' },
  { group: ['node:*', 'fs', 'path', 'os', 'url', 'crypto', 'child_process', 'timers'], message: 'src/core is pure: no I/O or Node built-ins.' },
  { group: ['pino', '**/logger.js', '**/config.js'], message: 'src/core is pure: no logging or configuration.' },
  { group: ['../discord/*', '../storage/*', '../data/*', '../../discord/*', '../../storage/*', '../../data/*'], message: 'src/core must not depend on adapters.' },
];

export default tseslint.config(
  { ignores: ['node_modules/**', 'var/**', 'coverage/**', 'data/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use `as const` objects and unions instead of enums.' },
        { selector: 'TSModuleDeclaration[kind="namespace"]', message: 'No TypeScript namespaces.' },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: forbiddenInCore }],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'src/core is pure: configuration is passed in.' },
        { name: 'setTimeout', message: 'src/core is pure: use the injected Scheduler.' },
        { name: 'setInterval', message: 'src/core is pure: use the injected Scheduler.' },
        { name: 'Buffer', message: 'src/core is pure.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'src/core is pure: use the injected Random.' },
        { object: 'Date', property: 'now', message: 'src/core is pure: use the injected Clock.' },
      ],
    },
  },
  {
    files: ['src/discord/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['keyv', '@keyv/*', 'node:fs', 'fs', '../storage/*', '../data/*'], message: 'src/discord never reads files or stores directly; use the context.' }] },
      ],
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'src/discord never reads the environment.' }],
    },
  },
  {
    files: ['commands/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['keyv', '@keyv/*', 'node:fs', 'fs', '../src/storage/*', '../src/data/*'], message: 'commands use the ports on the context, never keyv or files.' }] },
      ],
    },
  },
);
