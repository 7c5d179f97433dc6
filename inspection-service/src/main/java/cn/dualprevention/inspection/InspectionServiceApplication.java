package cn.dualprevention.inspection;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** inspection-service — inspection tasks, cycles and records (隐患排查). */
@SpringBootApplication
public class InspectionServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(InspectionServiceApplication.class, args);
    }
}
