package org.xinqiao.launcher;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The MongoDB wire protocol server for a machine without mongod, persisting to one file so data
 * survives restarts. Usage: {@code MongoWire <port> <data file>}. Binds to loopback only.
 */
public final class MongoWire {

  private MongoWire() {}

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args.length > 0 ? args[0] : "27017");
    Path file = Path.of(args.length > 1 ? args[1] : "data/mongo/xinqiao.mv").toAbsolutePath();
    Files.createDirectories(file.getParent());
    H2Backend backend = new H2Backend(file.toString());
    MongoServer server = new MongoServer(backend);
    server.bind("127.0.0.1", port);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.shutdown();
      stopped.countDown();
    }, "mongo-wire-stop"));
    System.out.println("MongoDB wire server on 127.0.0.1:" + port + ", data in " + file);
    stopped.await();
  }
}
