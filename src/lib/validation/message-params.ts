import {
  FORBIDDEN_NAME_CHARACTERS_TEXT,
  PORT_MAX,
  PORT_MIN,
  RETENTION_MAX,
  RETENTION_MIN,
  RETENTION_MIN_WITH_SNAPVAULT,
  SNAPSHOT_LABEL_MAX,
} from './scv-rules'

/** The limits every validation message may mention, so the text and the rule can never disagree. */
export const validationMessageParams = {
  forbidden: FORBIDDEN_NAME_CHARACTERS_TEXT,
  retentionMin: RETENTION_MIN,
  retentionMax: RETENTION_MAX,
  snapVaultMin: RETENTION_MIN_WITH_SNAPVAULT,
  labelMax: SNAPSHOT_LABEL_MAX,
  portMin: PORT_MIN,
  portMax: PORT_MAX,
}
