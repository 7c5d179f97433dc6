package cn.dualprevention.inspection.record.infrastructure;

import cn.dualprevention.inspection.record.domain.Photo;
import cn.dualprevention.inspection.record.domain.PhotoStore;
import cn.dualprevention.platform.ids.Ids;
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
import java.util.Optional;

/** Record photos in GridFS bucket {@code record_photos} (collections {@code record_photos.files} / {@code .chunks}). */
@Repository
class GridFsPhotoStore implements PhotoStore {

    private final GridFSBucket bucket;

    GridFsPhotoStore(MongoTemplate mongo) {
        this.bucket = GridFSBuckets.create(mongo.getDb(), "record_photos");
    }

    @Override
    public String store(Photo photo, String groupId, String enterpriseId, String recordClientId) {
        String id = Ids.newId();
        Document metadata = new Document("contentType", photo.contentType()).append("groupId", groupId)
                .append("enterpriseId", enterpriseId).append("clientId", recordClientId);
        bucket.uploadFromStream(new BsonString(id), id, new ByteArrayInputStream(photo.content()),
                new GridFSUploadOptions().metadata(metadata));
        return id;
    }

    @Override
    public Optional<StoredPhoto> find(String photoId) {
        GridFSFile file = bucket.find(Filters.eq("_id", photoId)).first();
        if (file == null || file.getMetadata() == null) {
            return Optional.empty();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        bucket.downloadToStream(new BsonString(photoId), out);
        Document metadata = file.getMetadata();
        return Optional.of(new StoredPhoto(photoId, metadata.getString("groupId"), metadata.getString("enterpriseId"),
                new Photo(metadata.getString("contentType"), out.toByteArray())));
    }
}
