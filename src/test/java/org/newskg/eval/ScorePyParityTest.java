package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the shared score.py and the Java port on the same randomly varied gold and predictions
 * (fixed seeds, so the cases are the same on every run) and requires the same printed numbers.
 * score.py is looked up in -Dnewskg.scorePy, then at ../shared/eval/score.py beside the project;
 * without it, or without python3, the test is skipped.
 */
class ScorePyParityTest {
  private static final String[] LABELS = {
    "United States",
    "the U.S.",
    "US",
    "U.S",
    "Israel",
    "Israeli",
    "ISRAEL",
    "Iran",
    "Tehran",
    "Houthis",
    "Ansar Allah",
    "al-Shabaab",
    "Al Shabaab",
    "Kataib Hezbollah",
    "\u201cHamas\u201d",
    "Hamas\u00a0",
    "Cúcuta police",
    "<http://x.org/iran>",
    "\"Iran\"@en",
    ""
  };
  private static final String[] STANCES = {
    "asserts",
    "suspects",
    "accuses",
    "claims_responsibility",
    "claims responsibility",
    "denies",
    "Rejects-Accusation",
    "neither_confirms_nor_denies",
    "alleges",
    ""
  };
  private static final String[] CERTAINTIES = {
    "confirmed", "likely", "possible", "unknown", "Likely", ""
  };
  private static final String[] QUOTES = {
    "\u201cWe will respond,\u201d he said.",
    "We will respond",
    "Our patience has limits.",
    "The U.S. will not tolerate attacks on its forces, and it will respond",
    "a new massacre",
    "\"It was not us\"",
    "We act in many arenas against a country that wants to destroy us",
    ""
  };

  static Path scorePy() {
    String configured = System.getProperty("newskg.scorePy");
    Path p = configured != null ? Path.of(configured) : Path.of("..", "shared", "eval", "score.py");
    return Files.isRegularFile(p) ? p : null;
  }

  static String python(Path script, String kind, Path gold, Path pred)
      throws IOException, InterruptedException {
    Process proc =
        new ProcessBuilder("python3", script.toString(), kind, gold.toString(), pred.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assumeTrue(proc.waitFor(60, TimeUnit.SECONDS), "python3 timed out");
    assumeTrue(proc.exitValue() == 0, "score.py failed: " + out);
    return out;
  }

  static boolean havePython() {
    try {
      return new ProcessBuilder("python3", "--version").start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  @Test
  void attributionNumbersEqualScorePy(@TempDir Path dir) throws Exception {
    Path script = scorePy();
    assumeTrue(script != null && havePython(), "score.py or python3 not available");
    int tps = 0;
    int fps = 0;
    for (long seed = 1; seed <= 12; seed++) {
      Random r = new Random(seed);
      List<String> gold = new ArrayList<>();
      gold.add(
          "file\tattributor\tattributor_aliases\tstrike\tperpetrator\tperpetrator_aliases\tstance"
              + "\tcertainty\tevidence\trequired");
      for (int i = 0; i < 25; i++) {
        gold.add(
            String.join(
                "\t",
                "art" + r.nextInt(4) + ".txt",
                pick(r, LABELS),
                pick(r, LABELS) + "|" + pick(r, LABELS),
                "strike",
                pick(r, LABELS),
                pick(r, LABELS),
                pick(r, STANCES).replace(' ', '_'),
                pick(r, CERTAINTIES),
                "evidence " + i,
                r.nextInt(4) == 0 ? "no" : "yes"));
      }
      List<String> pred = new ArrayList<>();
      pred.add("?article,?attributor,?strike,?perpetrator,?stance,?certainty,?evidence");
      for (int i = 0; i < 40; i++) {
        pred.add(
            String.join(
                ",",
                csv("http://x.org/ART" + r.nextInt(5) + ".txt"),
                csv(pick(r, LABELS)),
                "s",
                csv(pick(r, LABELS)),
                csv(pick(r, STANCES)),
                csv(pick(r, CERTAINTIES)),
                csv("ev, " + i)));
      }
      Path g = Files.write(dir.resolve("gold" + seed + ".tsv"), gold, StandardCharsets.UTF_8);
      Path p = Files.write(dir.resolve("pred" + seed + ".csv"), pred, StandardCharsets.UTF_8);
      AttributionScore s =
          Scorer.attributions(GoldFiles.attributions(g), PredictionFiles.attributions(p));
      String expected = python(script, "attributions", g, p);
      String actual =
          Report.summary("strict", s.strict())
              + "\n"
              + Report.summary("lenient", s.lenient())
              + "\n"
              + "F1 "
              + Py.f3(s.strict().f1())
              + "\n";
      assertEquals(expected, actual, "seed " + seed);
      tps += s.strict().tp() + s.lenient().tp();
      fps += s.strict().fp();
    }
    // The cases must exercise matching, not only agree on zeros.
    assertTrue(tps > 10 && fps > 10, "tp " + tps + ", fp " + fps);
  }

  @Test
  void quoteNumbersEqualScorePy(@TempDir Path dir) throws Exception {
    Path script = scorePy();
    assumeTrue(script != null && havePython(), "score.py or python3 not available");
    int tps = 0;
    for (long seed = 1; seed <= 12; seed++) {
      Random r = new Random(seed);
      List<String> gold = new ArrayList<>();
      gold.add("file\tspeaker\tspeaker_aliases\tquote_start");
      for (int i = 0; i < 15; i++) {
        gold.add(
            String.join(
                "\t",
                "q" + r.nextInt(3) + ".txt",
                pick(r, LABELS),
                pick(r, LABELS),
                pick(r, QUOTES)));
      }
      List<String> pred = new ArrayList<>();
      pred.add("article\tspeaker\tquote");
      for (int i = 0; i < 25; i++) {
        pred.add(
            String.join(
                "\t", "Q" + r.nextInt(4) + ".txt", pick(r, LABELS), pick(r, QUOTES) + " and more"));
      }
      Path g = Files.write(dir.resolve("qgold" + seed + ".tsv"), gold, StandardCharsets.UTF_8);
      Path p = Files.write(dir.resolve("qpred" + seed + ".tsv"), pred, StandardCharsets.UTF_8);
      QuoteScore s = Scorer.quotes(GoldFiles.quotes(g), PredictionFiles.quotes(p));
      Counts c = s.counts();
      String actual =
          "quotes: tp="
              + c.tp()
              + " fp="
              + c.fp()
              + " (wrong speaker "
              + s.wrongSpeaker()
              + ") gold="
              + c.gold()
              + " precision="
              + Py.f3(c.precision())
              + " recall="
              + Py.f3(c.recall())
              + " F1="
              + Py.f3(c.f1())
              + "\nF1 "
              + Py.f3(c.f1())
              + "\n";
      assertEquals(python(script, "quotes", g, p), actual, "seed " + seed);
      tps += c.tp();
    }
    assertTrue(tps > 10, "tp " + tps);
  }

  private static String pick(Random r, String[] options) {
    return options[r.nextInt(options.length)];
  }

  private static String csv(String s) {
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }
}
