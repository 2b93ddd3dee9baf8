package org.newskg.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.newskg.extract.Extractor;
import org.newskg.facts.ArticleFacts;
import org.newskg.input.RawArticle;
import org.newskg.store.BuildReport;
import org.newskg.store.GraphBuilder;
import org.newskg.store.Store;
import org.newskg.text.Tokenizer;

/** The timed passes of one corpus size; each resets the heap peak and times itself. */
final class Passes {
  private final int threads;

  Passes(int threads) {
    this.threads = threads;
  }

  /** One tokenising pass over every article's whole text, on the same threads as extraction. */
  Rate tokenize(List<RawArticle> articles, long bytes) {
    long[] tokens = {0};
    Rate r = timed(articles.size(), bytes, () -> {
      for (Integer n : parallel(articles, a -> Tokenizer.tokenize(a.text(), 0, a.text().length()).size())) {
        tokens[0] += n;
      }
    });
    if (tokens[0] == 0) {
      throw new IllegalStateException("the tokenizer found no tokens in the corpus");
    }
    return r;
  }

  /** Extraction alone, articles in memory; {@code out} receives the facts in corpus order. */
  Rate extract(Extractor extractor, List<RawArticle> articles, long bytes, List<ArticleFacts> out) {
    return timed(articles.size(), bytes, () -> out.addAll(parallel(articles, extractor::extract)));
  }

  /** Pre-extracted facts into a fresh store, in the build's write transactions. */
  Rate write(List<ArticleFacts> facts, Path storeDir) {
    return timed(facts.size(), 0, () -> {
      try (Store store = Store.openOrCreate(storeDir)) {
        DatasetGraph dsg = store.dataset();
        GraphBuilder.writeAll(dsg, facts, GraphBuilder.DEFAULT_BATCH);
        Txn.executeRead(dsg, () -> dsg.find().hasNext());
      }
    });
  }

  /** What {@code newskg build} does, from the files on disk to a fresh store. */
  Rate endToEnd(Extractor extractor, Path corpus, Path storeDir, long bytes, BuildReport[] report) {
    HeapPeak.reset();
    long start = System.nanoTime();
    try (Store store = Store.openOrCreate(storeDir)) {
      report[0] = new GraphBuilder(extractor, GraphBuilder.Progress.NONE, GraphBuilder.DEFAULT_BATCH)
          .threads(threads)
          .build(List.of(corpus), store.dataset());
    }
    double secs = (System.nanoTime() - start) / 1e9;
    if (!report[0].skipped().isEmpty()) {
      throw new IllegalStateException("the build skipped " + report[0].skipped().get(0));
    }
    return new Rate(secs, report[0].articles(), bytes, HeapPeak.peak());
  }

  static Rate timed(long articles, long bytes, Runnable work) {
    HeapPeak.reset();
    long start = System.nanoTime();
    work.run();
    double secs = (System.nanoTime() - start) / 1e9;
    return new Rate(secs, articles, bytes, HeapPeak.peak());
  }

  /** {@code f} over {@code items} on a fixed pool, results in input order. */
  private <T, R> List<R> parallel(List<T> items, Function<T, R> f) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<R>> futures = new ArrayList<>(items.size());
      for (T item : items) {
        futures.add(pool.submit(() -> f.apply(item)));
      }
      List<R> out = new ArrayList<>(items.size());
      for (Future<R> fu : futures) {
        out.add(fu.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("bench interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
