package org.newskg.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * An on-disk TDB2 store: one named graph per article. Closing it releases the folder (files and
 * lock) so another process, or a test deleting the folder, can use it. TDB2 shares one connection
 * per folder within a JVM: closing one Store closes every Store open on the same folder.
 */
public final class Store implements AutoCloseable {
  private static final Pattern HELD_BY = Pattern.compile("held by process (\\d+)");

  private final Path dir;
  private final DatasetGraph dataset;

  private Store(Path dir, DatasetGraph dataset) {
    this.dir = dir;
    this.dataset = dataset;
  }

  /** Opens the store in {@code dir}, creating it when the folder is missing or empty. */
  public static Store openOrCreate(Path dir) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new StoreException(dir + " is a file, not a store folder");
    }
    if (Files.isDirectory(dir) && !isEmpty(dir) && !isStore(dir)) {
      // Refuse rather than scatter TDB2 files among someone's documents.
      throw new StoreException(
          dir + " is a folder with other files in it, not a newskg store; choose another --db");
    }
    return connect(dir);
  }

  /** Opens an existing store; never creates one (a typo in --db must not yield an empty answer). */
  public static Store openExisting(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new StoreException(
          "no store at " + dir + " (run 'newskg build --db " + dir + "' first)");
    }
    if (!isStore(dir)) {
      throw new StoreException(dir + " is not a newskg store (no TDB2 data in it)");
    }
    return connect(dir);
  }

  /** A TDB2 folder holds Data-NNNN generations. */
  public static boolean isStore(Path dir) {
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "Data-*")) {
      return s.iterator().hasNext();
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean isEmpty(Path dir) {
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      return !s.iterator().hasNext();
    } catch (IOException e) {
      return false;
    }
  }

  private static Store connect(Path dir) {
    try {
      return new Store(dir, DatabaseMgr.connectDatasetGraph(dir.toString()));
    } catch (RuntimeException e) {
      String why =
          e.getMessage() == null
              ? e.getClass().getSimpleName()
              : e.getMessage().lines().findFirst().orElse("");
      if (why.contains("lock")) {
        Matcher pid = HELD_BY.matcher(why);
        String who = pid.find() ? "another process (pid " + pid.group(1) + ")" : "another process";
        throw new StoreException(
            "store " + dir + " is in use by " + who + "; try again when it has finished", e, true);
      }
      throw new StoreException("cannot open store " + dir + ": " + why, e);
    }
  }

  public Path dir() {
    return dir;
  }

  /** The TDB2 dataset; use it inside transactions ({@code Txn.executeRead/Write}). */
  public DatasetGraph dataset() {
    return dataset;
  }

  @Override
  public void close() {
    TDBInternal.expel(dataset);
  }
}
