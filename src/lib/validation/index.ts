export {
  FORBIDDEN_NAME_CHARACTERS_TEXT,
  SNAPSHOT_LABEL_MAX,
  PORT_MIN,
  PORT_MAX,
  validationKeys,
  forbiddenCharactersIn,
  isValidScvName,
  scvNameSchema,
  retentionCountSchema,
  retentionCountIssue,
  isHostOrIp,
  hostSchema,
  ipAddressSchema,
  portSchema,
  timeoutSecondsSchema,
} from './scv-rules'
export { pemCertificateIssue, type PemIssue } from './pem'
