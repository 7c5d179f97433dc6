package cn.dualprevention.exchange.delivery.infrastructure;

import cn.dualprevention.exchange.delivery.application.PhotoSettings;
import cn.dualprevention.exchange.delivery.domain.PhotoAttachments;
import cn.dualprevention.exchange.delivery.domain.PhotoReencoder;
import cn.dualprevention.exchange.delivery.domain.PhotoSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Photos of hidden-danger records: fetched ({@link HttpPhotoSource}), re-encoded when needed, within {@code max-size}. */
@Configuration
@EnableConfigurationProperties(PhotoSettings.class)
class PhotoConfig {

    @Bean
    PhotoAttachments photoAttachments(PhotoSource source, PhotoReencoder reencoder, PhotoSettings settings) {
        return new PhotoAttachments(source, reencoder, settings.maxSize().toBytes());
    }
}
