package org.newskg.bench;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/** The machine and JVM a run was made on, for the report's header. */
final class Environment {
  private Environment() {}

  static String describe() {
    Runtime rt = Runtime.getRuntime();
    return String.format(
        Locale.ROOT,
        "%d processors, Java %s (%s), %s %s, heap limit %d MB, JVM options: %s",
        rt.availableProcessors(),
        System.getProperty("java.version"),
        System.getProperty("java.vm.name"),
        System.getProperty("os.name"),
        System.getProperty("os.arch"),
        rt.maxMemory() / (1024 * 1024),
        String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
  }
}
