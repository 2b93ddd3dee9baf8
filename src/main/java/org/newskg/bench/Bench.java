package org.newskg.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.newskg.extract.Extractor;
import org.newskg.facts.ArticleFacts;
import org.newskg.input.RawArticle;
import org.newskg.store.BuildReport;
import org.newskg.store.Store;

/**
 * Runs the whole benchmark: per corpus size, a synthetic corpus is written, then timed passes
 * (tokenise, extract, write, end to end, Jena's bulk loader); the queries run on the largest store.
 *
 * <pre>{@code
 * BenchReport r = new Bench(settings, err).run();
 * r.printTable(out);
 * }</pre>
 */
public final class Bench {
  /**
   * What to measure.
   *
   * @param sizes corpus sizes in articles, run smallest first
   * @param seed the synthetic corpus's seed
   * @param work folder for corpora, stores and dumps (made empty of bench files first)
   * @param threads threads for tokenising, extraction and the build
   * @param runs timed runs per query
   * @param rules rules folder for the extractor
   * @param gazetteer gazetteer folder for the corpus generator
   * @param queries folder of canonical .rq queries
   */
  public record Settings(
      List<Integer> sizes, long seed, Path work, int threads, int runs, Path rules, Path gazetteer, Path queries) {
    public Settings {
      sizes = sizes.stream().sorted().distinct().toList();
      if (sizes.isEmpty() || sizes.get(0) < 1) {
        throw new IllegalArgumentException("corpus sizes must be at least 1 article");
      }
      if (threads < 1 || runs < 1) {
        throw new IllegalArgumentException("threads and runs must be at least 1");
      }
    }
  }

  private final Settings settings;
  private final PrintWriter log;

  /** {@code log} receives one progress line per step (stderr in the command). */
  public Bench(Settings settings, PrintWriter log) {
    this.settings = settings;
    this.log = log;
  }

  public BenchReport run() throws IOException {
    Files.createDirectories(settings.work());
    note("loading rules from %s", settings.rules());
    Extractor extractor = Extractor.load(settings.rules());
    Passes passes = new Passes(settings.threads());
    List<SizeResult> sizes = new ArrayList<>();
    List<Latency> queries = List.of();
    for (int n : settings.sizes()) {
      sizes.add(size(n, extractor, passes));
      if (n == settings.sizes().get(settings.sizes().size() - 1)) {
        note("%d articles: %d timed runs of each query", n, settings.runs());
        try (Store store = Store.openExisting(storeDir(n, "build"))) {
          queries = new QueryBench(store.dataset(), settings.runs()).all(settings.queries());
        }
      }
    }
    return new BenchReport(settings, Environment.describe(), HeapPeak.max(), sizes, queries);
  }

  private SizeResult size(int n, Extractor extractor, Passes passes) throws IOException {
    Path corpus = settings.work().resolve("corpus-" + n);
    note("%d articles: writing the synthetic corpus (seed %d) to %s", n, settings.seed(), corpus);
    Corpora.write(settings.gazetteer(), settings.seed(), n, corpus);
    List<RawArticle> articles = Corpora.read(corpus);
    long bytes = Corpora.textBytes(articles);

    note("%d articles: tokenising", n);
    Rate tokenize = passes.tokenize(articles, bytes);
    note("%d articles: extracting on %d threads", n, settings.threads());
    // Twice: the first pass warms the JIT, which would otherwise dominate small corpora.
    passes.extract(extractor, articles, bytes, new ArrayList<>());
    List<ArticleFacts> facts = new ArrayList<>(n);
    Rate extract = passes.extract(extractor, articles, bytes, facts);
    articles = null;

    note("%d articles: writing pre-extracted facts to TDB2", n);
    Rate write = passes.write(facts, fresh(storeDir(n, "write")));
    facts = null;
    delete(storeDir(n, "write"));

    note("%d articles: end-to-end build", n);
    BuildReport[] report = new BuildReport[1];
    Rate endToEnd = passes.endToEnd(extractor, corpus, fresh(storeDir(n, "build")), bytes, report);

    note("%d articles: N-Quads dump and Jena's bulk loader", n);
    Path dump = settings.work().resolve("dump-" + n + ".nq");
    long dumpBytes;
    try (Store store = Store.openExisting(storeDir(n, "build"))) {
      dumpBytes = BulkLoad.dump(store.dataset(), dump);
    }
    long[] loaded = {0};
    Rate loader = BulkLoad.load(dump, fresh(storeDir(n, "tdbloader")), n, loaded);
    if (loaded[0] != report[0].quads()) {
      throw new IllegalStateException(
          "the bulk loader loaded " + loaded[0] + " quads, the build wrote " + report[0].quads());
    }
    delete(storeDir(n, "tdbloader"));
    Files.delete(dump);
    return new SizeResult(n, bytes, tokenize, extract, write, endToEnd, loader, report[0].quads(), dumpBytes);
  }

  private Path storeDir(int n, String what) {
    return settings.work().resolve("store-" + what + "-" + n);
  }

  private static Path fresh(Path dir) throws IOException {
    delete(dir);
    Files.createDirectories(dir);
    return dir;
  }

  /** Deletes a folder the bench made, with everything in it. */
  public static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  private void note(String fmt, Object... args) {
    log.printf(Locale.ROOT, "newskg bench: " + fmt + "%n", args);
    log.flush();
  }
}
