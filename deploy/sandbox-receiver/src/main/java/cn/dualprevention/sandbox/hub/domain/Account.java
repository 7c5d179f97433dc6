package cn.dualprevention.sandbox.hub.domain;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

/**
 * One enterprise's account at the receiver (one enterprise = one account): Basic credentials and the AES-128 key
 * and IV of its uploads. Key and IV are 16-character strings (their UTF-8 bytes), {@code hex:} + 32 hex digits or
 * {@code base64:} + the base64 of 16 bytes.
 *
 * @param companyCode the enterprise code the account is for; null: bound to the first one it sends
 * @param tyshxydm    the unified social credit code its records must carry, or null
 */
public record Account(String user, String password, String key, String iv, String companyCode, String tyshxydm) {

    public Account {
        require(user, "user");
        require(password, "password");
        if (user.contains(":")) {
            throw new InvalidSettingException("user", "format", "a Basic user name cannot contain ':'");
        }
        bytes16(key, "key");
        bytes16(iv, "iv");
        if (companyCode != null && !companyCode.matches("\\d{9}")) {
            throw new InvalidSettingException("companyCode", "format", "exactly 9 digits");
        }
        if (tyshxydm != null && !tyshxydm.matches("[0-9A-Z]{18}")) {
            throw new InvalidSettingException("tyshxydm", "format", "exactly 18 characters 0-9 A-Z");
        }
    }

    public Account(String user, String password, String key, String iv) {
        this(user, password, key, iv, null, null);
    }

    public byte[] keyBytes() {
        return bytes16(key, "key");
    }

    public byte[] ivBytes() {
        return bytes16(iv, "iv");
    }

    /** The same account with passwords, keys and IVs masked (for listings). */
    public Account masked() {
        return new Account(user, "******", "****************", "****************", companyCode, tyshxydm);
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidSettingException(field, "required", "required");
        }
    }

    static byte[] bytes16(String value, String field) {
        require(value, field);
        byte[] bytes;
        try {
            if (value.startsWith("hex:")) {
                bytes = HexFormat.of().parseHex(value.substring(4));
            } else if (value.startsWith("base64:")) {
                bytes = Base64.getDecoder().decode(value.substring(7));
            } else {
                bytes = value.getBytes(StandardCharsets.UTF_8);
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(field, "format", "not valid hex / base64: " + e.getMessage());
        }
        if (bytes.length != 16) {
            throw new InvalidSettingException(field, "length",
                    "must be 16 bytes for AES-128 (a 16-character string, hex: or base64:), is " + bytes.length);
        }
        return bytes;
    }
}
