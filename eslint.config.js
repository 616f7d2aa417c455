// ESLint: typescript-eslint's strict type-checked rules on every TypeScript file; formatting is Prettier's
// (eslint-config-prettier turns off the rules it owns).
import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.venv/', '.tools/', 'coverage/', 'bench/out/', 'demo-output/', 'build/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname }
    },
    rules: {
      // Counts and sizes in messages are the norm here; strings of anything else still need an explicit String().
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }]
    }
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
  prettier
)
