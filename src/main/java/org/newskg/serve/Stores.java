package org.newskg.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2Factory;

/** Opens an existing TDB2 store for the commands that only read it (serve, validate, graph). */
public final class Stores {
  private static final Pattern HELD_BY = Pattern.compile("held by process (\\d+)");

  private Stores() {}

  /**
   * Connects to the store in {@code dir}, which must exist: TDB2 would otherwise quietly create an
   * empty store, and a viewer over nothing hides a mistyped {@code --db}.
   *
   * @throws StoreException when {@code dir} is not a store or another process holds its lock
   */
  public static Dataset openExisting(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new StoreException(
          "there is no store at " + dir + "; build one first: ./newskg build --db " + dir + " ARTICLES...");
    }
    if (!Files.exists(dir.resolve("tdb.lock")) && !hasDataFolder(dir)) {
      throw new StoreException(dir + " is not a newskg store (no TDB2 files in it)");
    }
    try {
      return TDB2Factory.connectDataset(dir.toString());
    } catch (DBOpEnvException e) {
      Matcher m = HELD_BY.matcher(String.valueOf(e.getMessage()));
      if (m.find()) {
        throw new StoreException(
            "the store " + dir + " is in use by another newskg process (pid " + m.group(1) + ")");
      }
      throw new StoreException("cannot open the store " + dir + ": " + e.getMessage());
    }
  }

  private static boolean hasDataFolder(Path dir) {
    try (var s = Files.list(dir)) {
      return s.anyMatch(p -> p.getFileName().toString().startsWith("Data-"));
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
