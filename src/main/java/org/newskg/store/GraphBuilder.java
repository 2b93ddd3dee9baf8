package org.newskg.store;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.newskg.extract.Extractor;
import org.newskg.facts.ArticleFacts;
import org.newskg.graph.FactWriter;
import org.newskg.input.ArticleConsumer;
import org.newskg.input.ArticleFiles;
import org.newskg.input.RawArticle;

/**
 * The build loop shared by {@code build}, {@code eval} and the benchmarks: reads article files,
 * extracts each article with one {@link Extractor}, and writes its facts into its own named graph.
 *
 * <pre>{@code
 * DatasetGraph mem = DatasetGraphFactory.createTxnMem();
 * BuildReport r = new GraphBuilder(Extractor.load(rules)).build(List.of(seeds), mem);
 * }</pre>
 *
 * <p>Into a dataset ({@link #build}) each article's graph is replaced: deleted and written again in
 * the same write transaction, a batch of articles per transaction. An interrupted build leaves the
 * store as it was after the last committed batch, and rebuilding the same articles leaves it
 * unchanged. Into a plain {@link StreamRDF} ({@link #stream}) quads are only sent.
 *
 * <p>With {@link #threads} above 1, articles are extracted in parallel but consumed in input order,
 * so the report (and a stream's quad order) is the same as with one thread.
 */
public final class GraphBuilder {
  /** Called now and then during a build, with counts so far; must be cheap. */
  @FunctionalInterface
  public interface Progress {
    void update(int articles, int skipped);

    Progress NONE = (articles, skipped) -> {};
  }

  /**
   * Articles in the first write transaction of a build; later ones grow (see {@link
   * GrowingTransactions}). Commits are costly on disk; an interrupted build keeps what was committed.
   */
  public static final int DEFAULT_BATCH = 2048;

  private final Function<RawArticle, ArticleFacts> extractor;
  private final Progress progress;
  private final int batchSize;
  private final int threads;

  public GraphBuilder(Extractor extractor) {
    this(extractor, Progress.NONE, DEFAULT_BATCH);
  }

  public GraphBuilder(Extractor extractor, Progress progress, int batchSize) {
    this(extractor::extract, progress, batchSize);
  }

  /** With any extraction function: tests and tools may supply facts without the rule pipeline. */
  public GraphBuilder(
      Function<RawArticle, ArticleFacts> extractor, Progress progress, int batchSize) {
    this(extractor, progress, batchSize, 1);
  }

  private GraphBuilder(
      Function<RawArticle, ArticleFacts> extractor, Progress progress, int batchSize, int threads) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.progress = Objects.requireNonNull(progress, "progress");
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
    this.batchSize = batchSize;
    this.threads = threads;
  }

  /**
   * The same builder extracting on {@code n} threads (the extraction function must be thread-safe).
   */
  public GraphBuilder threads(int n) {
    return new GraphBuilder(extractor, progress, batchSize, n);
  }

  /**
   * Builds every article under {@code paths} into {@code target} (TDB2 or an in-memory
   * transactional dataset), replacing the graphs of articles built before.
   */
  public BuildReport build(List<Path> paths, DatasetGraph target) {
    Run run = new Run();
    try (GrowingTransactions writes = new GrowingTransactions(target, batchSize)) {
      run.walk(
          paths,
          facts -> {
            if (writes.write(facts)) {
              run.rewritten++;
            }
          });
      writes.commit();
    }
    long quads = Txn.calculateRead(target, () -> countQuads(target));
    return run.report(quads);
  }

  /**
   * Sends the quads of every article under {@code paths} to {@code target}, between start and
   * finish.
   */
  public BuildReport stream(List<Path> paths, StreamRDF target) {
    Run run = new Run();
    FactWriter writer = new FactWriter(target);
    long[] quads = {0};
    target.start();
    try {
      run.walk(
          paths,
          facts -> {
            quads[0] += writer.write(facts);
            run.rewritten++;
          });
    } finally {
      target.finish();
    }
    return run.report(quads[0]);
  }

  /**
   * Writes the graphs of {@code articles}, in order, in growing write transactions (the first of
   * {@code first} articles; see {@link GrowingTransactions}) — what {@link #build} does with
   * extracted facts.
   *
   * @return how many article graphs were written (new or changed)
   */
  public static int writeAll(DatasetGraph target, Iterable<ArticleFacts> articles, int first) {
    int written = 0;
    try (GrowingTransactions writes = new GrowingTransactions(target, first)) {
      for (ArticleFacts facts : articles) {
        if (writes.write(facts)) {
          written++;
        }
      }
      writes.commit();
    }
    return written;
  }

  /**
   * Replaces the graphs of {@code articles} in {@code target} by their facts, in one write
   * transaction: each article's graph is emptied, then written. An article whose graph already
   * holds exactly these quads is left alone, so rebuilding unchanged articles writes nothing (TDB2
   * keeps old versions on disk until compacted: rewriting would only grow the store).
   *
   * @return how many article graphs were written (new or changed)
   */
  public static int replace(DatasetGraph target, List<ArticleFacts> articles) {
    return writeAll(target, articles, Math.max(1, articles.size()));
  }

  static long countQuads(DatasetGraph dsg) {
    Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
    try {
      long n = 0;
      while (it.hasNext()) {
        it.next();
        n++;
      }
      return n;
    } finally {
      Iter.close(it);
    }
  }

  /** The outcome of one input, in input order: facts, or why it was skipped. */
  private record Outcome(ArticleFacts facts, Skipped skipped) {}

  /** Counts and skips of one build. */
  private final class Run implements ArticleConsumer {
    private final long started = System.nanoTime();
    private final List<Skipped> skipped = new ArrayList<>();
    private final Set<String> actorKeys = new HashSet<>();
    private final Map<String, Integer> seen = new HashMap<>();
    private final Deque<Future<Outcome>> pending = new ArrayDeque<>();
    private ExecutorService pool;
    private Consumer<ArticleFacts> sink;
    private int articles;
    private int sentences;
    private int strikes;
    private int statements;
    private int attributions;
    int rewritten;
    private int ignored;

    void walk(List<Path> paths, Consumer<ArticleFacts> sink) {
      this.sink = sink;
      pool = threads > 1 ? Executors.newFixedThreadPool(threads, daemon()) : null;
      try {
        for (Path p : paths) {
          if (!Files.exists(p)) {
            skipped(p.toString(), "no such file or folder");
            continue;
          }
          try {
            ArticleFiles.read(List.of(p), this);
          } catch (UncheckedIOException e) {
            skipped(
                p.toString(), "cannot read: " + oneLine(e.getCause() == null ? e : e.getCause()));
          }
        }
        drain(0);
      } finally {
        if (pool != null) {
          pool.shutdownNow();
        }
      }
    }

    @Override
    public void article(RawArticle raw) {
      if (pool == null) {
        consume(extract(raw));
        return;
      }
      pending.add(pool.submit(() -> extract(raw)));
      // Bounded look-ahead: enough to keep every thread busy, little held in memory.
      drain(threads * 4);
    }

    private Outcome extract(RawArticle raw) {
      try {
        return new Outcome(extractor.apply(raw), null);
      } catch (RuntimeException e) {
        // One article the pipeline cannot handle must not cost the rest of the build.
        return new Outcome(null, new Skipped(raw.name(), "extraction failed: " + oneLine(e)));
      }
    }

    @Override
    public void ignored(String where) {
      ignored++;
    }

    @Override
    public void skipped(String where, String reason) {
      Outcome o = new Outcome(null, new Skipped(where, reason));
      if (pool == null) {
        consume(o);
      } else {
        pending.add(CompletableFuture.completedFuture(o));
      }
    }

    private void drain(int keep) {
      while (pending.size() > keep) {
        try {
          consume(pending.removeFirst().get());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("build interrupted", e);
        } catch (ExecutionException e) {
          if (e.getCause() instanceof Error err) {
            throw err;
          }
          throw new IllegalStateException(e.getCause());
        }
      }
    }

    private void consume(Outcome o) {
      if (o.skipped() != null) {
        skipped.add(o.skipped());
      } else if (seen.putIfAbsent(o.facts().meta().name(), o.facts().hashCode()) != null) {
        // The name is the article's identity (its IRIs and graph): a second article under the
        // same name would silently replace the first. The same article given twice is harmless.
        if (seen.get(o.facts().meta().name()) != o.facts().hashCode()) {
          skipped.add(
              new Skipped(
                  o.facts().meta().name(),
                  "another article in this build has the same file name; rename one of them"));
        }
      } else {
        ArticleFacts facts = o.facts();
        articles++;
        sentences += facts.sentences().size();
        facts.actors().forEach(a -> actorKeys.add(a.key()));
        strikes += facts.strikes().size();
        statements += facts.statements().size();
        attributions += facts.attributions().size();
        sink.accept(facts);
      }
      progress.update(articles, skipped.size());
    }

    BuildReport report(long quads) {
      double seconds = (System.nanoTime() - started) / 1e9;
      return new BuildReport(
          articles,
          rewritten,
          sentences,
          actorKeys.size(),
          strikes,
          statements,
          attributions,
          quads,
          skipped,
          ignored,
          seconds);
    }
  }

  private static java.util.concurrent.ThreadFactory daemon() {
    return r -> {
      Thread t = new Thread(r, "newskg-extract");
      t.setDaemon(true);
      return t;
    };
  }

  private static String oneLine(Throwable e) {
    String m = e.getMessage();
    String first = m == null ? "" : m.lines().findFirst().orElse("");
    return first.isBlank() ? e.getClass().getSimpleName() : first;
  }
}
