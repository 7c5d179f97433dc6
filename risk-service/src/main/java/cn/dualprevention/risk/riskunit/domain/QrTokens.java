package cn.dualprevention.risk.riskunit.domain;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * 二维码令牌 — what the QR code at a unit encodes for check-in: 128 random bits (22 URL-safe characters), never
 * derived from the unit id, so that a check-in cannot be made without having been at the unit's code.
 */
public final class QrTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private QrTokens() {
    }

    public static String random() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
