package cn.dualprevention.platform.config;

import com.mongodb.MongoException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.util.backoff.ExponentialBackOff;
import tools.jackson.core.JacksonException;

/**
 * What happens when applying an event fails. An outage of the database is waited out (retried
 * without end: nothing accepted may be lost); a bug or bad data is retried a few times and then the
 * event is parked on {@code <topic>-dlt}; an unreadable record goes there at once.
 */
final class EventErrorHandling {

    private EventErrorHandling() {
    }

    static DefaultErrorHandler errorHandler(KafkaTemplate<String, String> kafka, int handlerRetries) {
        ExponentialBackOffWithMaxRetries limited = new ExponentialBackOffWithMaxRetries(handlerRetries);
        limited.setInitialInterval(200);
        limited.setMultiplier(2);
        limited.setMaxInterval(5_000);
        ExponentialBackOff unlimited = new ExponentialBackOff(500, 2);
        unlimited.setMaxInterval(10_000);
        DefaultErrorHandler handler = new DefaultErrorHandler(new DeadLetterPublishingRecoverer(kafka), limited);
        handler.setBackOffFunction((record, ex) -> isOutage(ex) ? unlimited : limited);
        handler.addNotRetryableExceptions(JacksonException.class);
        return handler;
    }

    static boolean isOutage(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessException
                    || t instanceof MongoSocketException || t instanceof MongoTimeoutException
                    || (t instanceof MongoException m && m.hasErrorLabel(MongoException.TRANSIENT_TRANSACTION_ERROR_LABEL))) {
                return true;
            }
        }
        return false;
    }
}
