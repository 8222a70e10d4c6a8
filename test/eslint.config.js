// Lint rules: typescript-eslint's recommended set, plus the project's reproducibility rules:
// no Math.random anywhere, no Date in the simulation core (engine, process, random, stats),
// and no unreachable code.
import tseslint from "typescript-eslint";

const noRandom = {
  selector: "MemberExpression[object.name='Math'][property.name='random']",
  message: "Math.random is banned: every draw comes from a named stream (src/random).",
};
const noDate = {
  selector: "Identifier[name='Date']",
  message: "Date is banned in the simulation core: time is simulation minutes.",
};

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "reports/**"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      "no-restricted-syntax": ["error", noRandom],
      "no-unreachable": "error",
      "no-unreachable-loop": "error",
      "no-constant-condition": ["error", { checkLoops: "allExceptWhileTrue" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/engine/**", "src/process/**", "src/random/**", "src/stats/**", "src/experiment/**"],
    rules: { "no-restricted-syntax": ["error", noRandom, noDate] },
  },
  {
    // CommonJS files (the bundle loader, and the CLI entry under bin/package.json) load with require().
    files: ["**/*.cjs", "bin/procsim.js"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
