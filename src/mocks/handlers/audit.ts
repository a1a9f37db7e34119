import { HttpResponse } from 'msw'
import { DAY, now } from '../model/clock'
import { getDb } from '../model/db'
import { badRequest, found, SimError } from '../model/errors'
import {
  applyAuditRetention,
  fileText,
  isGone,
  parseAuditLine,
  recordAudit,
  verifyAuditFiles,
} from '../model/audit'
import { checkCertificatePem, checkHostName, checkPort } from '../model/rules'
import type { AuditFileRecord } from '../model/types'
import { actor, envelope, guard, http, iso, message, readJson, type Schemas } from './http'

function presentFile(f: AuditFileRecord): Schemas['AuditLogFile'] {
  const first = f.lines[0]
  const last = f.lines.at(-1)
  return {
    fileName: f.fileName,
    size: f.sizeBytes,
    modifiedTime: new Date(f.modifiedAt).toISOString(),
    firstEntryTime: first ? parseAuditLine(first).timestamp : null,
    lastEntryTime: last ? parseAuditLine(last).timestamp : null,
    integrityStatus: f.integrity,
    lastVerifiedTime: iso(f.lastVerifiedAt),
  }
}

function presentConfig(): Schemas['AuditConfig'] {
  const c = getDb().auditConfig
  return { ...c, syslogCertificateExpiry: iso(c.syslogCertificateExpiry) }
}

/** A client asking for the file itself (download) rather than its JSON reading. */
function wantsFile(request: Request): boolean {
  const accept = request.headers.get('Accept') ?? ''
  return /text\/plain|application\/octet-stream/.test(accept) && !/^application\/json/.test(accept)
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
    guard(({ params, request }) => {
      const file = found(
        getDb().auditFiles.find((f) => f.fileName === params.filename),
        'Audit log file',
        params.filename,
      )
      if (isGone(file))
        throw new SimError(
          404,
          `Audit log file '${file.fileName}' is no longer on the appliance (${file.integrity}).`,
        )
      if (wantsFile(request)) {
        // Rolled files are stored compressed; the simulator keeps and sends them as plain text.
        const name = file.fileName.replace(/\.gz$/, '')
        return new HttpResponse(fileText(file), {
          headers: {
            'Content-Type': 'text/plain; charset=utf-8',
            'Content-Disposition': `attachment; filename="${name}"`,
          },
        })
      }
      const reply: Schemas['AuditLogFileDetailResponse'] = envelope({
        ...presentFile(file),
        checksum: file.sealedHash,
        entries: file.lines.map((raw) => ({ raw, ...parseAuditLine(raw) })),
      })
      return HttpResponse.json(reply)
    }),
  ),
  http.post('/4.1/audit/verify', ({ request }) => {
    const files = verifyAuditFiles(getDb(), actor(request))
    const reply: Schemas['AuditLogFileListResponse'] = envelope(
      { auditLogResponseList: files.map(presentFile) },
      'Audit log verification completed.',
    )
    return HttpResponse.json(reply)
  }),
  http.get('/4.1/audit/config', () => {
    const reply: Schemas['AuditConfigResponse'] = envelope(presentConfig())
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
        const hostError = checkHostName('Syslog server', body.syslogServerIp)
        if (hostError) throw badRequest(hostError)
        const portError = checkPort('Syslog server port', body.syslogServerPort)
        if (portError) throw badRequest(portError)
        if (body.syslogRfcFormat !== 'RFC_5424' && body.syslogRfcFormat !== 'RFC_3164')
          throw badRequest('syslogRfcFormat must be RFC_5424 or RFC_3164.')
      }
      const db = getDb()
      const c = db.auditConfig
      c.auditMaxROFiles = body.auditMaxROFiles as number
      c.auditLogSize = body.auditLogSize as number
      c.syslogEnabled = body.syslogEnabled
      c.syslogServerIp = body.syslogServerIp ?? null
      c.syslogServerPort = body.syslogServerPort ?? null
      c.syslogRfcFormat = body.syslogRfcFormat ?? null
      applyAuditRetention(db)
      recordAudit(db, {
        user: actor(request),
        event: 'Audit Settings Modify',
        object: null,
        message: `Audit settings saved: ${c.auditMaxROFiles} files of ${c.auditLogSize} MB, syslog ${c.syslogEnabled ? `to ${c.syslogServerIp}:${c.syslogServerPort}` : 'off'}.`,
      })
      const reply: Schemas['AuditConfigResponse'] = envelope(presentConfig(), 'Audit configuration saved.')
      return HttpResponse.json(reply)
    }),
  ),
  http.put(
    '/4.1/audit/syslogcert',
    guard(async ({ request }) => {
      const body = await readJson<Schemas['SyslogCertificateRequest']>(request)
      const error = checkCertificatePem(body.certificate)
      if (error) throw badRequest(error)
      const db = getDb()
      db.auditConfig.syslogCertificateExpiry = now() + 365 * DAY
      recordAudit(db, {
        user: actor(request),
        event: 'Syslog Certificate Update',
        object: null,
        message: 'Syslog server certificate updated.',
      })
      return HttpResponse.json(message('Syslog certificate updated.'))
    }),
  ),
]
