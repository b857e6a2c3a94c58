package org.xinqiao.records.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.xinqiao.records.support.Journeys;
import org.xinqiao.testkit.http.Api;
import org.xinqiao.testkit.spring.XinqiaoIntegrationTest;
import tools.jackson.databind.JsonNode;

/** The hash-chained log: auditors only, concurrent writers cannot fork it, and verify finds an edited or deleted entry. */
@XinqiaoIntegrationTest
class AuditIT {

  @LocalServerPort
  int port;

  @Autowired
  MongoTemplate mongo;

  @Autowired
  AuditLog audit;

  Journeys journeys;
  Document edited;

  @BeforeEach
  void setUp() {
    journeys = new Journeys(port, mongo);
  }

  @AfterEach
  void restore() {
    if (edited != null) {
      mongo.getCollection(AuditLog.COLLECTION).replaceOne(new Document("_id", edited.get("_id")), edited,
          new com.mongodb.client.model.ReplaceOptions().upsert(true));
      edited = null;
    }
  }

  @Test
  void onlyAuditorsReadTheLog() {
    assertThat(journeys.partner("partner-a").get("/api/v1/audit").status()).isEqualTo(403);
    assertThat(journeys.anyone("ops").get("/api/v1/audit/verify").status()).isEqualTo(403);
    assertThat(journeys.auditor().get("/api/v1/audit?size=5").status()).isEqualTo(200);
  }

  @Test
  void everyEntryNamesActorRoleActionClientPurposeOutcomeTimeAndCorrelation() {
    String client = journeys.register("partner-a");
    journeys.partner("partner-a").with("X-Correlation-Id", "corr-audit-1").get("/api/v1/clients/" + client);
    JsonNode entry = journeys.auditOf(client).stream().filter(e -> "VIEW_PROFILE".equals(e.get("action").stringValue()))
        .findFirst().orElseThrow();
    assertThat(entry.get("actor").stringValue()).isEqualTo("svc-partner-a");
    assertThat(entry.get("roles").stringValue()).isEqualTo("partner");
    assertThat(entry.get("purpose").stringValue()).isEqualTo("PARTNER_SERVICE");
    assertThat(entry.get("outcome").stringValue()).isEqualTo("ALLOWED");
    assertThat(entry.get("correlationId").stringValue()).isEqualTo("corr-audit-1");
    assertThat(entry.get("at").stringValue()).endsWith("Z");
    assertThat(entry.get("hash").stringValue()).hasSize(64);
  }

  @Test
  void concurrentWritersCannotForkTheChain() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<AuditEntry>> writers = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        int n = i;
        writers.add(() -> audit.append(new AuditRecord("writer-" + n, "test", "VIEW_PROFILE", "c-" + n, "OTHER",
            AuditRecord.Outcome.ALLOWED, "permitted", null, null)));
      }
      List<Long> seqs = new ArrayList<>();
      for (Future<AuditEntry> f : pool.invokeAll(writers)) {
        seqs.add(f.get().seq());
      }
      assertThat(seqs).doesNotHaveDuplicates();
    } finally {
      pool.shutdownNow();
    }
    JsonNode verify = journeys.auditor().get("/api/v1/audit/verify").json();
    assertThat(verify.get("valid").booleanValue()).as(verify.toString()).isTrue();
  }

  @Test
  void verifyDetectsAnEditedEntry() {
    String client = journeys.register("partner-a");
    journeys.partner("partner-b").get("/api/v1/clients/" + client);
    assertThat(journeys.auditor().get("/api/v1/audit/verify").json().get("valid").booleanValue()).isTrue();

    Document denied = mongo.getCollection(AuditLog.COLLECTION)
        .find(new Document("clientId", client).append("outcome", "DENIED")).first();
    edited = denied;
    mongo.getCollection(AuditLog.COLLECTION).updateOne(new Document("_id", denied.get("_id")),
        new Document("$set", new Document("outcome", "ALLOWED")));

    Api.Response r = journeys.auditor().get("/api/v1/audit/verify");
    assertThat(r.json().get("valid").booleanValue()).isFalse();
    assertThat(r.json().get("firstBrokenSeq").asLong()).isEqualTo(denied.get("seq", Number.class).longValue());
  }

  @Test
  void retentionRemovesOldEntriesAndTheChainStillVerifiesFromItsAnchor() {
    journeys.register("partner-a");
    long before = mongo.getCollection(AuditLog.COLLECTION).countDocuments();
    java.time.Clock later = java.time.Clock.offset(java.time.Clock.systemUTC(), java.time.Duration.ofDays(401));
    AuditLog inTheFuture = new AuditLog(mongo, later, new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
    assertThat(inTheFuture.sweep(java.time.Duration.ofDays(400))).isEqualTo((int) before);
    assertThat(mongo.getCollection(AuditLog.COLLECTION).countDocuments()).isZero();
    assertThat(journeys.auditor().get("/api/v1/audit/verify").json().get("valid").booleanValue()).isTrue();
    String client = journeys.register("partner-a");
    journeys.partner("partner-a").get("/api/v1/clients/" + client);
    JsonNode verify = journeys.auditor().get("/api/v1/audit/verify").json();
    assertThat(verify.get("valid").booleanValue()).as(verify.toString()).isTrue();
    assertThat(verify.get("checked").asInt()).isEqualTo(2);
  }

  @Test
  void verifyDetectsADeletedEntry() {
    String client = journeys.register("partner-a");
    journeys.partner("partner-a").get("/api/v1/clients/" + client);
    journeys.partner("partner-a").get("/api/v1/clients/" + client);
    Document first = mongo.getCollection(AuditLog.COLLECTION).find(new Document("clientId", client)
        .append("action", "VIEW_PROFILE")).first();
    edited = first;
    mongo.getCollection(AuditLog.COLLECTION).deleteOne(new Document("_id", first.get("_id")));
    JsonNode verify = journeys.auditor().get("/api/v1/audit/verify").json();
    assertThat(verify.get("valid").booleanValue()).isFalse();
    assertThat(verify.get("firstBrokenSeq").asLong()).isEqualTo(first.get("seq", Number.class).longValue());
  }
}
