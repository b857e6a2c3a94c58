package org.xinqiao.records.consent;

/** SERVICE consent is per modality; HEALTH_DATA is the separate PIPL Art. 29 consent; SUPERVISION lets the counsellor's supervisor read notes. */
public enum ConsentKind {
  SERVICE,
  HEALTH_DATA,
  SUPERVISION
}
