package org.xinqiao.contracts.records;

/** What a consent covers; only {@link #SERVICE} consents name a modality. */
public enum ConsentKind {
  SERVICE,
  HEALTH_DATA,
  SUPERVISION
}
