package org.newskg.serve;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.store.StoreException;

/** Words for store failures in the commands that only read the store (serve, validate, graph). */
public final class Stores {
  private static final Pattern PID = Pattern.compile("\\(pid (\\d+)\\)|held by process (\\d+)");

  private Stores() {}

  /**
   * The one-line message for {@code e}: a store held by another process is said plainly, with the
   * process id when known, so the user can find the build or server that holds it.
   */
  public static String message(StoreException e, Path dir) {
    if (!e.busy()) {
      return e.getMessage();
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      Matcher m = PID.matcher(String.valueOf(t.getMessage()));
      if (m.find()) {
        String pid = m.group(1) != null ? m.group(1) : m.group(2);
        return "the store " + dir + " is in use by another newskg process (pid " + pid + ")";
      }
    }
    return "the store " + dir + " is in use by another newskg process";
  }

  /** Exit code: 1 for a busy store (the arguments are fine, try later), 2 for a wrong --db. */
  public static int exitCode(StoreException e) {
    return e.busy() ? 1 : 2;
  }
}
