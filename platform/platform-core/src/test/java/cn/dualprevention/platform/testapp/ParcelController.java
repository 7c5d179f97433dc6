package cn.dualprevention.platform.testapp;

import cn.dualprevention.platform.errors.NotFoundException;
import cn.dualprevention.platform.events.NewEvent;
import cn.dualprevention.platform.ids.Ids;
import cn.dualprevention.platform.outbox.AggregateStore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
class ParcelController {

    record NewParcel(@NotBlank String enterpriseId, @NotBlank String name, @NotNull ParcelKind kind) {
    }

    private final AggregateStore store;
    private final MongoTemplate mongo;

    ParcelController(AggregateStore store, MongoTemplate mongo) {
        this.store = store;
        this.mongo = mongo;
    }

    @PostMapping("/api/v1/parcels")
    @ResponseStatus(HttpStatus.CREATED)
    ParcelDocument create(@Valid @RequestBody NewParcel request) {
        ParcelDocument parcel = new ParcelDocument(Ids.newId(), 1, request.enterpriseId(), request.name(), request.kind());
        store.insert(parcel, List.of(new NewEvent("test.parcel.created.v1", "g1", request.enterpriseId(), parcel.id(), parcel)));
        return parcel;
    }

    @GetMapping("/api/v1/parcels/{id}")
    ParcelDocument get(@PathVariable String id) {
        ParcelDocument parcel = mongo.findById(id, ParcelDocument.class);
        if (parcel == null) {
            throw new NotFoundException("parcel", id);
        }
        return parcel;
    }
}
