package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newskg.extract.Extractor;
import org.newskg.store.BuildReport;
import org.newskg.store.GraphBuilder;
import org.newskg.store.Home;
import org.newskg.store.Skipped;
import org.newskg.store.Store;
import org.newskg.store.StoreException;
import org.newskg.validate.GraphValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Extracts strikes, statements and attributions from articles and writes them into the"
          + " store. Each article gets its own named graph; building an article again replaces"
          + " its graph, so re-running on the same articles changes nothing.",
      "Prints counts of what was built ('changed': articles whose graph was new or differed"
          + " from the store's), then one line per skipped input.",
      "Exit 0 when every input was built, 3 when some were skipped (the rest are built), 2 for"
          + " bad arguments or broken rules."
    },
    footer = {
      "",
      "Examples:",
      "  newskg build                          # seeds/ into newskg-db/",
      "  newskg build --db /tmp/kg articles/ extra/one.html",
      "  newskg build --rules my-rules/ --quiet archive.jsonl"
    })
final class BuildCommand implements Callable<Integer> {
  /** Progress lines on long builds, at most this often. */

  @Spec CommandSpec spec;

  @Mixin DbOption db;

  @Mixin RulesOption rules;

  @Option(
      names = {"-j", "--threads"},
      paramLabel = "N",
      description =
          "Articles extracted in parallel (default: one per processor). The result does"
              + " not depend on it.")
  Integer threads;

  @Option(
      names = "--batch",
      paramLabel = "N",
      defaultValue = "2048",
      description =
          "Articles in the first write transaction (default: ${DEFAULT-VALUE}); each later one holds as"
              + " many articles as are already committed, so a build commits about log2(articles / N)"
              + " times. TDB2 copies index blocks on every commit, so fewer commits write faster and"
              + " leave a smaller store; memory does not depend on N (articles are written as they"
              + " come). An interrupted build keeps every committed transaction; re-run it to finish.")
  int batch;

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress on stderr (by default: a bar with rate and ETA on a terminal, a line every 2 s otherwise).")
  boolean quiet;

  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description = "Article files (.txt, .html, .jsonl) or folders of them (default: seeds).")
  List<Path> paths = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (batch < 1) {
      throw new UserError("--batch must be at least 1, not " + batch, 2);
    }
    Path rulesDir = rules.dir();
    // Rules first: a broken rule file must stop the build before the store is touched.
    Extractor extractor = Extractor.load(rulesDir);
    List<Path> inputs = paths.isEmpty() ? List.of(defaultSeeds()) : paths;
    BuildProgress bar = quiet ? null : BuildProgress.forInputs(err, inputs);
    GraphBuilder.Progress progress = bar == null ? GraphBuilder.Progress.NONE : bar;
    BuildReport r;
    String violations;
    try (Store store = Store.openOrCreate(db.db())) {
      r =
          new GraphBuilder(extractor, progress, batch)
              .threads(threads())
              .build(inputs, store.dataset());
      // SHACL check of what is now in the store (ontology/shapes.ttl); details: newskg validate.
      if (bar != null) {
        bar.finish();
      }
      violations = GraphValidator.summaryAfterBuild(store.dataset());
    } catch (StoreException e) {
      throw new UserError(e.getMessage(), e.busy() ? 1 : 2);
    }
    out.printf(Locale.ROOT, "built %s%n", db.db());
    line(out, "articles", r.articles());
    line(out, "changed", r.rewritten());
    line(out, "sentences", r.sentences());
    line(out, "actors", r.actors());
    line(out, "strikes", r.strikes());
    line(out, "statements", r.statements());
    line(out, "attributions", r.attributions());
    line(out, "triples", r.quads());
    out.printf(Locale.ROOT, "  %-13s %s%n", "violations", violations);
    out.printf(Locale.ROOT, "  %-13s %.1f%n", "seconds", r.seconds());
    for (Skipped s : r.skipped()) {
      out.println(s);
    }
    if (r.ignored() > 0) {
      out.printf(
          Locale.ROOT,
          "%d file%s ignored (not an article format)%n",
          r.ignored(),
          r.ignored() == 1 ? "" : "s");
    }
    if (!r.skipped().isEmpty()) {
      out.printf(
          Locale.ROOT,
          "%d input%s skipped%n",
          r.skipped().size(),
          r.skipped().size() == 1 ? "" : "s");
    }
    out.flush();
    return r.skipped().isEmpty() ? 0 : 3;
  }

  private int threads() {
    if (threads == null) {
      return Runtime.getRuntime().availableProcessors();
    }
    if (threads < 1) {
      throw new UserError("--threads must be at least 1", 2);
    }
    return threads;
  }

  private static void line(PrintWriter out, String what, long n) {
    out.printf(Locale.ROOT, "  %-13s %d%n", what, n);
  }


  private static Path defaultSeeds() {
    Path found = Home.find("seeds");
    if (found == null) {
      throw new UserError(
          "no seeds/ folder here or under $NEWSKG_HOME; name the articles to build", 2);
    }
    return found;
  }

  /** Prints a progress line at most every two seconds. */
}
