/** Types of gen-answer-rules.mjs for the TypeScript tests (the module itself is plain JavaScript so node can run it). */

/** The generated file's text for a contract (scv-api.yaml's text), and how many rules it holds. */
export function answerRulesSource(contractYaml: string): { source: string; answers: number; schemas: number }

/** Where `npm run gen:api` writes the rule table. */
export const generatedPath: string
