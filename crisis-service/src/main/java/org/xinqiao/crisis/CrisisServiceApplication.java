package org.xinqiao.crisis;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CrisisServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(CrisisServiceApplication.class, args);
  }
}
