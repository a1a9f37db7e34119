// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { answerRulesSource, generatedPath } from './gen-answer-rules.mjs'

const contract = readFileSync(new URL('../src/api/scv-api.yaml', import.meta.url), 'utf8')

describe('answer rules generated from the contract', () => {
  it('the committed table is what the contract gives today (after a contract edit, run npm run gen:api)', () => {
    const { source } = answerRulesSource(contract)
    expect(
      readFileSync(generatedPath, 'utf8') === source,
      'src/api/contract/answer-rules.generated.ts is stale: run npm run gen:api',
    ).toBe(true)
  })

  it('a required field taken out of the contract changes the table, so a stale table cannot pass', () => {
    const jobRequired = 'required: [id, name, type, status, startTime]'
    expect(contract, 'the Job schema this test edits').toContain(jobRequired)
    const edited = contract.replace(jobRequired, 'required: [id, type, status, startTime]')
    const jobRule = (source: string) => source.split('\n').find((line) => line.startsWith('  "Job":'))
    expect(jobRule(answerRulesSource(contract).source)).toContain(
      '"required":["id","name","type","status","startTime"]',
    )
    expect(jobRule(answerRulesSource(edited).source)).toContain(
      '"required":["id","type","status","startTime"]',
    )
  })
})
