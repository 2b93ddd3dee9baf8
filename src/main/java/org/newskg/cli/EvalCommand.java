package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.newskg.eval.AttributionScore;
import org.newskg.eval.EvalException;
import org.newskg.eval.GoldAttribution;
import org.newskg.eval.GoldFiles;
import org.newskg.eval.GoldQuote;
import org.newskg.eval.GraphPredictions;
import org.newskg.eval.Predictions;
import org.newskg.eval.QuoteScore;
import org.newskg.eval.Report;
import org.newskg.eval.Scorer;
import org.newskg.extract.Extractor;
import org.newskg.store.Skipped;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Scores the rules against gold annotations.",
      "Builds the graph of the articles in memory with the same code as 'build' (the",
      "store is not touched), runs queries/attributions.rq and queries/quotes.rq, and",
      "scores the rows exactly as the acceptance scorer score.py does: precision,",
      "recall and F1 for attributions (strict: same stance; lenient: same polarity)",
      "and for quotes, per stance and per rule, then every miss and every false",
      "positive with its rule and evidence. Gold rows with required = no are neither",
      "rewarded nor penalised. The last line is 'F1 x.xxx', the strict attribution F1.",
      "Exit 0; 1 when --min-f1 is given and the strict attribution F1 is below it;",
      "2 for bad arguments, gold files or rules."
    },
    footer = {
      "",
      "Gold files are tab-separated with a header row, as in the shared eval folder:",
      "  attributions: file attributor attributor_aliases strike perpetrator",
      "                perpetrator_aliases stance certainty evidence required",
      "  quotes:       file speaker speaker_aliases quote_start",
      "",
      "Examples:",
      "  newskg eval --gold src/test/resources/gold/seeds-gold.tsv \\",
      "    --quotes src/test/resources/gold/seeds-quotes.tsv seeds/",
      "  newskg eval --gold src/test/resources/devset/gold.tsv \\",
      "    --quotes src/test/resources/devset/quotes.tsv \\",
      "    src/test/resources/devset/articles",
      "  newskg eval --rules my-rules/ --min-f1 0.4 --gold gold.tsv articles/"
    })
final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--gold",
      required = true,
      paramLabel = "GOLD.tsv",
      description = "Gold attributions (one row per attribution a careful analyst would record).")
  Path gold;

  @Option(
      names = "--quotes",
      paramLabel = "QUOTES.tsv",
      description = "Gold direct quotes and their speakers; without it quotes are not scored.")
  Path quotes;

  @Mixin RulesOption rules;

  @Option(
      names = "--min-f1",
      paramLabel = "X",
      description =
          "Exit 1 when the strict attribution F1 is below X (0 to 1); for CI. Default: no floor.")
  Double minF1;

  @Parameters(
      paramLabel = "PATH",
      arity = "1..*",
      description =
          "Article files (.txt, .html, .jsonl) or folders of them: the articles the gold names.")
  List<Path> paths;

  @Override
  public Integer call() {
    if (minF1 != null && (minF1.isNaN() || minF1 < 0 || minF1 > 1)) {
      throw new UserError("--min-f1 must be between 0 and 1, not " + minF1, 2);
    }
    for (Path p : paths) {
      if (!Files.exists(p)) {
        throw new UserError(p + ": no such file or folder", 2);
      }
    }
    List<GoldAttribution> goldRows;
    List<GoldQuote> goldQuotes;
    try {
      goldRows = GoldFiles.attributions(gold);
      goldQuotes = quotes == null ? null : GoldFiles.quotes(quotes);
    } catch (EvalException e) {
      throw new UserError(e.getMessage(), 2);
    }

    Extractor extractor = Extractor.load(rules.dir());
    Predictions predictions;
    try {
      predictions = GraphPredictions.of(extractor, paths);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    PrintWriter err = spec.commandLine().getErr();
    for (Skipped s : predictions.build().skipped()) {
      err.println("newskg: " + s);
    }
    warnAboutUnbuiltGold(goldRows, goldQuotes, predictions, err);

    AttributionScore a = Scorer.attributions(goldRows, predictions.attributions());
    QuoteScore q = goldQuotes == null ? null : Scorer.quotes(goldQuotes, predictions.quotes());
    Report.print(a, q, spec.commandLine().getOut());
    if (minF1 != null && a.strict().f1() < minF1) {
      err.println(
          "newskg: strict attribution F1 "
              + Report.f3(a.strict().f1())
              + " is below --min-f1 "
              + minF1);
      return 1;
    }
    return 0;
  }

  /** A gold file naming more articles than were built usually means the wrong PATH was given. */
  private static void warnAboutUnbuiltGold(
      List<GoldAttribution> gold,
      List<GoldQuote> quotes,
      Predictions predictions,
      PrintWriter err) {
    Set<String> files = new TreeSet<>();
    gold.forEach(g -> files.add(g.file()));
    if (quotes != null) {
      quotes.forEach(g -> files.add(g.file()));
    }
    if (predictions.build().articles() < files.size()) {
      err.println(
          "newskg: note: the gold names "
              + files.size()
              + " articles but only "
              + predictions.build().articles()
              + " were built; is PATH the right folder?");
    }
  }

}
