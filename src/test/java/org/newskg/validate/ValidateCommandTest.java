package org.newskg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.Main;
import org.newskg.graph.Iris;
import org.newskg.graph.NKG;
import org.newskg.store.Store;
import org.newskg.store.TestStores;
import picocli.CommandLine;

/** {@code newskg validate} on a store: words, a count, and the exit code. */
class ValidateCommandTest {
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void aConformingStoreExitsZero(@TempDir Path tmp) throws Exception {
    Path db = tmp.resolve("db");
    TestStores.build(db, tmp);
    assertEquals(new Run(0, "conforms: 2 graphs, no violations\n", ""), run("validate", "--db", db.toString()));
  }

  @Test
  void violationsArePrintedOneALineThenCountedAndExitOne(@TempDir Path tmp) throws Exception {
    Path db = tmp.resolve("db");
    TestStores.build(db, tmp);
    try (Store store = Store.openExisting(db)) {
      Node a = Iris.part("a.txt", "attribution-1");
      Txn.executeWrite(store.dataset(), () -> {
        store.dataset().delete(Iris.graph("a.txt"), a, NKG.perpetrator.asNode(), Iris.actor("israel"));
        store.dataset().add(Iris.graph("a.txt"), a, NKG.certainty.asNode(), NKG.likely.asNode());
      });
    }
    assertEquals(
        new Run(
            1,
            "a.txt: article:a.txt/attribution-1 nkg:certainty: an attribution needs exactly one certainty:"
                + " confirmed, likely, possible or unknown (found 2: nkg:likely, nkg:possible)\n"
                + "a.txt: article:a.txt/attribution-1 nkg:perpetrator: an attribution needs exactly one"
                + " perpetrator, an actor of its article (found none)\n"
                + "2 violations in 2 graphs\n",
            ""),
        run("validate", "--db", db.toString()));
  }

  @Test
  void aMissingStoreIsOneLineAndExitTwo(@TempDir Path tmp) {
    Path db = tmp.resolve("nothing");
    Run r = run("validate", "--db", db.toString());
    assertEquals(2, r.code());
    assertEquals("", r.out());
    assertEquals("newskg: no store at " + db + " (run 'newskg build --db " + db + "' first)\n", r.err());
  }

  @Test
  void aMissingShapesFileIsOneLineAndExitTwo(@TempDir Path tmp) throws Exception {
    Path db = tmp.resolve("db");
    TestStores.build(db, tmp);
    Run r = run("validate", "--db", db.toString(), "--shapes", tmp.resolve("x.ttl").toString());
    assertEquals(new Run(2, "", "newskg: " + tmp.resolve("x.ttl") + ": no such shapes file\n"), r);
  }
}
