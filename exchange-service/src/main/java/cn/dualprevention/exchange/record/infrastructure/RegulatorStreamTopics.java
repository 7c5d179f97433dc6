package cn.dualprevention.exchange.record.infrastructure;

import cn.dualprevention.exchange.record.domain.RecordType;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

import java.util.Arrays;

/** The regulator stream topics ({@code <prefix>.<recordType>}), created at start-up when missing. */
@Configuration
class RegulatorStreamTopics {

    @Bean
    KafkaAdmin.NewTopics regulatorTopics(@Value("${dp.exchange.stream.topic-prefix:dp.regulator}") String prefix) {
        return new KafkaAdmin.NewTopics(Arrays.stream(RecordType.values())
                .map(type -> TopicBuilder.name(prefix + "." + type.specName()).partitions(3).build())
                .toArray(NewTopic[]::new));
    }
}
