package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.Main;
import picocli.CommandLine;

/** The eval command line: help, argument errors (exit 2), the report and the --min-f1 gate. */
class EvalCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  /** An article no rule can attribute anything in, and gold that says there is an attribution. */
  private static Path[] quietArticle(Path dir) throws IOException {
    Path article = dir.resolve("calm-001.txt");
    Files.writeString(
        article, "A quiet day\n\nNothing happened in the city today. The market was busy.\n");
    Path gold = dir.resolve("gold.tsv");
    Files.writeString(
        gold,
        "file\tattributor\tattributor_aliases\tstrike\tperpetrator\tperpetrator_aliases\tstance"
            + "\tcertainty\tevidence\trequired\n"
            + "calm-001.txt\tUnited States\tUS\tthe strike\tIsrael\t\tasserts\tconfirmed\tNothing"
            + " happened in the city today.\tyes\n");
    Path quotes = dir.resolve("quotes.tsv");
    Files.writeString(
        quotes,
        "file\tspeaker\tspeaker_aliases\tquote_start\ncalm-001.txt\tMayor\t\tAll is well\n");
    return new Path[] {article, gold, quotes};
  }

  @Test
  void helpDescribesOptionsAndShowsExamples() {
    assertEquals(0, run("eval", "--help"));
    String help = out.toString();
    for (String s :
        new String[] {
          "--gold", "--quotes", "--rules", "--min-f1", "Examples:", "score.py", "required = no"
        }) {
      assertTrue(help.contains(s), "help lacks " + s + ":\n" + help);
    }
  }

  @Test
  void missingGoldOptionIsExit2() {
    assertEquals(2, run("eval", "seeds"));
    assertTrue(
        err.toString().startsWith("newskg: Missing required option: '--gold=GOLD.tsv'"),
        err.toString());
  }

  @Test
  void missingGoldFileIsOneLineExit2(@TempDir Path dir) {
    Path none = dir.resolve("none.tsv");
    assertEquals(2, run("eval", "--gold", none.toString(), "seeds"));
    assertEquals("newskg: " + none + ": no such file\n", err.toString());
  }

  @Test
  void missingArticlePathIsExit2(@TempDir Path dir) throws IOException {
    Path[] f = quietArticle(dir);
    assertEquals(2, run("eval", "--gold", f[1].toString(), dir.resolve("nowhere").toString()));
    assertEquals(
        "newskg: " + dir.resolve("nowhere") + ": no such file or folder\n", err.toString());
  }

  @Test
  void minF1OutsideZeroToOneIsExit2(@TempDir Path dir) throws IOException {
    Path[] f = quietArticle(dir);
    assertEquals(2, run("eval", "--min-f1", "1.5", "--gold", f[1].toString(), f[0].toString()));
    assertEquals("newskg: --min-f1 must be between 0 and 1, not 1.5\n", err.toString());
  }

  @Test
  void reportListsTheMissWithItsEvidenceAndEndsWithF1(@TempDir Path dir) throws IOException {
    Path[] f = quietArticle(dir);
    assertEquals(
        0,
        run(
            "eval",
            "--rules",
            "rules",
            "--gold",
            f[1].toString(),
            "--quotes",
            f[2].toString(),
            f[0].toString()));
    String report = out.toString();
    assertTrue(
        report.contains("strict: tp=0 fp=0 gold=1 precision=0.000 recall=0.000 F1=0.000"), report);
    assertTrue(report.contains("quotes: tp=0 fp=0 (wrong speaker 0) gold=1"), report);
    assertTrue(
        report.contains(
            "  calm-001.txt  United States -> Israel  asserts  | Nothing happened in the city"
                + " today."),
        report);
    assertTrue(report.contains("  calm-001.txt  Mayor  | All is well"), report);
    assertTrue(report.endsWith("F1 0.000\n"), report);
  }

  @Test
  void minF1AboveTheScoreIsExit1(@TempDir Path dir) throws IOException {
    Path[] f = quietArticle(dir);
    assertEquals(
        1,
        run(
            "eval",
            "--rules",
            "rules",
            "--min-f1",
            "0.5",
            "--gold",
            f[1].toString(),
            f[0].toString()));
    assertEquals("newskg: strict attribution F1 0.000 is below --min-f1 0.5\n", err.toString());
    assertEquals(
        0,
        run(
            "eval",
            "--rules",
            "rules",
            "--min-f1",
            "0",
            "--gold",
            f[1].toString(),
            f[0].toString()));
  }

  @Test
  void malformedGoldNamesFileAndLine(@TempDir Path dir) throws IOException {
    Path[] f = quietArticle(dir);
    Path bad = dir.resolve("bad.tsv");
    Files.writeString(
        bad,
        "file\tattributor\tattributor_aliases\tstrike\tperpetrator\tperpetrator_aliases\tstance\n"
            + "calm-001.txt\tUS\n");
    assertEquals(2, run("eval", "--gold", bad.toString(), f[0].toString()));
    assertEquals(
        "newskg: " + bad + ":2: 2 fields, no value for column 'perpetrator'\n", err.toString());
  }
}
