package org.newskg.serve;

import java.nio.file.Path;
import java.util.List;
import org.newskg.extract.Extractor;
import org.newskg.store.BuildReport;
import org.newskg.store.GraphBuilder;
import org.newskg.store.Store;

/** A TDB2 store built from the seed articles with the real rules, as {@code newskg build} does. */
public final class SeedStore {
  private SeedStore() {}

  /** Builds {@code seeds/} with {@code rules/} (paths relative to the project root) into {@code db}. */
  public static Store build(Path db) {
    Store store = Store.openOrCreate(db);
    BuildReport r = new GraphBuilder(Extractor.load(Path.of("rules"))).build(List.of(Path.of("seeds")), store.dataset());
    if (r.articles() != 5) {
      store.close();
      throw new IllegalStateException("expected the 5 seed articles, built " + r.articles() + ": " + r.skipped());
    }
    return store;
  }
}
