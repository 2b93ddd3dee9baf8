package org.newskg.draw;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.Main;
import org.newskg.serve.Chromium;
import org.newskg.serve.SeedStore;
import org.newskg.store.Store;
import picocli.CommandLine;

/** {@code newskg graph} over the seed articles built with the real rules. */
class GraphCommandTest {
  @TempDir static Path tmp;
  static Path db;
  static List<AttributionRow> rows;

  @BeforeAll
  static void build() {
    db = tmp.resolve("db");
    try (Store store = SeedStore.build(db)) {
      rows = AttributionQuery.run(store.dataset());
    }
  }

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    String[] all = new String[args.length + 3];
    all[0] = "graph";
    all[1] = "--db";
    all[2] = db.toString();
    System.arraycopy(args, 0, all, 3, args.length);
    int code = cl.execute(all);
    return new Run(code, out.toString(), err.toString());
  }

  /** Text as Graphviz writes it into SVG: XML-escaped, and hyphens as character references. */
  static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace("-", "&#45;");
  }

  @Test
  void theSvgShowsEveryActorOfTheSeedAttributions() {
    assumeTrue(Graphviz.dot() != null, "needs Graphviz (apt-get install graphviz)");
    Run r = run("--format", "svg");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("<svg"), r.out());
    assertTrue(r.out().contains(">Israel</text>"), "Israel is a node");
    assertTrue(r.out().contains(">United States</text>"), "the United States is a node");
    for (AttributionRow row : rows) {
      assertTrue(r.out().contains(xml(row.attributor())), row.attributor());
      assertTrue(r.out().contains(xml(row.perpetrator())), row.perpetrator());
    }
  }

  @Test
  void aPngIsWrittenToTheOutputFile() throws Exception {
    assumeTrue(Graphviz.dot() != null, "needs Graphviz (apt-get install graphviz)");
    Path png = tmp.resolve("seeds.png");
    Run r = run("--format", "png", "--output", png.toString());
    assertEquals(new Run(0, "", "newskg: wrote " + png + "\n"), r);
    byte[] head = Arrays.copyOf(Files.readAllBytes(png), 8);
    assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, head);
    assertTrue(Files.size(png) > 50_000, "a real picture, not an empty canvas: " + Files.size(png));
  }

  @Test
  void theDotIsTheSameEveryTime() {
    Run first = run("--format", "dot");
    Run second = run("--format", "dot");
    assertEquals(0, first.code());
    assertEquals(first, second);
    assertEquals(rows.size(), first.out().lines().filter(l -> l.matches("  actor\\d+ -> actor\\d+ .*")).count());
  }

  @Test
  void theHtmlPageIsSelfContainedAndListsTheEvidence() throws Exception {
    assumeTrue(Graphviz.dot() != null, "needs Graphviz (apt-get install graphviz)");
    Path html = tmp.resolve("seeds.html");
    assertEquals(0, run("--format", "html", "--output", html.toString()).code());
    String page = Files.readString(html);
    assertTrue(page.startsWith("<!DOCTYPE html>"));
    assertTrue(page.contains("<svg"), "the picture is inline");
    assertFalse(page.contains("<?xml") || page.contains("<!DOCTYPE svg"), "no XML prolog mid-page");
    assertFalse(page.contains("<script") || page.contains("<link") || page.contains("<img"), "nothing to fetch");
    assertFalse(page.matches("(?s).*(src|href)=\"(https?:)?//.*"), "no external resources");
    assertTrue(page.contains(
        "<td>000_9ab0253e334ba646.txt</td><td>United States</td><td>strike north of Baghdad</td><td>Israel</td>"),
        "the table has the known attribution");
    assertTrue(page.contains("The U.S. government has said that Israel possibly has a role"), "with its evidence");

    if (Chromium.available()) {
      Path shot = Path.of("target/screenshots/attributions-html.png");
      Files.createDirectories(shot.getParent());
      Files.deleteIfExists(shot);
      Process p = new ProcessBuilder(
              Chromium.BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
              "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
              "--user-data-dir=" + Files.createDirectories(tmp.resolve("chromium-profile")),
              "--screenshot=" + shot.toAbsolutePath(), "--window-size=1400,1000", html.toUri().toString())
          .redirectErrorStream(true)
          .redirectOutput(tmp.resolve("chromium.log").toFile())
          .start();
      assertTrue(p.waitFor(90, TimeUnit.SECONDS), "chromium finished");
      assertTrue(Files.size(shot) > 20_000, "a screenshot of the page: " + Files.readString(tmp.resolve("chromium.log")));
    }
  }

  @Test
  void withoutGraphvizHtmlFallsBackToTheTableAndSvgSaysWhatToInstall() {
    System.setProperty("newskg.dot", tmp.resolve("no-such-dot").toString());
    try {
      Run html = run("--format", "html");
      assertEquals(0, html.code(), html.err());
      assertFalse(html.out().contains("<div class=\"picture\">"), "no picture without dot");
      assertTrue(html.out().contains("<p class=\"note\">No picture: Graphviz is not installed"), html.out());
      assertTrue(html.out().contains("<td>Israel</td>"));
      Run svg = run("--format", "svg");
      assertEquals(
          new Run(1, "", "newskg: Graphviz is not installed (no 'dot' program on the PATH); install it"
              + " (apt-get install graphviz) or use --format dot\n"),
          svg);
      assertEquals(0, run("--format", "dot").code(), "DOT needs no Graphviz");
    } finally {
      System.clearProperty("newskg.dot");
    }
  }

  @Test
  void filtersKeepOneActorOneArticleOrOneStrike() {
    List<String> israel = edges(run("--format", "dot", "--actor", "israel").out());
    assertEquals(rows.stream().filter(r -> r.attributor().equals("Israel") || r.perpetrator().equals("Israel")).count(), israel.size());
    assertTrue(israel.stream().allMatch(e -> e.contains("Israel")), israel.toString());

    List<String> one = edges(run("--format", "dot", "--article", "003").out());
    assertEquals(rows.stream().filter(r -> r.article().startsWith("003")).count(), one.size());
    assertTrue(one.stream().allMatch(e -> e.contains("003_70fdbfacb3a759a9.txt: ")), one.toString());

    List<String> baghdad = edges(run("--format", "dot", "--strike", "BAGHDAD").out());
    assertFalse(baghdad.isEmpty());
    assertTrue(baghdad.stream().allMatch(e -> e.replace("\\n", " ").toLowerCase(Locale.ROOT).contains("baghdad")));
  }

  @Test
  void nothingMatchingIsOneLineNamingTheActors() {
    Run r = run("--format", "dot", "--actor", "Atlantis");
    assertEquals(1, r.code());
    assertEquals("", r.out());
    assertTrue(r.err().startsWith("newskg: no attribution matches actor 'Atlantis'; actors: "), r.err());
    assertTrue(r.err().contains("Israel") && r.err().endsWith("\n") && r.err().lines().count() == 1, r.err());
  }

  @Test
  void anOutputThatCannotBeWrittenIsOneLine() {
    assertEquals(new Run(2, "", "newskg: cannot write " + tmp + ": it is a folder\n"),
        run("--format", "dot", "--output", tmp.toString()));
    Path nowhere = tmp.resolve("no/such/folder/g.dot");
    assertEquals(new Run(2, "", "newskg: cannot write " + nowhere + ": no folder " + nowhere.getParent() + "\n"),
        run("--format", "dot", "--output", nowhere.toString()));
  }

  @Test
  void aWrongFormatIsExitTwo() {
    Run r = run("--format", "pdf");
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("newskg: Invalid value for option '--format'"), r.err());
  }

  static List<String> edges(String dot) {
    return dot.lines().filter(l -> l.matches("  actor\\d+ -> actor\\d+ .*")).toList();
  }
}
