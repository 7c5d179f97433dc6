package cn.dualprevention.exchange.delivery.infrastructure;

import cn.dualprevention.exchange.delivery.domain.BatchAnswer;
import cn.dualprevention.exchange.delivery.domain.RecordTransport;
import cn.dualprevention.exchange.delivery.domain.WireRecord;
import cn.dualprevention.exchange.receiver.domain.HttpBatchProfile;
import cn.dualprevention.exchange.receiver.domain.Receiver;
import cn.dualprevention.exchange.receiver.domain.ReceiverSecrets;
import cn.dualprevention.exchange.record.domain.RecordType;
import cn.dualprevention.platform.events.EventJson;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * http-batch: {@code POST {baseUrl}{path}} with {@code Authorization: Basic base64(user:password)} and
 * {@code {"datas": base64(AES-128-CBC/PKCS5Padding(UTF-8 JSON array))}} under the enterprise's key and IV. The
 * answer is read and classified ({@link HubAnswers}); an I/O error or a timeout is a fault of the receiver.
 * One request per receiver at a time (the delivery loop), so no thread piles up behind a slow receiver.
 */
@Component
class HttpBatchTransport implements RecordTransport {

    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();

    HttpBatchTransport(EventJson json) {
        this.json = json.mapper();
    }

    @Override
    public boolean serves(Receiver receiver) {
        return receiver.profile() instanceof HttpBatchProfile;
    }

    @Override
    public BatchAnswer send(Receiver receiver, RecordType type, List<WireRecord> records) {
        HttpBatchProfile profile = (HttpBatchProfile) receiver.profile();
        ReceiverSecrets secrets = receiver.secrets();
        if (secrets == null || secrets.aesKey() == null || secrets.aesIv() == null) {
            return new BatchAnswer.Refused("the receiver's secrets are not available (credentials or master key missing)");
        }
        byte[] body;
        try {
            // {"datas":"<base64>"} written as bytes at once: base64 needs no escaping, and a batch with photos is large
            body = ("{\"datas\":\"" + encrypt(records, secrets) + "\"}").getBytes(StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            return new BatchAnswer.Refused("the records cannot be encrypted with the enterprise's key and IV: " + e.getMessage());
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(profile.url(type)))
                .timeout(profile.timeout())
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (secrets.user() + ":" + secrets.password()).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new BatchAnswer.Fault(profile.url(type) + " unreachable: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new BatchAnswer.Fault("interrupted");
        }
        return HubAnswers.classify(response.statusCode(), read(response.body()), profile.acknowledgement());
    }

    private String encrypt(List<WireRecord> records, ReceiverSecrets secrets) throws GeneralSecurityException {
        List<Map<String, Object>> array = records.stream().map(r -> (Map<String, Object>) new LinkedHashMap<>(r.fields())).toList();
        byte[] plain = json.writeValueAsBytes(array);
        Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(secrets.aesKey(), "AES"), new IvParameterSpec(secrets.aesIv()));
        return Base64.getEncoder().encodeToString(cipher.doFinal(plain));
    }

    private JsonNode read(String body) {
        try {
            return body == null || body.isBlank() ? null : json.readTree(body);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
