import type { components } from '../../api/schema'
import { badRequest, found } from './errors'
import type { SimulatorDb, StorageSystemRecord } from './types'

type StorageSystemRequest = Partial<components['schemas']['StorageSystemRequest']>

const HOST_OR_IP =
  /^(?=.{1,253}$)[A-Za-z0-9_]([A-Za-z0-9_-]*[A-Za-z0-9_])?(\.[A-Za-z0-9_]([A-Za-z0-9_-]*[A-Za-z0-9_])?)*$/

/**
 * Storage system names are FQDNs or management-LIF addresses, so they are checked as host names rather than with
 * the object-name rule (which forbids the `-` and `.` every FQDN has).
 */
function checkConnection(body: StorageSystemRequest): void {
  if (typeof body.name !== 'string' || !HOST_OR_IP.test(body.name)) {
    throw badRequest(`Storage system '${String(body.name ?? '')}' must be a host name, FQDN or IP address.`)
  }
  if (body.protocol !== 'HTTPS' && body.protocol !== 'HTTP')
    throw badRequest('Protocol must be HTTPS or HTTP.')
  if (typeof body.port !== 'number' || !Number.isInteger(body.port) || body.port < 1 || body.port > 65535) {
    throw badRequest('Port must be a number between 1 and 65535.')
  }
  if (typeof body.timeout !== 'number' || !Number.isInteger(body.timeout) || body.timeout < 1) {
    throw badRequest('Timeout must be a whole number of seconds, at least 1.')
  }
  if (body.authenticationMethod === 'CERTIFICATE') {
    if (!body.certificate || !body.privateKey)
      throw badRequest('Certificate authentication needs a certificate and a private key.')
  } else if (body.authenticationMethod === 'CREDENTIALS') {
    if (!body.username || !body.password)
      throw badRequest('Credentials authentication needs a user name and a password.')
  } else {
    throw badRequest('Authentication method must be CREDENTIALS or CERTIFICATE.')
  }
}

/** A cluster management LIF is recognised by its name; the simulator cannot ask ONTAP. */
function looksLikeCluster(name: string): boolean {
  return /cluster|ontap/i.test(name.split('.')[0] ?? '')
}

/** The GUI's display name: the short host name, or the address itself. */
function shortName(name: string): string {
  return /^[\d.]+$/.test(name) || name.includes(':') ? name : (name.split('.')[0] ?? name)
}

function fill(record: StorageSystemRecord, body: StorageSystemRequest): void {
  record.displayName = body.displayName || record.displayName || shortName(record.name)
  record.protocol = body.protocol ?? record.protocol
  record.port = body.port ?? record.port
  record.authMethod = body.authenticationMethod ?? record.authMethod
  record.username = body.authenticationMethod === 'CERTIFICATE' ? null : (body.username ?? record.username)
  record.timeoutSeconds = body.timeout ?? record.timeoutSeconds
  record.preferredIp = body.preferredIp ?? null
  record.logEventsToSyslog = body.logEventsToSyslog ?? record.logEventsToSyslog
  record.sendAutoSupport = body.sendAsupOnFailure ?? record.sendAutoSupport
}

/** Adds a cluster (with two implicit SVMs, as ONTAP discovery would) or a single SVM. */
export function addStorageSystem(db: SimulatorDb, body: StorageSystemRequest): StorageSystemRecord {
  checkConnection(body)
  const name = body.name as string
  if (db.storageSystems.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
    throw badRequest(`Storage system '${name}' already exists.`)
  }
  const cluster = looksLikeCluster(name)
  const record: StorageSystemRecord = {
    id: db.nextId.storage++,
    name,
    displayName: '',
    kind: cluster ? 'ONTAP_CLUSTER' : 'ONTAP_SVM',
    implicit: false,
    protocol: 'HTTPS',
    port: 443,
    username: null,
    authMethod: 'CREDENTIALS',
    timeoutSeconds: 60,
    preferredIp: null,
    ontapVersion: '9.14.1',
    logEventsToSyslog: false,
    sendAutoSupport: true,
  }
  fill(record, body)
  db.storageSystems.push(record)
  if (cluster) {
    const short = name.split('.')[0] ?? name
    for (const suffix of ['svm1', 'svm2']) {
      db.storageSystems.push({
        ...record,
        id: db.nextId.storage++,
        name: `${short.replace(/[^A-Za-z0-9_]/g, '_')}_${suffix}`,
        displayName: `${short}_${suffix}`,
        kind: 'ONTAP_SVM',
        implicit: true,
        clusterName: record.displayName,
        username: null,
      })
    }
  }
  return record
}

/** Modifies the storage system named in the body; editing an implicit SVM makes it explicit. */
export function modifyStorageSystem(db: SimulatorDb, body: StorageSystemRequest): StorageSystemRecord {
  const record = found(
    db.storageSystems.find((s) => s.name === body.name),
    'Storage system',
    String(body.name ?? ''),
  )
  checkConnection(body)
  fill(record, body)
  record.implicit = false
  return record
}

/** Records an SVM rename so old backups can be restored (W2b). */
export function renameStorageSystem(db: SimulatorDb, oldName: unknown, newName: unknown): void {
  if (typeof oldName !== 'string' || typeof newName !== 'string' || newName.trim() === '') {
    throw badRequest('Both existingSVM.name and newSVM.name are required.')
  }
  const record = found(
    db.storageSystems.find((s) => s.name === oldName),
    'Storage system',
    oldName,
  )
  if (db.storageSystems.some((s) => s.name === newName))
    throw badRequest(`Storage system '${newName}' already exists.`)
  record.name = newName
  if (record.displayName === oldName) record.displayName = newName
  for (const ds of db.datastores) if (ds.svm === oldName) ds.svm = newName
}

/** Removes a storage system (a cluster takes its SVMs along); refused while a backup is mounted from it. */
export function deleteStorageSystem(db: SimulatorDb, name: unknown): void {
  const record = found(
    db.storageSystems.find((s) => s.name === name),
    'Storage system',
    String(name ?? ''),
  )
  const removed = new Set(
    db.storageSystems
      .filter(
        (s) => s === record || (record.kind === 'ONTAP_CLUSTER' && s.clusterName === record.displayName),
      )
      .map((s) => s.name),
  )
  const mounted = db.datastores.find((d) => d.mount && removed.has(d.svm))
  if (mounted) {
    throw badRequest(
      `Datastore '${mounted.name}' is mounted from a backup on '${mounted.svm}'. Unmount it first.`,
    )
  }
  db.storageSystems = db.storageSystems.filter((s) => !removed.has(s.name))
}
