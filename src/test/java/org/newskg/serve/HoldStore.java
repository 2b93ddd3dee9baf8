package org.newskg.serve;

import java.nio.file.Path;
import org.newskg.store.Store;

/** Run as its own process by tests: holds the store's lock until its standard input closes. */
public final class HoldStore {
  private HoldStore() {}

  public static void main(String[] args) throws Exception {
    try (Store store = Store.openExisting(Path.of(args[0]))) {
      System.out.println("holding " + ProcessHandle.current().pid());
      System.out.flush();
      while (System.in.read() >= 0) {
        // Wait for the test to close our stdin (or to kill us).
      }
    }
  }
}
