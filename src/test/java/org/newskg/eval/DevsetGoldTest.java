package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The gold files are data that other tests trust: every row has all its columns, names an article
 * that exists, and quotes its evidence and quote starts from that article's text.
 */
class DevsetGoldTest {
  private static final Set<String> STANCES = Names.POLARITY.keySet();
  private static final Set<String> CERTAINTIES =
      Set.of("confirmed", "likely", "possible", "unknown");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"\u201d\u2019']?(\\s|$)");

  static Path resource(String name) {
    try {
      return Path.of(DevsetGoldTest.class.getResource(name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("no test resource " + name, e);
    }
  }

  /** Whitespace runs and curly quotes do not matter when looking for gold text in an article. */
  static String loose(String s) {
    return s.replace('\u2019', '\'')
        .replace('\u2018', '\'')
        .replace('\u201c', '"')
        .replace('\u201d', '"')
        .replaceAll("\\s+", " ");
  }

  @Test
  void devsetAttributionRowsAreCompleteAndQuoteTheirArticles() throws IOException {
    checkAttributions(resource("/devset/gold.tsv"), resource("/devset/articles"));
  }

  @Test
  void seedAttributionRowsAreCompleteAndNameSeedArticles() throws IOException {
    Path gold = resource("/gold/seeds-gold.tsv");
    for (GoldAttribution g : GoldFiles.attributions(gold)) {
      assertTrue(
          Files.isRegularFile(DevsetFloorTest.SEEDS.resolve(g.file())),
          gold + ":" + g.line() + ": no seed " + g.file());
    }
    assertEquals(35, GoldFiles.attributions(gold).size());
    assertEquals(20, GoldFiles.quotes(resource("/gold/seeds-quotes.tsv")).size());
  }

  @Test
  void devsetQuoteStartsOccurInTheirArticles() throws IOException {
    Path gold = resource("/devset/quotes.tsv");
    Path articles = resource("/devset/articles");
    checkColumns(gold, 4);
    for (GoldQuote q : GoldFiles.quotes(gold)) {
      String where = gold + ":" + q.line();
      Path article = articles.resolve(q.file());
      assertTrue(Files.isRegularFile(article), where + ": no article " + q.file());
      assertTrue(!q.quoteKey().isEmpty(), where + ": empty quote_start");
      assertTrue(
          loose(read(article)).contains(loose(q.quoteStart())),
          where + ": quote_start not in " + q.file());
    }
  }

  @Test
  void devsetArticlesHaveATitleAndFourToFifteenSentences() throws IOException {
    List<String> problems = new ArrayList<>();
    try (Stream<Path> files = Files.list(resource("/devset/articles"))) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        String text = read(f);
        if (!name.matches("dev-\\d{3}-[a-z0-9-]+\\.txt")) {
          problems.add(name + ": name is not dev-NNN-topic.txt");
        }
        if (text.lines().findFirst().orElse("").isBlank()) {
          problems.add(name + ": first line (the title) is blank");
        }
        // Body sentences only: the title has no final stop, and boilerplate lines are not
        // sentences.
        Matcher m = SENTENCE_END.matcher(text);
        int sentences = 0;
        while (m.find()) {
          sentences++;
        }
        if (sentences < 4 || sentences > 16) {
          problems.add(name + ": about " + sentences + " sentences");
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everyDevsetArticleIsInTheGoldAndViceVersa() throws IOException {
    Set<String> articles = new TreeSet<>();
    try (Stream<Path> files = Files.list(resource("/devset/articles"))) {
      files.forEach(f -> articles.add(f.getFileName().toString()));
    }
    Set<String> named = new TreeSet<>();
    GoldFiles.attributions(resource("/devset/gold.tsv")).forEach(g -> named.add(g.file()));
    GoldFiles.quotes(resource("/devset/quotes.tsv")).forEach(g -> named.add(g.file()));
    assertEquals(articles, named);
    assertTrue(articles.size() >= 40, "only " + articles.size() + " devset articles");
  }

  private static void checkAttributions(Path gold, Path articles) throws IOException {
    checkColumns(gold, 10);
    for (GoldAttribution g : GoldFiles.attributions(gold)) {
      String where = gold + ":" + g.line();
      Path article = articles.resolve(g.file());
      assertTrue(Files.isRegularFile(article), where + ": no article " + g.file());
      assertTrue(STANCES.contains(g.stance()), where + ": stance " + g.stance());
      assertTrue(CERTAINTIES.contains(g.certainty()), where + ": certainty " + g.certainty());
      assertTrue(
          !g.attributor().isBlank() && !g.perpetrator().isBlank() && !g.strike().isBlank(), where);
      assertTrue(
          loose(read(article)).contains(loose(g.evidence())),
          where + ": evidence not in " + g.file());
    }
  }

  private static void checkColumns(Path gold, int columns) throws IOException {
    List<String> lines = Files.readAllLines(gold, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String[] cells = lines.get(i).split("\t", -1);
      assertEquals(columns, cells.length, gold + ":" + (i + 1) + ": columns");
      if (i > 0 && columns == 10) {
        assertTrue(
            Set.of("yes", "no").contains(cells[9]),
            gold + ":" + (i + 1) + ": required " + cells[9]);
      }
    }
  }

  private static String read(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8);
  }
}
