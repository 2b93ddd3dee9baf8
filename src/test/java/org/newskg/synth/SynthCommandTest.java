package org.newskg.synth;

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

/** {@code newskg synth} from the command line: output, exit codes, one-line errors. */
class SynthCommandTest {
  @TempDir Path tmp;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  @Test
  void writesTheCorpusAndSaysSo() throws IOException {
    Path dir = tmp.resolve("corpus");
    assertEquals(0, run("synth", "--articles", "3", "--seed", "9", dir.toString()));
    assertTrue(out.toString().startsWith("wrote 3 articles ("), out.toString());
    assertTrue(out.toString().contains(" to " + dir + " with seed 9"), out.toString());
    assertTrue(Files.readString(dir.resolve("000/synth-000003.txt")).length() > 300);
    assertEquals("", err.toString());
  }

  @Test
  void goldFilesOnRequest() throws IOException {
    Path dir = tmp.resolve("scored");
    assertEquals(0, run("synth", "--articles", "4", "--gold", dir.toString()));
    assertTrue(Files.readAllLines(dir.resolve("gold.tsv")).size() > 4);
    assertTrue(Files.readString(dir.resolve("statements.tsv")).startsWith("file\tspeaker\t"));
    assertEquals(0, run("synth", "--articles", "2", "--overwrite", dir.toString()));
    assertTrue(!Files.exists(dir.resolve("gold.tsv")), "--overwrite removes the old gold too");
  }

  @Test
  void refusesANonEmptyFolderUnlessOverwriteIsGiven() throws IOException {
    Path dir = tmp.resolve("corpus");
    assertEquals(0, run("synth", "--articles", "5", dir.toString()));
    String fifth = Files.readString(dir.resolve("000/synth-000005.txt"));
    assertEquals(2, run("synth", "--articles", "2", dir.toString()));
    assertEquals(
        "newskg: "
            + dir
            + " is not empty; choose a new folder, or add --overwrite to replace a corpus there\n",
        err.toString());
    assertEquals(0, run("synth", "--articles", "2", "--overwrite", dir.toString()));
    assertTrue(Files.exists(dir.resolve("000/synth-000002.txt")));
    assertTrue(!Files.exists(dir.resolve("000/synth-000005.txt")), "the old corpus is gone");
    assertTrue(fifth.length() > 0);
  }

  @Test
  void badArgumentsExitWithTwoAndOneLine() throws IOException {
    assertEquals(2, run("synth", "--articles", "0", tmp.resolve("x").toString()));
    assertEquals("newskg: --articles must be between 1 and 10,000,000, not 0\n", err.toString());
    err.getBuffer().setLength(0);
    assertEquals(
        2,
        run(
            "synth",
            "--articles",
            "1",
            "--gazetteer",
            tmp.toString(),
            tmp.resolve("y").toString()));
    assertEquals(
        "newskg: "
            + tmp.resolve("countries.tsv")
            + ": not found (the generator needs countries.tsv; see --gazetteer)\n",
        err.toString());
    err.getBuffer().setLength(0);
    Path file = Files.writeString(tmp.resolve("a-file"), "x");
    assertEquals(2, run("synth", "--articles", "1", file.toString()));
    assertEquals("newskg: " + file + " is a file, not a folder\n", err.toString());
    err.getBuffer().setLength(0);
    assertEquals(2, run("synth", tmp.resolve("z").toString()));
    assertTrue(
        err.toString().startsWith("newskg: Missing required option: '--articles=N'"),
        err.toString());
  }

  @Test
  void helpDescribesOptionsDefaultsAndExamples() {
    assertEquals(0, run("synth", "--help"));
    String help = out.toString();
    assertTrue(help.contains("--seed=S"), help);
    assertTrue(help.contains("(default: 1)"), help);
    assertTrue(help.contains("Examples:"), help);
    assertTrue(help.contains("newskg synth --articles 1000 /tmp/corpus"), help);
  }
}
