package cn.dualprevention.exchange.record.application;

import cn.dualprevention.exchange.record.domain.KeptRecord;

/** Told about every version of a record that was kept (e.g. to deliver it to the receivers). */
public interface KeptRecordListener {

    /** Called after the version was stored; must be idempotent (a retried event calls it again). */
    void kept(KeptRecord record);
}
