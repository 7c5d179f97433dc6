package cn.dualprevention.sandbox.fault.domain;

import cn.dualprevention.sandbox.hub.domain.InvalidSettingException;

import java.time.Instant;

/**
 * The "down" fault.
 *
 * @param status the answer's status in {@link DownMode#STATUS} mode
 * @param until  when it ends by itself, or null: until switched off
 */
public record Down(DownMode mode, int status, Instant until) {

    public Down {
        if (mode == null) {
            throw new InvalidSettingException("mode", "required", "STATUS or REFUSE");
        }
        if (mode == DownMode.STATUS && (status < 400 || status > 599)) {
            throw new InvalidSettingException("status", "range", "400–599");
        }
    }

    public boolean activeAt(Instant now) {
        return until == null || now.isBefore(until);
    }
}
