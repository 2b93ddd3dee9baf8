package org.newskg.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * The most heap used during a stretch of work: the heap pools' peak usage, reset at the start.
 * Sampling {@code MemoryMXBean} now and then would miss short spikes; the pools' peaks do not.
 */
final class HeapPeak {
  private HeapPeak() {}

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP && p.isValid())
        .toList();
  }

  /** Collects garbage left by earlier passes, then starts a new peak. */
  static void reset() {
    System.gc();
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /**
   * Peak bytes since {@link #reset}. The pools peak at different moments, so the sum is an upper
   * bound on the heap in use at any one time.
   */
  static long peak() {
    return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }

  /** The heap limit (-Xmx, or the JVM's default from the machine's memory). */
  static long max() {
    return Runtime.getRuntime().maxMemory();
  }
}
