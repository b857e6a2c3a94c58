package org.xinqiao.records.client;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A pseudonymous client registered by a partner app. Identity lives elsewhere, encrypted; this
 * aggregate holds only what matching and reporting may know, and the erasure state.
 */
public final class Client {

  private static final Pattern PROVINCE = Pattern.compile("[1-8][0-9]0000");

  /** Lifecycle: active until erased; erasure is final. */
  public enum Status {
    ACTIVE,
    ERASED
  }

  private final String id;
  private final String partnerId;
  private final String partnerRef;
  private final String provinceCode;
  private final List<String> languages;
  private final AgeGroup ageGroup;
  private final String gender;
  private final Instant registeredAt;
  private Status status;
  private Instant erasedAt;

  public Client(String id, String partnerId, String partnerRef, String provinceCode, List<String> languages,
      AgeGroup ageGroup, String gender, Instant registeredAt, Status status, Instant erasedAt) {
    this.id = Objects.requireNonNull(id);
    this.partnerId = Objects.requireNonNull(partnerId);
    this.partnerRef = partnerRef;
    this.provinceCode = provinceCode;
    this.languages = languages == null ? List.of() : List.copyOf(languages);
    this.ageGroup = ageGroup;
    this.gender = gender;
    this.registeredAt = registeredAt;
    this.status = status;
    this.erasedAt = erasedAt;
  }

  public static Client register(String id, String partnerId, String partnerRef, String provinceCode,
      List<String> languages, AgeGroup ageGroup, String gender, Instant now) {
    if (partnerId == null || partnerId.isBlank()) {
      throw ClientRefused.invalid("partner-unknown", "The access token names no partner.");
    }
    if (provinceCode == null || !PROVINCE.matcher(provinceCode).matches()) {
      throw ClientRefused.invalid("province-code-invalid", "A province is given by its GB/T 2260 code, e.g. 540000.");
    }
    if (languages == null || languages.isEmpty()) {
      throw ClientRefused.invalid("languages-missing", "Name at least one language the client speaks.");
    }
    return new Client(id, partnerId, partnerRef, provinceCode, languages, ageGroup, gender, now, Status.ACTIVE, null);
  }

  /** Erases: refused while a crisis case is open (legal hold); the caller then destroys the data key. */
  public Client erase(boolean crisisCaseOpen, Instant now) {
    if (status == Status.ERASED) {
      throw ClientRefused.erased(id);
    }
    if (crisisCaseOpen) {
      throw ClientRefused.legalHold(id);
    }
    status = Status.ERASED;
    erasedAt = now;
    return this;
  }

  public boolean isErased() {
    return status == Status.ERASED;
  }

  public String id() {
    return id;
  }

  public String partnerId() {
    return partnerId;
  }

  public String partnerRef() {
    return partnerRef;
  }

  public String provinceCode() {
    return provinceCode;
  }

  public List<String> languages() {
    return languages;
  }

  public AgeGroup ageGroup() {
    return ageGroup;
  }

  public String gender() {
    return gender;
  }

  public Instant registeredAt() {
    return registeredAt;
  }

  public Status status() {
    return status;
  }

  public Instant erasedAt() {
    return erasedAt;
  }
}
