package cn.dualprevention.hazard.photo.infrastructure;

import cn.dualprevention.hazard.photo.domain.HazardPhoto;
import cn.dualprevention.hazard.photo.domain.HazardPhotos;
import cn.dualprevention.hazard.photo.domain.PhotoFormat;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.Filters;
import org.bson.BsonString;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Hazard photos in GridFS bucket {@code hazard_photos} (collections {@code hazard_photos.files} / {@code .chunks}), the
 * photo id as the file id, tenant, format and uploader in the file's metadata. The same approach as inspection-service's
 * record photos (a candidate for a shared platform piece).
 */
@Repository
class GridFsHazardPhotos implements HazardPhotos {

    static final String BUCKET = "hazard_photos";

    private final GridFSBucket bucket;

    GridFsHazardPhotos(MongoTemplate mongo) {
        this.bucket = GridFSBuckets.create(mongo.getDb(), BUCKET);
    }

    @Override
    public void store(HazardPhoto photo) {
        Document metadata = new Document("contentType", photo.contentType()).append("format", photo.format().name())
                .append("groupId", photo.groupId()).append("enterpriseId", photo.enterpriseId())
                .append("uploadedBy", photo.uploadedBy()).append("uploadedAt", java.util.Date.from(photo.uploadedAt()));
        bucket.uploadFromStream(new BsonString(photo.id()), photo.id(), new ByteArrayInputStream(photo.content()),
                new GridFSUploadOptions().metadata(metadata));
    }

    @Override
    public Optional<HazardPhoto> find(String id) {
        GridFSFile file = bucket.find(Filters.eq("_id", id)).first();
        if (file == null || file.getMetadata() == null) {
            return Optional.empty();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        bucket.downloadToStream(new BsonString(id), out);
        Document m = file.getMetadata();
        return Optional.of(new HazardPhoto(id, m.getString("groupId"), m.getString("enterpriseId"),
                PhotoFormat.valueOf(m.getString("format")), out.toByteArray(), m.getString("uploadedBy"),
                m.getDate("uploadedAt").toInstant()));
    }

    @Override
    public Set<String> existing(Collection<String> ids, String groupId, String enterpriseId) {
        Set<String> found = new HashSet<>();
        for (GridFSFile file : bucket.find(Filters.and(Filters.in("_id", List.copyOf(ids)),
                Filters.eq("metadata.groupId", groupId), Filters.eq("metadata.enterpriseId", enterpriseId)))) {
            found.add(file.getId().asString().getValue());
        }
        return found;
    }
}
