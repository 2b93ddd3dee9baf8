package org.newskg.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.Main;
import org.newskg.store.ExportFormat;
import org.newskg.store.Exporter;
import org.newskg.store.QuerySource;
import org.newskg.store.Sparql;
import org.newskg.store.Store;
import org.newskg.synth.Cast;
import org.newskg.synth.Corpus;
import picocli.CommandLine;

/**
 * A build killed with SIGKILL part-way must leave a store that opens and answers queries, and
 * building the same corpus again must give exactly what a clean build gives. A real JVM is
 * started and killed: an in-process interrupt would not show what a crash leaves on disk.
 */
class KillDuringBuildTest {
  private static final int ARTICLES = 400;
  private static final Path RULES = Path.of("rules").toAbsolutePath();
  private static final Pattern PROGRESS = Pattern.compile("^newskg: \\D*(\\d+) articles?\\b");

  @TempDir static Path tmp;
  static Path corpus;

  @BeforeAll
  static void writeCorpus() throws Exception {
    corpus = tmp.resolve("corpus");
    new Corpus(Cast.load(RULES.resolve("gazetteer")), 11).write(corpus, ARTICLES, Corpus.Progress.NONE);
  }

  @Test
  void killedBuildLeavesAUsableStoreAndARebuildMatchesACleanBuild() throws Exception {
    Path killed = tmp.resolve("killed-db");
    int builtWhenKilled = startAndKill(killed);

    Set<String> corpusNames = new HashSet<>();
    try (Stream<Path> s = Files.walk(corpus)) {
      s.filter(Files::isRegularFile).forEach(p -> corpusNames.add(p.getFileName().toString()));
    }
    List<String> found = new ArrayList<>();
    try (Store store = Store.openExisting(killed)) {
      var q = Sparql.parse(new QuerySource("test", "SELECT DISTINCT ?name WHERE { ?a nkg:fileName ?name }"));
      Txn.executeRead(store.dataset(), () -> {
        try (QueryExec exec = Sparql.exec(store.dataset(), q)) {
          RowSet rows = exec.select();
          rows.forEachRemaining(b -> found.add(b.get("name").getLiteralLexicalForm()));
        }
      });
    }
    // Whole batches only: what is there came from the corpus, and not everything got there.
    assertTrue(corpusNames.containsAll(found), "articles in the killed store that are not in the corpus: " + found);
    assertTrue(found.size() < ARTICLES,
        "the build had finished before the kill (" + found.size() + " articles); make the corpus larger");
    // The progress line is printed after the article is handed on. With --batch 64 the write
    // transactions grow with the store (GrowingTransactions): commits after 64, 128, 256, 512 …
    // articles, so what was surely committed is the last of those at or below the count printed.
    int committed = 0;
    for (int boundary = 64; boundary <= builtWhenKilled; boundary *= 2) {
      committed = boundary;
    }
    assertTrue(found.size() >= committed,
        "batches reported committed before the kill are missing: " + found.size() + " < " + committed);
    assertTrue(found.contains("synth-000001.txt"), "batches commit in corpus order: the first article is there");

    assertEquals(0, build(killed), "re-running build on the killed store");
    Path clean = tmp.resolve("clean-db");
    assertEquals(0, build(clean), "clean build");
    String rebuilt = nquads(killed);
    String fresh = nquads(clean);
    assertEquals(lines(fresh), lines(rebuilt), "triples after the re-run vs a clean build");
    assertEquals(fresh, rebuilt, "the export of the re-built store differs from the clean build's");
    assertTrue(rebuilt.contains("\"synth-000" + ARTICLES + ".txt\""), "the last article is in the re-built store");
  }

  /** Starts {@code newskg build} in its own JVM and SIGKILLs it once it reports progress. */
  private static int startAndKill(Path db) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "build", "--db", db.toString(), "--rules", RULES.toString(), "-j", "1", "--batch", "64",
        corpus.toString());
    pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Process p = pb.start();
    BlockingQueue<String> lines = new ArrayBlockingQueue<>(1000);
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
        for (String l; (l = r.readLine()) != null; ) {
          lines.offer(l);
        }
      } catch (java.io.IOException e) {
        // The stream closes when the process dies; nothing to report.
      }
    });
    reader.setDaemon(true);
    reader.start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
      StringBuilder seen = new StringBuilder();
      while (System.nanoTime() < deadline) {
        String l = lines.poll(200, TimeUnit.MILLISECONDS);
        if (l != null) {
          seen.append(l).append('\n');
          Matcher m = PROGRESS.matcher(l);
          // Past the first batch of 64, so at least one commit is likely on disk.
          if (m.find() && Integer.parseInt(m.group(1)) > 64) {
            assertTrue(p.isAlive(), "the build ended before it could be killed");
            p.destroyForcibly();
            assertTrue(p.waitFor(20, TimeUnit.SECONDS), "the killed build did not die");
            return Integer.parseInt(m.group(1));
          }
        }
        if (!p.isAlive() && lines.isEmpty()) {
          fail("the build exited (" + p.exitValue() + ") before it was killed; stderr:\n" + seen);
        }
      }
      fail("no progress past 64 articles within 90 s; stderr:\n" + seen);
      return 0;
    } finally {
      p.destroyForcibly();
      p.waitFor(20, TimeUnit.SECONDS);
    }
  }

  private static int build(Path db) {
    CommandLine cl = Main.commandLine();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(new StringWriter()));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute("build", "--db", db.toString(), "--rules", RULES.toString(), "--quiet", corpus.toString());
    assertEquals(0, code, "build --db " + db + " failed: " + err);
    return code;
  }

  private static String nquads(Path db) {
    try (Store store = Store.openExisting(db)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Exporter.export(store.dataset(), ExportFormat.NQUADS, null, out);
      return out.toString(StandardCharsets.UTF_8);
    }
  }

  private static long lines(String s) {
    return s.lines().count();
  }
}
