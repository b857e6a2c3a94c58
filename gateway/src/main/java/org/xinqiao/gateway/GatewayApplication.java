package org.xinqiao.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.xinqiao.gateway.web.ReactorNettyKeepAlive;

@SpringBootApplication
public class GatewayApplication {

  static {
    // before the web server's classes load, whichever way the application is started
    ReactorNettyKeepAlive.apply();
  }

  public static void main(String[] args) {
    SpringApplication.run(GatewayApplication.class, args);
  }
}
