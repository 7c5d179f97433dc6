package cn.dualprevention.hazard;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** hazard-service — hidden hazards from registration to accepted closure (隐患治理). */
@SpringBootApplication
public class HazardServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(HazardServiceApplication.class, args);
    }
}
