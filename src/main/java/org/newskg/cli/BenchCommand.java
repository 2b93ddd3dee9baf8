package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newskg.bench.Bench;
import org.newskg.bench.BenchReport;
import org.newskg.rules.RuleException;
import org.newskg.store.Home;
import org.newskg.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Measures newskg on synthetic corpora (the same generator as 'newskg synth'). Per size:"
          + " articles/s and MB/s of text for a tokenising pass alone (the floor for extraction),"
          + " extraction alone (articles in memory, all threads), writing pre-extracted facts to"
          + " TDB2 alone, the real build end to end, and Jena's TDB2 bulk loader loading the same"
          + " quads from an N-Quads dump; the triple count; the peak heap of each pass. Then the"
          + " median and 95th percentile time of every query in queries/, two one-actor queries"
          + " and a full scan written as TSV, on the largest store.",
      "Progress goes to stderr, the table (or JSON) to stdout. Peak heap depends on -Xmx: pass"
          + " it with NEWSKG_JAVA_OPTS=-Xmx1g to check a memory budget."
    },
    footer = {
      "",
      "Examples:",
      "  newskg bench                                  # 1,000 and 10,000 articles",
      "  newskg bench --articles 1000 --runs 5         # a quick look",
      "  NEWSKG_JAVA_OPTS=-Xmx1g newskg bench --articles 100000 --json"
    })
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--articles",
      paramLabel = "N",
      split = ",",
      defaultValue = "1000,10000",
      description = "Corpus sizes, comma-separated; queries run on the largest (default: ${DEFAULT-VALUE}).")
  List<Integer> articles;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description = "Seed of the synthetic corpus (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--work",
      paramLabel = "DIR",
      description = "Folder for corpora, stores and the N-Quads dump; kept afterwards, with the"
          + " corpora and the end-to-end stores in it (default: a temporary folder, deleted at the end).")
  Path work;

  @Option(
      names = {"-j", "--threads"},
      paramLabel = "N",
      description = "Threads for tokenising, extraction and the build (default: one per processor).")
  Integer threads;

  @Option(
      names = "--runs",
      paramLabel = "N",
      defaultValue = "20",
      description = "Timed runs of each query, after 2 warm-up runs (default: ${DEFAULT-VALUE}).")
  int runs;

  @Mixin RulesOption rules;

  @Option(names = "--json", description = "Print the figures as JSON instead of a table.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    for (int n : articles) {
      if (n < 1 || n > 10_000_000) {
        throw new UserError("--articles sizes must be between 1 and 10,000,000, not " + n, 2);
      }
    }
    if (runs < 1) {
      throw new UserError("--runs must be at least 1", 2);
    }
    int nThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (nThreads < 1) {
      throw new UserError("--threads must be at least 1", 2);
    }
    if (work != null && Files.exists(work) && !Files.isDirectory(work)) {
      throw new UserError("--work " + work + " is a file, not a folder", 2);
    }
    Path rulesDir = rules.dir();
    Path gazetteer = rulesDir.resolve("gazetteer");
    Path queries = Home.find("queries");
    if (queries == null || !Files.isDirectory(queries)) {
      throw new UserError("no queries/ folder: run from the newskg folder or set NEWSKG_HOME", 2);
    }
    Path dir = work;
    try {
      if (dir == null) {
        dir = Files.createTempDirectory("newskg-bench-");
      }
      Bench.Settings settings = new Bench.Settings(articles, seed, dir, nThreads, runs, rulesDir, gazetteer, queries);
      BenchReport report = new Bench(settings, err).run();
      if (json) {
        report.printJson(out);
      } else {
        report.printTable(out);
      }
      return 0;
    } catch (RuleException e) {
      throw new UserError(e.getMessage(), 2);
    } catch (StoreException e) {
      throw new UserError(e.getMessage(), 1);
    } catch (IOException e) {
      throw new UserError("bench failed in " + dir + ": " + e, 1);
    } finally {
      if (work == null && dir != null) {
        try {
          Bench.delete(dir);
        } catch (IOException | RuntimeException e) {
          err.println("newskg: could not delete the bench folder " + dir + ": " + e.getMessage());
        }
      }
    }
  }
}
