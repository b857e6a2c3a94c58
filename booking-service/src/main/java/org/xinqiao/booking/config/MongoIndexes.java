package org.xinqiao.booking.config;

import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.xinqiao.booking.availability.SlotClaims;
import org.xinqiao.booking.booking.BookingStore;

/**
 * Indexes created at start-up. The unique one on the idempotency key is what makes a retried POST
 * create nothing new; slot claims are unique by their primary key.
 */
@Configuration
class MongoIndexes {

  @Bean
  ApplicationRunner bookingIndexes(MongoTemplate mongo) {
    return args -> {
      var bookings = mongo.indexOps(BookingStore.COLLECTION);
      bookings.createIndex(new Index().on("idempotency.scope", Sort.Direction.ASC).on("idempotency.key", Sort.Direction.ASC)
          .unique().named("idempotency_unique"));
      bookings.createIndex(new Index().on("clientId", Sort.Direction.ASC).on("slotStart", Sort.Direction.ASC));
      bookings.createIndex(new Index().on("partnerId", Sort.Direction.ASC).on("slotStart", Sort.Direction.ASC));
      bookings.createIndex(new Index().on("counselorId", Sort.Direction.ASC).on("slotStart", Sort.Direction.ASC));
      bookings.createIndex(new Index().on("clinicId", Sort.Direction.ASC).on("slotStart", Sort.Direction.ASC));
      mongo.indexOps(SlotClaims.COLLECTION).createIndex(
          new Index().on("counselorId", Sort.Direction.ASC).on("start", Sort.Direction.ASC));
    };
  }
}
