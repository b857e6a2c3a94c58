package org.xinqiao.records.client;

import java.util.LinkedHashMap;
import java.util.Map;
import org.xinqiao.records.crypto.FieldCipher;
import org.xinqiao.records.crypto.WrappedKey;

/** Seals each identity field separately under the client's data key, with the field name bound in. */
final class IdentityCodec {

  static final String REAL_NAME = "realName";
  static final String PHONE = "phone";
  static final String LOCATION = "location";
  static final String EC_NAME = "emergencyContact.name";
  static final String EC_PHONE = "emergencyContact.phone";
  static final String EC_RELATIONSHIP = "emergencyContact.relationship";

  private IdentityCodec() {}

  static Map<String, String> seal(FieldCipher cipher, WrappedKey key, String clientId, Identity identity) {
    Map<String, String> sealed = new LinkedHashMap<>();
    if (identity == null) {
      return sealed;
    }
    put(sealed, cipher, key, clientId, REAL_NAME, identity.realName());
    put(sealed, cipher, key, clientId, PHONE, identity.phone());
    put(sealed, cipher, key, clientId, LOCATION, identity.location());
    if (identity.emergencyContact() != null) {
      put(sealed, cipher, key, clientId, EC_NAME, identity.emergencyContact().name());
      put(sealed, cipher, key, clientId, EC_PHONE, identity.emergencyContact().phone());
      put(sealed, cipher, key, clientId, EC_RELATIONSHIP, identity.emergencyContact().relationship());
    }
    return sealed;
  }

  static Identity open(FieldCipher cipher, WrappedKey key, String clientId, Map<String, String> sealed) {
    if (sealed == null || sealed.isEmpty()) {
      return Identity.NONE;
    }
    String ecName = get(sealed, cipher, key, clientId, EC_NAME);
    String ecPhone = get(sealed, cipher, key, clientId, EC_PHONE);
    String ecRel = get(sealed, cipher, key, clientId, EC_RELATIONSHIP);
    Identity.EmergencyContact contact = ecName == null && ecPhone == null && ecRel == null ? null
        : new Identity.EmergencyContact(ecName, ecPhone, ecRel);
    return new Identity(get(sealed, cipher, key, clientId, REAL_NAME), get(sealed, cipher, key, clientId, PHONE),
        get(sealed, cipher, key, clientId, LOCATION), contact);
  }

  private static void put(Map<String, String> sealed, FieldCipher cipher, WrappedKey key, String clientId, String field,
      String value) {
    if (value != null && !value.isBlank()) {
      sealed.put(field.replace('.', '_'), cipher.encrypt(key, clientId, field, value));
    }
  }

  private static String get(Map<String, String> sealed, FieldCipher cipher, WrappedKey key, String clientId,
      String field) {
    return cipher.decrypt(key, clientId, field, sealed.get(field.replace('.', '_')));
  }
}
