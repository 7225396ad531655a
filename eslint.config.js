import javascript from '@eslint/js';
import solid from 'eslint-plugin-solid/configs/typescript';
import typescript from 'typescript-eslint';

export default typescript.config(
  { ignores: ['node_modules/', 'dist/', 'scratch/', '.test-output/', 'migrations/'] },
  javascript.configs.recommended,
  ...typescript.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  { files: ['client/**/*.{ts,tsx}'], ...solid },
  {
    files: ['.dependency-cruiser.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable' } },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
