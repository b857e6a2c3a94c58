package org.xinqiao.records;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class RecordsServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(RecordsServiceApplication.class, args);
  }
}
