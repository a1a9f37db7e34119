// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { validationKeys } from '../../../lib/validation'
import {
  emptyStorageForm,
  looksLikePem,
  storageFieldForServerMessage,
  storageFormFrom,
  storageFormKeys,
  toStorageRequest,
  validateStorageForm,
} from './storage-form'

describe('validateStorageForm', () => {
  it('needs the host only when adding (on edit it identifies the storage system)', () => {
    const values = { ...emptyStorageForm(), host: 'svm_x', username: 'u', password: 'p' }
    expect(validateStorageForm({ ...values, host: 'bad host' }, { editing: false })).toEqual({
      host: validationKeys.host,
    })
    expect(validateStorageForm({ ...values, host: 'bad host' }, { editing: true })).toEqual({})
  })

  it('checks the preferred IP only when it is used', () => {
    const values = { ...emptyStorageForm(), host: 'c1', username: 'u', password: 'p', preferredIp: 'nope' }
    expect(validateStorageForm(values, { editing: false })).toEqual({})
    expect(validateStorageForm({ ...values, usePreferredIp: true }, { editing: false })).toEqual({
      preferredIp: validationKeys.ipAddress,
    })
  })

  it('asks for the files of certificate authentication, not for a password', () => {
    const values = { ...emptyStorageForm(), host: 'c1', authenticationMethod: 'CERTIFICATE' as const }
    expect(validateStorageForm(values, { editing: false })).toEqual({
      certificateFile: storageFormKeys.certificateRequired,
      privateKeyFile: storageFormKeys.privateKeyRequired,
    })
  })
})

describe('toStorageRequest', () => {
  it('sends the secrets of the chosen method only, and carries the display name over on modify', () => {
    const system = {
      name: 'svm_a',
      displayName: 'SVM A',
      type: 'ONTAP_SVM',
      implicit: true,
      username: null,
      protocol: 'HTTP' as const,
      port: 8080,
      timeout: 180,
      preferredIp: '10.0.0.9',
    }
    const form = {
      ...storageFormFrom(system),
      authenticationMethod: 'CERTIFICATE' as const,
      password: 'left-over',
    }
    expect(form.username).toBe('')
    expect(form.usePreferredIp).toBe(true)
    expect(toStorageRequest(form, { certificate: 'C', privateKey: 'K' }, system)).toEqual({
      name: 'svm_a',
      displayName: 'SVM A',
      protocol: 'HTTP',
      port: 8080,
      authenticationMethod: 'CERTIFICATE',
      certificate: 'C',
      privateKey: 'K',
      timeout: 180,
      preferredIp: '10.0.0.9',
      logEventsToSyslog: false,
      sendAsupOnFailure: false,
    })
  })
})

describe('helpers', () => {
  it('recognises PEM text', () => {
    expect(looksLikePem('-----BEGIN CERTIFICATE-----\nMII')).toBe(true)
    expect(looksLikePem('MIIBIjANBgkq')).toBe(false)
  })

  it('maps the appliance words to a field', () => {
    expect(storageFieldForServerMessage('Port must be a number between 1 and 65535.')).toBe('port')
    expect(storageFieldForServerMessage('Timeout must be a whole number of seconds, at least 1.')).toBe(
      'timeout',
    )
    expect(storageFieldForServerMessage("Storage system 'x' already exists.")).toBe('host')
    expect(
      storageFieldForServerMessage('Certificate authentication needs a certificate and a private key.'),
    ).toBe('privateKeyFile')
  })
})
