package cn.dualprevention.platform;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A minimal service built on the chassis, for the chassis' own tests. */
@SpringBootApplication
public class TestApplication {
}
