package cn.dualprevention.deploy.simulator;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Small real PNG pictures for the records' photo evidence: each check's own picture differs (its pixels come from
 * the cycle), the "for show" plant's is always the same one.
 */
public final class Photos {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int SIZE = 8;

    private Photos() {
    }

    /** A picture whose pixels follow from {@code seed} (different seeds, different bytes), base64. */
    public static String pictureBase64(String seed) {
        return Base64.getEncoder().encodeToString(png(seed));
    }

    static byte[] png(String seed) {
        byte[] material = seed.getBytes(StandardCharsets.UTF_8);
        CRC32 crc = new CRC32();
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        for (int y = 0; y < SIZE; y++) {
            raw.write(0); // filter: none
            for (int x = 0; x < SIZE; x++) {
                crc.reset();
                crc.update(material);
                crc.update(y * SIZE + x);
                long v = crc.getValue();
                raw.write((int) (v & 0xff));
                raw.write((int) ((v >> 8) & 0xff));
                raw.write((int) ((v >> 16) & 0xff));
            }
        }
        Deflater deflater = new Deflater();
        deflater.setInput(raw.toByteArray());
        deflater.finish();
        byte[] buffer = new byte[1024];
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        while (!deflater.finished()) {
            compressed.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(SIGNATURE);
        chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(SIZE).putInt(SIZE).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        chunk(png, "IDAT", compressed.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
