package org.xinqiao.matching.counselor;

/**
 * A counsellor's stored state changed (status, licence or availability); published in-process so
 * that matching refreshes its index. {@code supplyGrew}: the change may help waiting requests.
 */
public record CounselorChanged(String counselorId, boolean supplyGrew) {}
