package org.newskg.serve;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.store.Store;
import org.newskg.store.StoreException;

/** Opens an existing store for the commands that only read it (serve, validate, graph). */
public final class Stores {
  private static final Pattern HELD_BY = Pattern.compile("held by process (\\d+)");

  private Stores() {}

  /**
   * {@link Store#openExisting}, with the lock held by another process said plainly: which store,
   * and the process id, so the user can find the build or server that holds it.
   *
   * @throws StoreException when {@code dir} is not a store or another process holds its lock
   */
  public static Store openExisting(Path dir) {
    try {
      return Store.openExisting(dir);
    } catch (StoreException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        Matcher m = HELD_BY.matcher(String.valueOf(t.getMessage()));
        if (m.find()) {
          throw new StoreException(
              "the store " + dir + " is in use by another newskg process (pid " + m.group(1) + ")", e);
        }
      }
      throw e;
    }
  }
}
