package org.xinqiao.testkit.mongo;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import org.testcontainers.mongodb.MongoDBContainer;
import org.xinqiao.testkit.support.Infra;

/**
 * A MongoDB endpoint shared by every test of this JVM: the in-JVM MongoDB wire server (no
 * multi-document transactions, no change streams, which the services never rely on), or MongoDB 7
 * as a single-node replica set in a container where Docker answers.
 */
public final class MongoStore {

  private static volatile MongoStore shared;

  private final String baseUri;
  private final boolean wireServer;

  private MongoStore(String baseUri, boolean wireServer) {
    this.baseUri = baseUri;
    this.wireServer = wireServer;
  }

  public static MongoStore shared() {
    MongoStore s = shared;
    if (s == null) {
      synchronized (MongoStore.class) {
        if (shared == null) {
          shared = Infra.mode() == Infra.Mode.CONTAINERS ? container() : wire();
        }
        s = shared;
      }
    }
    return s;
  }

  private static MongoStore wire() {
    MongoServer server = new MongoServer(new MemoryBackend());
    InetSocketAddress address = server.bind();
    Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow, "mongo-wire-stop"));
    return new MongoStore("mongodb://127.0.0.1:" + address.getPort(), true);
  }

  private static MongoStore container() {
    MongoDBContainer container = new MongoDBContainer("mongo:7.0");
    container.start();
    String uri = container.getReplicaSetUrl();
    int slash = uri.indexOf('/', "mongodb://".length());
    return new MongoStore(slash > 0 ? uri.substring(0, slash) : uri, false);
  }

  /** A connection string to the named database. */
  public String uri(String database) {
    return baseUri + "/" + database;
  }

  /** True on the in-JVM wire server, which lacks the {@code hello} command Boot's health check uses. */
  public boolean wireServer() {
    return wireServer;
  }
}
