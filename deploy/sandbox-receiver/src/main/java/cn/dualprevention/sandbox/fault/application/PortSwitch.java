package cn.dualprevention.sandbox.fault.application;

/** Closes and reopens the sandbox's HTTP port. */
public interface PortSwitch {

    void close();

    void open();
}
