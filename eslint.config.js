// `npm run lint` (part of `npm test`). Syntax rules only, no type information, so it runs in seconds:
// types are `npm run typecheck`'s job, layout is Prettier's (`npm run format`).
import js from "@eslint/js";
import { defineConfig, globalIgnores } from "eslint/config";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

// An unused binding is a mistake unless its name says it is deliberate (`_`, `_row`).
const UNUSED = {
  argsIgnorePattern: "^_",
  varsIgnorePattern: "^_",
  caughtErrorsIgnorePattern: "^_",
  destructuredArrayIgnorePattern: "^_",
  ignoreRestSiblings: true,
};

export default defineConfig(
  globalIgnores(["build/", "public/build/", ".cache/", "data/", "coverage/", "db/migrations/", "tests/.tmp/"]),

  js.configs.recommended,

  {
    files: ["**/*.{ts,tsx}"],
    extends: [tseslint.configs.recommended],
    rules: { "@typescript-eslint/no-unused-vars": ["error", UNUSED] },
  },
  {
    files: ["tests/**/*.ts"],
    // Tests take instrument JSON apart and break it on purpose; typing every shape they poke at would say nothing.
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },

  // The app's React code: the rules of hooks and accessibility checks on every component.
  {
    files: ["app/**/*.{ts,tsx}"],
    extends: [jsxA11y.flatConfigs.recommended],
    plugins: { "react-hooks": reactHooks },
    rules: {
      // Only the two classic hooks rules: the plugin's other "recommended" rules run the React Compiler over every
      // component (three quarters of the lint time) to prepare for a compiler this app does not use.
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
      // A table that scrolls sideways is a labelled region that takes focus, so keyboard users can scroll it (axe: scrollable-region-focusable).
      "jsx-a11y/no-noninteractive-tabindex": ["error", { tags: [], roles: ["tabpanel", "region"], allowExpressionValues: true }],
    },
  },

  // Node's JavaScript: the HTTP server, config files, test helpers.
  {
    files: ["**/*.{js,mjs}"],
    ignores: ["public/**"],
    languageOptions: { globals: globals.node },
    rules: { "no-unused-vars": ["error", UNUSED] },
  },
  // The draft-keeping scripts are served as they are, no bundler: written as ES5 scripts and held to it.
  {
    files: ["public/scripts/**/*.js"],
    languageOptions: { ecmaVersion: 5, sourceType: "script", globals: globals.browser },
    // ES5 has no `catch {}`: the `catch (e)` binding is required even when unused.
    rules: { "no-unused-vars": ["error", { ...UNUSED, caughtErrors: "none" }] },
  },
);
