package cn.dualprevention.exchange.delivery.infrastructure;

import cn.dualprevention.exchange.delivery.domain.PhotoReencoder;
import org.springframework.stereotype.Component;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;

/**
 * Re-encodes a photo the regulator does not take as it is (WebP, GIF, BMP …, or a JPEG/PNG over the limit) as a JPEG,
 * with the JDK's ImageIO (and whatever readers are on the class path, e.g. TwelveMonkeys' WebP reader): transparency on
 * white, quality 0.85, downscaled step by step until it fits. A very large picture is read subsampled (at most
 * {@value #MAX_SIDE} pixels on its longer side), so that decoding never takes more than about 64 MB.
 */
@Component
class ImageIoReencoder implements PhotoReencoder {

    static final int MAX_SIDE = 4096;
    private static final float QUALITY = 0.85f;
    private static final int MAX_STEPS = 16;

    ImageIoReencoder() {
        ImageIO.setUseCache(false); // in memory, no temporary files
    }

    @Override
    public Optional<byte[]> toJpeg(byte[] picture, long maxBytes) {
        BufferedImage image = read(picture);
        if (image == null) {
            return Optional.empty();
        }
        BufferedImage rgb = scaled(image, image.getWidth(), image.getHeight());
        try {
            for (int step = 0; step < MAX_STEPS; step++) {
                byte[] jpeg = jpeg(rgb);
                if (jpeg.length <= maxBytes) {
                    return Optional.of(jpeg);
                }
                if (rgb.getWidth() <= 16 && rgb.getHeight() <= 16) {
                    return Optional.empty();
                }
                double factor = Math.max(0.5, Math.min(0.9, Math.sqrt((double) maxBytes / jpeg.length) * 0.95));
                rgb = scaled(rgb, Math.max(1, (int) (rgb.getWidth() * factor)), Math.max(1, (int) (rgb.getHeight() * factor)));
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The picture, subsampled when very large; null when no reader can read it. */
    private static BufferedImage read(byte[] picture) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(picture))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int side = Math.max(reader.getWidth(0), reader.getHeight(0));
                ImageReadParam param = reader.getDefaultReadParam();
                int subsampling = (int) Math.ceil(side / (double) MAX_SIDE);
                if (subsampling > 1) {
                    param.setSourceSubsampling(subsampling, subsampling, 0, 0);
                }
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null; // not a picture, or a broken one
        }
    }

    /** An opaque RGB copy of the image at the given size (transparent parts white). */
    private static BufferedImage scaled(BufferedImage source, int width, int height) {
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
