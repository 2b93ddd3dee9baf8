package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newskg.store.Home;
import org.newskg.synth.Cast;
import org.newskg.synth.Corpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "synth",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Writes a synthetic corpus of news articles about strikes, for benchmarks.",
      "",
      "Every article is a different story: actors, places, strikes, quotes and the",
      "constructions that attribute a strike (blamed, accused of, claimed",
      "responsibility, denied, refused to confirm or deny, dismissed the statement,",
      "hedged with may, likely, believed), drawn from the gazetteer, so the graph",
      "grows the way a real archive's does. The same --articles, --seed and",
      "gazetteer give byte-identical files; a smaller corpus is a prefix of a",
      "larger one. Files: DIR/000/synth-000001.txt ..., 1,000 to a sub-folder.",
      "",
      "With --gold, DIR/gold.tsv and DIR/statements.tsv list every attribution and",
      "quotation written, in the shared evaluation's gold format.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  newskg synth --articles 1000 /tmp/corpus",
      "  newskg synth --articles 100000 --seed 7 --overwrite /tmp/corpus",
      "  newskg build --db /tmp/kg /tmp/corpus",
      "  newskg synth --articles 200 --gold /tmp/c",
      "  ../shared/eval/check /tmp/c /tmp/c     # score the pipeline on it"
    })
final class SynthCommand implements Callable<Integer> {
  private static final int MAX_ARTICLES = 10_000_000;

  @Spec CommandSpec spec;

  @Option(
      names = "--articles",
      paramLabel = "N",
      required = true,
      description = "How many articles to write (1 to 10,000,000).")
  int articles;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description = "Random seed; the same seed gives the same corpus (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--gazetteer",
      paramLabel = "DIR",
      description =
          "Gazetteer folder: countries.tsv (required), organisations.tsv, places.tsv and"
              + " people.tsv when present (default: rules/gazetteer, else"
              + " $NEWSKG_HOME/rules/gazetteer).")
  Path gazetteer;

  @Option(
      names = "--gold",
      description = "Also write DIR/gold.tsv (attributions) and DIR/statements.tsv (quotes).")
  boolean gold;

  @Option(
      names = "--overwrite",
      description =
          "Delete a corpus already in DIR first (only its NNN/synth-*.txt files, gold.tsv"
              + " and statements.tsv).")
  boolean overwrite;

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress lines on stderr.")
  boolean quiet;

  @Parameters(paramLabel = "DIR", description = "Folder to write into; created when missing.")
  Path dir;

  @Override
  public Integer call() {
    if (articles < 1 || articles > MAX_ARTICLES) {
      throw new UserError("--articles must be between 1 and 10,000,000, not " + articles, 2);
    }
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new UserError(dir + " is a file, not a folder", 2);
    }
    Path gaz = gazetteerDir();
    Cast cast;
    try {
      cast = Cast.load(gaz);
    } catch (NoSuchFileException e) {
      throw new UserError(
          e.getFile() + ": not found (the generator needs countries.tsv; see --gazetteer)", 2);
    } catch (IOException e) {
      throw new UserError("cannot read the gazetteer in " + gaz + ": " + e.getMessage(), 2);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long bytes;
    try {
      if (overwrite) {
        Corpus.clear(dir);
      }
      if (notEmpty(dir)) {
        throw new UserError(
            dir
                + " is not empty; choose a new folder, or add --overwrite to replace a corpus"
                + " there",
            2);
      }
      long start = System.nanoTime();
      Corpus.Progress progress =
          quiet || articles < 2 * Corpus.PER_FOLDER
              ? Corpus.Progress.NONE
              : (done, total) -> {
                double secs = (System.nanoTime() - start) / 1e9;
                err.printf(
                    Locale.ROOT, "newskg: %d of %d articles written, %.0f s%n", done, total, secs);
                err.flush();
              };
      bytes = new Corpus(cast, seed).write(dir, articles, gold, progress);
    } catch (IOException e) {
      throw new UserError("cannot write the corpus into " + dir + ": " + e, 1);
    }
    out.printf(
        Locale.ROOT,
        "wrote %d articles (%s) to %s with seed %d, drawing on %d actors from %s%n",
        articles,
        bytes < 1024 * 1024
            ? String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0)
            : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0)),
        dir,
        seed,
        cast.actorCount(),
        gaz);
    out.flush();
    return 0;
  }

  private Path gazetteerDir() {
    if (gazetteer != null) {
      return gazetteer;
    }
    Path found = Home.find("rules/gazetteer");
    return found != null ? found : Path.of("rules/gazetteer");
  }

  private static boolean notEmpty(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      return ds.iterator().hasNext();
    }
  }
}
