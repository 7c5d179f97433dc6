package cn.dualprevention.bench;

import io.gatling.app.Gatling$;

/**
 * Runs one Gatling simulation of this module in this JVM: {@code Bench <simulation class> <results folder>}
 * (deploy/bench/run passes the sizes as {@code -Dbench.*} system properties). Exits with Gatling's status.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) {
        int status = Gatling$.MODULE$.fromArgs(new String[] {"--simulation", args[0], "--results-folder", args[1],
                "--launcher", "maven", "--build-tool-version", "3.9"});
        System.exit(status);
    }
}
