import { describe, expect, it } from 'vitest'
import { answerProblem, checkedAnswer } from './answer-check'
import { isApiError } from './errors'

const job = {
  id: 1,
  name: 'Backup of RG_Web_Tier',
  type: 'backup',
  status: 'RUNNING',
  startTime: '2026-01-01T00:00:00Z',
}
const jobs = (list: unknown[]) => ({ response: { jobResponseList: list } })

describe('answers checked against the contract', () => {
  it('accepts a complete answer, extra fields and values outside a known enum', () => {
    const answer = jobs([job, { ...job, id: 2, status: 'PAUSED_BY_VENDOR', brandNewField: { x: 1 } }])
    expect(answerProblem('/4.1/jobs', answer)).toBeUndefined()
    expect(checkedAnswer('get', '/4.1/jobs', answer)).toBe(answer)
  })

  it('names the operation, the field and where it is missing', () => {
    const { status: _status, ...withoutStatus } = job
    let caught: unknown
    try {
      checkedAnswer('get', '/4.1/jobs', jobs([job, job, withoutStatus]))
    } catch (error) {
      caught = error
    }
    expect(isApiError(caught) && caught.kind).toBe('malformed')
    expect(isApiError(caught) && caught.problem).toEqual({
      field: 'status',
      at: '$.response.jobResponseList[2]',
    })
    expect((caught as Error).message).toBe(
      "The appliance's answer to GET /4.1/jobs lacks status at $.response.jobResponseList[2]",
    )
  })

  it('refuses a required field of the wrong type, and a missing list', () => {
    expect(answerProblem('/4.1/jobs', jobs([{ ...job, id: null }]))).toEqual({
      field: 'id',
      at: '$.response.jobResponseList[0]',
      found: 'null',
    })
    expect(answerProblem('/4.1/jobs', { response: {} })).toEqual({
      field: 'jobResponseList',
      at: '$.response',
    })
  })

  it('follows named schemas inside one answer (a job inside its envelope)', () => {
    expect(answerProblem('/4.1/jobs/{id}', { response: { ...job, startTime: undefined } })).toEqual({
      field: 'startTime',
      at: '$.response',
    })
  })
})
