package org.xinqiao.kit.sample;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A minimal service built on the kit, to test what every real service gets from it. */
@SpringBootApplication
public class SampleApplication {}
