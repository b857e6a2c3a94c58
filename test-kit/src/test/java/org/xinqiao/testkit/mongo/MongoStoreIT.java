package org.xinqiao.testkit.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** What the services rely on from the store: unique keys and single-document conditional updates. */
class MongoStoreIT {

  @Test
  void uniqueIndexRefusesASecondClaim() {
    try (MongoClient client = MongoClients.create(MongoStore.shared().uri("testkit"))) {
      MongoCollection<Document> claims = client.getDatabase("testkit").getCollection("claims");
      claims.createIndex(Indexes.ascending("slot"), new IndexOptions().unique(true));
      claims.insertOne(new Document("slot", "c1@2026-12-01T02:00Z"));
      assertThatThrownBy(() -> claims.insertOne(new Document("slot", "c1@2026-12-01T02:00Z")))
          .isInstanceOf(MongoWriteException.class)
          .satisfies(e -> assertThat(((MongoWriteException) e).getError().getCode()).isEqualTo(11000));
    }
  }

  @Test
  void exactlyOneOfEightRacingConditionalUpdatesWins() throws Exception {
    try (MongoClient client = MongoClients.create(MongoStore.shared().uri("testkit"))) {
      MongoCollection<Document> leases = client.getDatabase("testkit").getCollection("leases");
      leases.insertOne(new Document("_id", "case-1").append("owner", null));
      ExecutorService pool = Executors.newFixedThreadPool(8);
      List<Callable<Boolean>> racers = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        String me = "instance-" + i;
        racers.add(() -> leases.findOneAndUpdate(Filters.and(Filters.eq("_id", "case-1"), Filters.eq("owner", null)),
            Updates.set("owner", me)) != null);
      }
      int winners = 0;
      for (Future<Boolean> f : pool.invokeAll(racers)) {
        winners += f.get() ? 1 : 0;
      }
      pool.shutdown();
      assertThat(winners).isEqualTo(1);
    }
  }
}
