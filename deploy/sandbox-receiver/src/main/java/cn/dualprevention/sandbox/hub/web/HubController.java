package cn.dualprevention.sandbox.hub.web;

import cn.dualprevention.sandbox.hub.application.HubAnswer;
import cn.dualprevention.sandbox.hub.application.HubService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The regulator hub's endpoints: {@code POST /{profile}/{path}} and {@code GET /{profile}/receipts/{batchId}}. */
@RestController
public class HubController {

    private final HubService hub;

    public HubController(HubService hub) {
        this.hub = hub;
    }

    @PostMapping(path = "/{profile}/{path}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<HubBody> upload(@PathVariable String profile, @PathVariable String path,
                                          @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String auth,
                                          @RequestBody(required = false) String body) {
        return http(hub.upload(profile, path, auth, body));
    }

    @GetMapping(path = "/{profile}/receipts/{batchId}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<HubBody> receipt(@PathVariable String profile, @PathVariable String batchId,
                                           @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String auth) {
        return http(hub.receipt(profile, batchId, auth));
    }

    private static ResponseEntity<HubBody> http(HubAnswer a) {
        return ResponseEntity.status(a.status()).contentType(MediaType.APPLICATION_JSON)
                .body(new HubBody(a.code(), a.error(), a.msg(), a.batchId(), a.state(), a.data()));
    }
}
