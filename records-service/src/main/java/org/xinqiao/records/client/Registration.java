package org.xinqiao.records.client;

import java.util.List;

/** What a partner sends to register a client; identity is optional. */
public record Registration(String partnerRef, String provinceCode, List<String> languages, AgeGroup ageGroup,
    String gender, Identity identity) {}
