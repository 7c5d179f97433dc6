package cn.dualprevention.exchange.delivery.infrastructure;

import cn.dualprevention.exchange.delivery.domain.PictureFormat;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Re-encoding a photo the regulator does not take as it is: another format, or too large. */
class ImageIoReencoderTest {

    private final ImageIoReencoder reencoder = new ImageIoReencoder();

    @Test
    void aGifBecomesAJpegOfTheSameSize() throws IOException {
        byte[] jpeg = reencoder.toJpeg(encode(noise(120, 80, false), "gif"), 5 << 20).orElseThrow();
        assertThat(PictureFormat.of(jpeg)).contains(PictureFormat.JPEG);
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertThat(read.getWidth()).isEqualTo(120);
        assertThat(read.getHeight()).isEqualTo(80);
    }

    @Test
    void aPictureOverTheLimitIsDownscaledUntilItFits() throws IOException {
        byte[] png = encode(noise(600, 400, false), "png");
        long limit = 60_000;
        assertThat(png.length).isGreaterThan((int) limit);
        byte[] jpeg = reencoder.toJpeg(png, limit).orElseThrow();
        assertThat(jpeg.length).isLessThanOrEqualTo((int) limit);
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertThat(read.getWidth()).isLessThan(600);
        assertThat(read.getWidth() * 400).isCloseTo(read.getHeight() * 600, org.assertj.core.data.Offset.offset(600)); // aspect kept
    }

    @Test
    void transparencyBecomesWhite() throws IOException {
        BufferedImage clear = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB); // fully transparent
        byte[] jpeg = reencoder.toJpeg(encode(clear, "png"), 5 << 20).orElseThrow();
        int rgb = ImageIO.read(new ByteArrayInputStream(jpeg)).getRGB(5, 5) & 0xFFFFFF;
        assertThat((rgb >> 16) & 0xFF).isGreaterThan(245);
        assertThat(rgb & 0xFF).isGreaterThan(245);
    }

    /** WebP (what many phones send; hazard-service keeps it as uploaded), lossy and lossless, read by TwelveMonkeys. */
    @Test
    void aWebpPhotoBecomesAJpeg() throws IOException {
        for (String webp : new String[] {"UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA",
                "UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA=="}) {
            byte[] jpeg = reencoder.toJpeg(java.util.Base64.getDecoder().decode(webp), 5 << 20).orElseThrow();
            assertThat(PictureFormat.of(jpeg)).contains(PictureFormat.JPEG);
            assertThat(ImageIO.read(new ByteArrayInputStream(jpeg)).getWidth()).isEqualTo(1);
        }
    }

    @Test
    void bytesThatAreNoPictureCannotBeReEncoded() {
        assertThat(reencoder.toJpeg("RIFF\u0000\u0000\u0000\u0000WEBPVP8 broken".getBytes(), 5 << 20)).isEmpty();
        assertThat(reencoder.toJpeg(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2}, 5 << 20)).isEmpty();
        assertThat(reencoder.toJpeg(new byte[0], 5 << 20)).isEmpty();
    }

    static BufferedImage noise(int width, int height, boolean alpha) {
        BufferedImage image = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        return image;
    }

    static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).as("a %s writer", format).isTrue();
        return out.toByteArray();
    }
}
