package org.newskg.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

/** The reference point: Jena's own TDB2 bulk loader (what {@code tdb2.tdbloader} runs) on the same quads. */
final class BulkLoad {
  private BulkLoad() {}

  private static final MonitorOutput QUIET = (fmt, args) -> {};

  /** Dumps {@code dataset} as N-Quads (unsorted: Jena's streaming writer); returns the file's size. */
  static long dump(DatasetGraph dataset, Path file) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      Txn.executeRead(dataset, () -> RDFDataMgr.write(out, dataset, RDFFormat.NQUADS));
    }
    return Files.size(file);
  }

  /**
   * Loads {@code nquads} into a fresh TDB2 database in {@code dir} with the default loader plan
   * (the same as {@code tdb2.tdbloader} without --loader); returns the timing and the quads loaded.
   */
  static Rate load(Path nquads, Path dir, long articles, long[] quads) {
    return Passes.timed(articles, 0, () -> {
      DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
      try {
        DataLoader loader = LoaderFactory.createLoader(dsg, QUIET);
        loader.startBulk();
        try {
          loader.load(nquads.toString());
          loader.finishBulk();
        } catch (RuntimeException e) {
          loader.finishException(e);
          throw e;
        }
        quads[0] = loader.countQuads();
      } finally {
        TDBInternal.expel(dsg);
      }
    });
  }
}
