import { HttpResponse } from 'msw'
import { DAY, now } from '../model/clock'
import { getDb } from '../model/db'
import { badRequest, found } from '../model/errors'
import { jobName } from '../model/job-text'
import { startJob } from '../model/jobs'
import type { AuditFileRecord } from '../model/types'
import { envelope, guard, http, iso, jobStarted, message, readJson, type Schemas } from './http'

function presentFile(f: AuditFileRecord): Schemas['AuditLogFile'] {
  return {
    fileName: f.fileName,
    size: f.sizeBytes,
    modifiedTime: new Date(f.createdAt).toISOString(),
    integrityStatus: f.integrity,
    lastVerifiedTime: iso(f.lastVerifiedAt),
  }
}

/** Audit log files, integrity verification, and the audit/syslog configuration. */
export const auditHandlers = [
  http.get('/4.1/audit/logs', () => {
    const reply: Schemas['AuditLogFileListResponse'] = envelope({
      auditLogResponseList: getDb().auditFiles.map(presentFile),
    })
    return HttpResponse.json(reply)
  }),
  http.get(
    '/4.1/audit/logs/{filename}',
    guard(({ params }) => {
      const file = found(
        getDb().auditFiles.find((f) => f.fileName === params.filename),
        'Audit log file',
        params.filename,
      )
      const reply: Schemas['AuditLogFileDetailResponse'] = envelope({
        ...presentFile(file),
        checksum:
          file.integrity === 'UNEXPECTED DELETE'
            ? null
            : `sha256:${file.fileName.length.toString(16).padStart(64, 'a')}`,
        entries: file.events.map((event, i) => ({
          timestamp: new Date(file.createdAt + i * 3_600_000).toISOString(),
          user: i % 2 === 0 ? 'administrator@vsphere.local' : 'DEMO\\administrator',
          event: event.split(' ').slice(0, 2).join(' '),
          message: event,
        })),
      })
      return HttpResponse.json(reply)
    }),
  ),
  http.post('/4.1/audit/verify', () => {
    const db = getDb()
    const at = now()
    // Verification re-checks every file still on disk; the states themselves do not change.
    for (const f of db.auditFiles) if (f.integrity !== 'UNEXPECTED DELETE') f.lastVerifiedAt = at
    const job = startJob(db, { type: 'auditVerify', name: jobName('auditVerify'), effect: null })
    return HttpResponse.json(jobStarted(job.id, `Audit log verification started. Job id ${job.id}.`))
  }),
  http.get('/4.1/audit/config', () => {
    const c = getDb().auditConfig
    const reply: Schemas['AuditConfigResponse'] = envelope({
      ...c,
      syslogCertificateExpiry: iso(c.syslogCertificateExpiry),
    })
    return HttpResponse.json(reply)
  }),
  http.put(
    '/4.1/audit/config',
    guard(async ({ request }) => {
      const body = await readJson<Schemas['AuditConfig']>(request)
      const positive = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 1
      if (!positive(body.auditMaxROFiles))
        throw badRequest('auditMaxROFiles must be a whole number, at least 1.')
      if (!positive(body.auditLogSize))
        throw badRequest('auditLogSize (MB) must be a whole number, at least 1.')
      if (typeof body.syslogEnabled !== 'boolean') throw badRequest('syslogEnabled is required.')
      if (body.syslogEnabled) {
        if (!body.syslogServerIp)
          throw badRequest('A syslog server address is required when syslog is enabled.')
        const port = body.syslogServerPort
        if (typeof port !== 'number' || port < 1 || port > 65535)
          throw badRequest('Syslog port must be between 1 and 65535.')
      }
      const c = getDb().auditConfig
      c.auditMaxROFiles = body.auditMaxROFiles as number
      c.auditLogSize = body.auditLogSize as number
      c.syslogEnabled = body.syslogEnabled
      c.syslogServerIp = body.syslogServerIp ?? null
      c.syslogServerPort = body.syslogServerPort ?? null
      c.syslogRfcFormat = body.syslogRfcFormat ?? null
      const reply: Schemas['AuditConfigResponse'] = envelope(
        { ...c, syslogCertificateExpiry: iso(c.syslogCertificateExpiry) },
        'Audit configuration saved.',
      )
      return HttpResponse.json(reply)
    }),
  ),
  http.put(
    '/4.1/audit/syslogcert',
    guard(async ({ request }) => {
      const body = await readJson<Schemas['SyslogCertificateRequest']>(request)
      if (typeof body.certificate !== 'string' || !body.certificate.includes('-----BEGIN CERTIFICATE-----')) {
        throw badRequest('The syslog certificate must be a PEM certificate (-----BEGIN CERTIFICATE-----).')
      }
      getDb().auditConfig.syslogCertificateExpiry = now() + 365 * DAY
      return HttpResponse.json(message('Syslog certificate updated.'))
    }),
  ),
]
