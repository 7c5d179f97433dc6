package cn.dualprevention.exchange.delivery.infrastructure;

import cn.dualprevention.exchange.delivery.application.DeliverySettings;
import cn.dualprevention.exchange.receiver.application.ReceiverSettings;
import cn.dualprevention.exchange.record.domain.RecordType;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

import java.util.Arrays;

/** Delivery settings, and the default stream receiver's topics ({@code <prefix>.<recordType>}), created when missing. */
@Configuration
@EnableConfigurationProperties({DeliverySettings.class, ReceiverSettings.class})
class DeliveryConfig {

    @Bean
    KafkaAdmin.NewTopics regulatorTopics(ReceiverSettings settings) {
        return new KafkaAdmin.NewTopics(Arrays.stream(RecordType.values())
                .map(type -> TopicBuilder.name(settings.stream().topicPrefix() + "." + type.specName()).partitions(3).build())
                .toArray(NewTopic[]::new));
    }
}
