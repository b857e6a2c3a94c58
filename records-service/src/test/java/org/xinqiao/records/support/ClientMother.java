package org.xinqiao.records.support;

import java.time.Instant;
import java.util.List;
import org.xinqiao.records.client.AgeGroup;
import org.xinqiao.records.client.Client;
import org.xinqiao.records.client.Identity;

/** Object Mother of clients and their identities. */
public final class ClientMother {

  public static final Instant REGISTERED = Instant.parse("2026-03-10T01:20:00Z");

  private ClientMother() {}

  public static Client tibetanTeenager(String id, String partnerId) {
    return Client.register(id, partnerId, "ref-" + id, "540000", List.of("bo", "zh"), AgeGroup.ADOLESCENT, null, REGISTERED);
  }

  public static Identity tibetanTeenagerIdentity() {
    return new Identity("次仁卓玛", "13912345678", "拉萨市城关区",
        new Identity.EmergencyContact("扎西", "13887654321", "father"));
  }
}
