package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Drives 'build' with the project's real rules on small articles written here. */
class BuildCommandTest {
  @TempDir Path tmp;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private Path articles() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("articles"));
    Files.writeString(
        dir.resolve("one.txt"),
        "Drone strike hits base in Iraq\n\nA drone strike hit a base in Iraq on Monday.\n");
    Files.writeString(
        dir.resolve("two.txt"), "Explosion in Baghdad\n\nAn explosion shook Baghdad on Tuesday.\n");
    Files.writeString(dir.resolve("README.md"), "Not an article.");
    return dir;
  }

  private static long count(String out, String what) {
    Matcher m = Pattern.compile("(?m)^  " + what + "\\s+(\\d+)$").matcher(out);
    assertTrue(m.find(), what + " in " + out);
    return Long.parseLong(m.group(1));
  }

  @Test
  void buildsArticlesAndRebuildingChangesNothing() throws IOException {
    Path dir = articles();
    String db = tmp.resolve("db").toString();
    Run first = run("build", "--db", db, "--quiet", dir.toString());
    assertEquals(0, first.code(), first.err());
    assertEquals("", first.err());
    assertEquals(2, count(first.out(), "articles"));
    assertTrue(first.out().contains("  seconds"));
    assertTrue(first.out().endsWith("1 file ignored (not an article format)\n"), first.out());
    Run again = run("build", "--db", db, "--quiet", dir.toString());
    assertEquals(0, again.code(), again.err());
    assertEquals(count(first.out(), "triples"), count(again.out(), "triples"));
    assertEquals(2, count(first.out(), "changed"));
    assertEquals(0, count(again.out(), "changed"));
    Run titles =
        run(
            "query",
            "--db",
            db,
            "-f",
            "csv",
            "SELECT ?f ?t { ?a nkg:fileName ?f ; dcterms:title ?t } ORDER BY ?f");
    assertEquals(
        "f,t\r\none.txt,Drone strike hits base in Iraq\r\ntwo.txt,Explosion in Baghdad\r\n",
        titles.out(),
        titles.err());
  }

  @Test
  void skippedInputsAreListedAndExitIsThree() throws IOException {
    Path dir = articles();
    Path missing = tmp.resolve("missing.txt");
    Run r =
        run(
            "build",
            "--db",
            tmp.resolve("db").toString(),
            "-q",
            dir.toString(),
            missing.toString());
    assertEquals(3, r.code(), r.err());
    assertEquals(2, count(r.out(), "articles"));
    assertTrue(r.out().contains("skipped " + missing + ": no such file or folder\n"), r.out());
    assertTrue(r.out().endsWith("1 input skipped\n"), r.out());
  }

  @Test
  void brokenRulesStopTheBuildBeforeTheStoreIsTouched() throws IOException {
    Path rules = Files.createDirectories(tmp.resolve("rules"));
    Files.writeString(rules.resolve("attributions.rules"), "this is not a rule file [[[\n");
    Path db = tmp.resolve("db");
    Run r = run("build", "--db", db.toString(), "--rules", rules.toString(), articles().toString());
    assertEquals(2, r.code());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("newskg: "), r.err());
    assertTrue(r.err().contains(rules.toString()), "names the rules folder or file: " + r.err());
    assertFalse(Files.exists(db), "nothing written");
  }

  @Test
  void aFolderThatIsNotAStoreIsRefused() throws IOException {
    Path dir = articles();
    Run r = run("build", "--db", dir.toString(), "-q", dir.toString());
    assertEquals(2, r.code());
    assertEquals(
        "newskg: "
            + dir
            + " is a folder with other files in it, not a newskg store; choose another --db\n",
        r.err());
  }

  @Test
  void unknownOptionGivesOneLineAndExitTwo() {
    Run r = run("build", "--frobnicate");
    assertEquals(2, r.code());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("newskg: Unknown option: '--frobnicate'"), r.err());
  }

  @Test
  void helpHasDescriptionDefaultsAndExamples() {
    Run r = run("build", "--help");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("named graph"));
    assertTrue(r.out().contains("default: newskg-db"));
    assertTrue(r.out().contains("newskg build --db /tmp/kg articles/"));
  }
}
