package org.xinqiao.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Events carry ids, codes, levels and times: never identifying or clinical content. */
class PayloadPrivacyTest {

  private static final List<String> FORBIDDEN_FRAGMENTS = List.of(
      "name", "phone", "mobile", "email", "address", "answer", "note", "content", "text", "comment",
      "idcard", "birth", "emergencycontact", "diagnos");

  private static final Set<Class<?>> ALLOWED_VALUE_TYPES = Set.of(
      String.class, Instant.class, LocalDate.class, int.class, Integer.class, boolean.class,
      Boolean.class);

  @Test
  void noPayloadFieldNameSuggestsIdentifyingOrClinicalContent() {
    List<String> offending = new ArrayList<>();
    for (EventType type : EventTypes.all()) {
      offending.addAll(suspiciousFields(type.payloadClass()));
    }

    assertThat(offending).isEmpty();
  }

  @Test
  void payloadsHoldOnlyIdsCodesLevelsAndTimes() {
    List<String> offending = new ArrayList<>();
    for (EventType type : EventTypes.all()) {
      offending.addAll(fieldsOfUnexpectedType(type.payloadClass()));
    }

    assertThat(offending).isEmpty();
  }

  @Test
  void spotsALeakyRecord() {
    record Leaky(String clientId, String guardianPhone, Nested nested) {
    }

    assertThat(suspiciousFields(Leaky.class))
        .containsExactly("Leaky.guardianPhone", "Nested.freeText", "Nested.idCardNumber");
    assertThat(fieldsOfUnexpectedType(Leaky.class)).containsExactly("Nested.score");
  }

  record Nested(String freeText, String idCardNumber, double score) {
  }

  private static List<String> suspiciousFields(Class<?> recordClass) {
    List<String> found = new ArrayList<>();
    for (RecordComponent component : recordClass.getRecordComponents()) {
      String name = component.getName().toLowerCase(Locale.ROOT);
      if (FORBIDDEN_FRAGMENTS.stream().anyMatch(name::contains)) {
        found.add(recordClass.getSimpleName() + "." + component.getName());
      }
      if (component.getType().isRecord()) {
        found.addAll(suspiciousFields(component.getType()));
      }
    }
    return found;
  }

  private static List<String> fieldsOfUnexpectedType(Class<?> recordClass) {
    List<String> found = new ArrayList<>();
    for (RecordComponent component : recordClass.getRecordComponents()) {
      Class<?> type = component.getType();
      if (type.isRecord()) {
        found.addAll(fieldsOfUnexpectedType(type));
      } else if (!allowed(type) && !isListOfAllowed(type, component.getGenericType())) {
        found.add(recordClass.getSimpleName() + "." + component.getName());
      }
    }
    return found;
  }

  private static boolean allowed(Class<?> type) {
    return ALLOWED_VALUE_TYPES.contains(type) || type.isEnum();
  }

  private static boolean isListOfAllowed(Class<?> type, Type genericType) {
    return type == List.class
        && genericType instanceof ParameterizedType parameterized
        && parameterized.getActualTypeArguments()[0] instanceof Class<?> element
        && allowed(element);
  }
}
