package org.newskg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newskg.graph.SampleFacts;

/** Small stores built from hand-made facts ({@link SampleFacts}), for command-line tests. */
public final class TestStores {
  private TestStores() {}

  /**
   * Builds a TDB2 store at {@code db} from two articles: "a.txt" (the United States suspects
   * Israel) and "b.txt" (it accuses Iran); both also hold a denial and a direct quote.
   */
  public static void build(Path db, Path workDir) throws IOException {
    Path dir = Files.createDirectories(workDir.resolve("articles"));
    Files.writeString(dir.resolve("a.txt"), "An article.");
    Files.writeString(dir.resolve("b.txt"), "Now iran is blamed.");
    try (Store store = Store.openOrCreate(db)) {
      new GraphBuilder(SampleFacts.extractor(), GraphBuilder.Progress.NONE, 64)
          .build(List.of(dir), store.dataset());
    }
  }
}
