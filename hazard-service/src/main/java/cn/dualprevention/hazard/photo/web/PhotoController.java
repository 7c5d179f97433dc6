package cn.dualprevention.hazard.photo.web;

import cn.dualprevention.hazard.photo.application.PhotoLibrary;
import cn.dualprevention.hazard.photo.domain.HazardPhoto;
import cn.dualprevention.hazard.photo.domain.PhotoTooLargeException;
import cn.dualprevention.platform.identity.AllowedRoles;
import cn.dualprevention.platform.identity.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

/**
 * Hazard photos: uploaded as the raw request body with its {@code Content-Type} (image/jpeg, image/png,
 * image/webp — checked against the bytes), referred to by id from a hazard ({@code photoIds},
 * {@code afterPhotoIds}), served back with their content type.
 */
@RestController
@RequestMapping("/api/v1/hazards/photos")
@Tag(name = "Hazard photos 隐患照片", description = "Photos of hazards as found and after remediation (GridFS)")
class PhotoController {

    private final PhotoLibrary library;

    PhotoController(PhotoLibrary library) {
        this.library = library;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @AllowedRoles({Role.GROUP_ADMIN, Role.SAFETY_MANAGER, Role.DEPARTMENT_HEAD, Role.INSPECTOR, Role.GUARANTOR, Role.API_CLIENT})
    @Operation(summary = "Upload a photo (body = the picture; 400 wrong type, 413 over dp.hazard.photos.max-size)")
    PhotoResponse upload(@RequestParam(required = false) String enterpriseId,
                         @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
                         @RequestHeader(value = HttpHeaders.CONTENT_LENGTH, required = false) Long contentLength,
                         InputStream body) throws IOException {
        long max = library.maxBytes();
        if (contentLength != null && contentLength > max) {
            throw new PayloadTooLarge(new PhotoTooLargeException(max, contentLength));
        }
        byte[] content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        try {
            HazardPhoto photo = library.upload(enterpriseId, contentType, content);
            return new PhotoResponse(photo.id(), photo.enterpriseId(), photo.contentType(), photo.content().length,
                    "/api/v1/hazards/photos/" + photo.id(), photo.uploadedBy(), photo.uploadedAt());
        } catch (PhotoTooLargeException e) {
            throw new PayloadTooLarge(e);
        }
    }

    /**
     * Everyone of the tenant reads a photo, and so does a suite service ({@link Role#SERVICE}: exchange-service sending
     * it to the regulator as an attachment), for every group.
     */
    @GetMapping("/{photoId}")
    @AllowedRoles({Role.GROUP_ADMIN, Role.SAFETY_MANAGER, Role.DEPARTMENT_HEAD, Role.INSPECTOR, Role.GUARANTOR,
            Role.REGULATOR_VIEWER, Role.API_CLIENT, Role.SERVICE})
    @Operation(summary = "A photo as uploaded, with its content type; also for the suite's services (SERVICE)")
    ResponseEntity<byte[]> photo(@PathVariable String photoId) {
        HazardPhoto photo = library.get(photoId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(photo.contentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .body(photo.content());
    }
}
