import { describe, expect, it } from 'vitest'
import { restCall } from './rest-call'

describe('restCall', () => {
  it('fills the path template the way the client does, and keeps the init for the request', () => {
    const init = {
      params: { path: { moref: 'vm-12', backupId: 42 } },
      body: { restartVM: false, restoreLocations: [] },
    }
    const call = restCall('post', '/4.1/vm/{moref}/backups/{backupId}/restore', init)
    expect(call).toMatchObject({
      method: 'POST',
      path: '/4.1/vm/vm-12/backups/42/restore',
      template: '/4.1/vm/{moref}/backups/{backupId}/restore',
      body: init.body,
    })
    expect(call.init).toBe(init)
  })

  it('encodes path parameters and writes the query', () => {
    expect(restCall('get', '/4.1/vm/{moref}/backups', { params: { path: { moref: 'vm 1/x' } } }).path).toBe(
      '/4.1/vm/vm%201%2Fx/backups',
    )
    expect(restCall('get', '/4.1/policies', undefined)).toEqual({
      method: 'GET',
      path: '/4.1/policies',
      template: '/4.1/policies',
      init: undefined,
    })
  })
})
