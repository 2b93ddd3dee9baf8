package org.newskg.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.input.ArticleConsumer;
import org.newskg.input.ArticleFiles;
import org.newskg.input.RawArticle;

/** The synthetic corpus is deterministic, varied, shaped like the seeds, and reads back. */
class CorpusTest {
  private static final Pattern SENTENCE_END =
      Pattern.compile("(?<=[.!?][”\"]?)\\s+(?=[“\"]?[A-Z])");
  private static Cast cast;
  private static List<String> articles;

  @BeforeAll
  static void generate() throws IOException {
    cast = Cast.load(Path.of("rules/gazetteer"));
    articles = new ArrayList<>();
    new Corpus(cast, 42).generate(200, (text, i) -> articles.add(text));
  }

  private static List<String> tree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString())
          .sorted()
          .toList();
    }
  }

  private static List<String> body(String article) {
    // Title, date line, then paragraphs; the last line may be a "Source:" or byline.
    String[] blocks = article.split("\n\n");
    List<String> sentences = new ArrayList<>();
    for (int i = 2; i < blocks.length; i++) {
      String block = blocks[i].strip();
      if (i == 2) {
        block = block.substring(block.indexOf(" — ") + 3); // "ST. GEORGE'S — " is no sentence
      }
      if (!block.startsWith("Source: ") && !block.startsWith("Reporting by ")) {
        sentences.addAll(List.of(SENTENCE_END.split(block)));
      }
    }
    return sentences;
  }

  @Test
  void sameArgumentsGiveByteIdenticalFiles(@TempDir Path a, @TempDir Path b, @TempDir Path c)
      throws IOException {
    new Corpus(Cast.load(Path.of("rules/gazetteer")), 7).write(a, 40, Corpus.Progress.NONE);
    new Corpus(Cast.load(Path.of("rules/gazetteer")), 7).write(b, 40, Corpus.Progress.NONE);
    new Corpus(cast, 8).write(c, 40, Corpus.Progress.NONE);
    assertEquals(tree(a), tree(b));
    assertEquals(40, tree(a).size());
    for (String f : tree(a)) {
      assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
    }
    assertNotEquals(
        Files.readString(a.resolve("000/synth-000001.txt")),
        Files.readString(c.resolve("000/synth-000001.txt")));
  }

  @Test
  void aSmallerCorpusIsAPrefixOfALargerOne() {
    List<String> first = new ArrayList<>();
    new Corpus(cast, 42).generate(25, (text, i) -> first.add(text));
    assertEquals(articles.subList(0, 25), first);
  }

  @Test
  void twoHundredArticlesNameManyActorsAndRepeatFewSentences() {
    Set<String> actors = new HashSet<>();
    String all = String.join("\n", articles);
    for (Country c : cast.countries) {
      if (all.contains(c.label())) {
        actors.add(c.label());
      }
    }
    for (List<Party> kind :
        List.of(cast.armedGroups, cast.militaries, cast.governmentBodies, cast.internationals)) {
      for (Party p : kind) {
        if (all.contains(p.label())) {
          actors.add(p.label());
        }
      }
    }
    assertTrue(actors.size() >= 60, "distinct actors: " + actors.size());
    List<String> sentences = articles.stream().flatMap(a -> body(a).stream()).toList();
    Set<String> distinct = new HashSet<>(sentences);
    assertTrue(
        distinct.size() >= sentences.size() * 0.85,
        distinct.size() + " distinct of " + sentences.size() + " sentences");
    Set<String> titles =
        new HashSet<>(articles.stream().map(a -> a.lines().findFirst().get()).toList());
    assertTrue(titles.size() >= 190, titles.size() + " distinct titles");
  }

  @Test
  void everyConstructionTurnsUp() {
    String all = String.join("\n", articles);
    for (String construction :
        List.of(
            " said that ",
            ", which ",
            " blamed ",
            " accused ",
            "According to ",
            " was carried out by ",
            " claimed responsibility for ",
            " denied any involvement",
            " dismissed the statement",
            " refused to confirm or deny",
            " neither confirmed nor denied",
            " may have carried out",
            " possibly behind",
            " likely that",
            " believed to have carried out",
            ",” said ",
            " said: “",
            " said. “")) {
      assertTrue(all.contains(construction), "no article uses \"" + construction + "\"");
    }
  }

  @Test
  void articlesAreShapedLikeTheSeeds() {
    Pattern dateLine =
        Pattern.compile(
            "\\d{1,2} [A-Z][a-z]+ \\d{4}|Published [A-Z][a-z]+ \\d{1,2}, \\d{4}|Date:"
                + " \\d{4}-\\d{2}-\\d{2}|Updated: \\d{1,2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2} GMT");
    long total = 0;
    for (String a : articles) {
      String[] lines = a.split("\n", -1);
      assertTrue(!lines[0].isBlank() && lines[1].isEmpty(), a);
      assertTrue(dateLine.matcher(lines[2]).matches(), lines[2]);
      int n = body(a).size();
      assertTrue(n >= 5 && n <= 20, n + " sentences in\n" + a);
      int bytes = a.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
      assertTrue(bytes >= 1000 && bytes <= 4500, bytes + " bytes");
      total += bytes;
      assertTrue(a.endsWith("\n") && !a.contains("\r") && !a.contains("{"), a);
    }
    long mean = total / articles.size();
    assertTrue(mean >= 1800 && mean <= 3500, "mean " + mean + " bytes");
  }

  @Test
  void generatedFilesReadBackThroughArticleFilesInOrder(@TempDir Path dir) throws IOException {
    new Corpus(cast, 42).write(dir, 1003, Corpus.Progress.NONE);
    assertEquals(
        List.of("000", "001"),
        Files.list(dir).map(p -> p.getFileName().toString()).sorted().toList());
    List<RawArticle> read = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    ArticleFiles.read(
        List.of(dir),
        new ArticleConsumer() {
          @Override
          public void article(RawArticle article) {
            read.add(article);
          }

          @Override
          public void skipped(String where, String reason) {
            skipped.add(where + ": " + reason);
          }
        });
    assertEquals(List.of(), skipped);
    assertEquals(1003, read.size());
    assertEquals("synth-000001.txt", read.get(0).name());
    assertEquals("synth-001001.txt", read.get(1000).name());
    assertEquals(articles.get(0), read.get(0).text());
    assertEquals(articles.get(199), read.get(199).text());
  }

  @Test
  void relativePathsWidenOnlyWhenNeeded() {
    assertEquals("000/synth-000001.txt", Corpus.relativePath(1, 10));
    assertEquals("099/synth-099999.txt", Corpus.relativePath(99_999, 100_000));
    assertEquals("0999/synth-0999001.txt", Corpus.relativePath(999_001, 2_000_000));
  }

  @Test
  void goldRowsSayWhatTheirSentencesSay(@TempDir Path dir) throws IOException {
    new Corpus(cast, 42).write(dir, 60, true, Corpus.Progress.NONE);
    List<String> lines = Files.readAllLines(dir.resolve("gold.tsv"));
    assertEquals(
        "file\tattributor\tattributor_aliases\tstrike\tperpetrator\tperpetrator_aliases\tstance"
            + "\tcertainty\tevidence\trequired",
        lines.get(0));
    Set<String> filesWithRequiredRows = new HashSet<>();
    int checked = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      assertEquals(10, f.length, line);
      String text = articles.get(Integer.parseInt(f[0].replaceAll("\\D", "")) - 1);
      assertTrue(text.contains(f[8]), "evidence not in " + f[0] + ": " + f[8]);
      assertTrue(List.of(f[2].split("\\|")).contains(f[1]), "label among aliases: " + line);
      if (f[9].equals("yes")) {
        filesWithRequiredRows.add(f[0]);
      }
      String stanceAndCertainty = f[6] + " " + f[7];
      if (f[8].contains(" claimed responsibility for ")) {
        assertEquals("claims_responsibility confirmed", stanceAndCertainty, line);
        assertEquals(f[1], f[4], line);
        checked++;
      } else if (f[8].contains(" refused to confirm or deny ")) {
        assertEquals("neither_confirms_nor_denies unknown", stanceAndCertainty, line);
        checked++;
      } else if (f[8].contains(" may have carried out ")) {
        assertEquals("suspects possible", stanceAndCertainty, line);
        checked++;
      } else if (f[8].contains(" is believed to have carried out ")
          || f[8].contains(" are believed to have carried out ")) {
        assertEquals("suspects likely", stanceAndCertainty, line);
        checked++;
      } else if (f[8].contains(" dismissed the statement")) {
        assertEquals("rejects_accusation confirmed", stanceAndCertainty, line);
        checked++;
      } else if (f[8].contains(" accused ") && f[8].contains(" of ")) {
        assertEquals("accuses confirmed", stanceAndCertainty, line);
        checked++;
      }
    }
    assertTrue(checked >= 30, checked + " rows checked");
    // A headline that accuses or denies is backed by a required row of the same stance.
    for (int i = 0; i < 60; i++) {
      String title = articles.get(i).lines().findFirst().get();
      String file = String.format("synth-%06d.txt", i + 1);
      for (String[] cue :
          new String[][] {
            {" accuses ", "accuses"}, {" blames ", "accuses"}, {" denies role ", "denies"}
          }) {
        if (title.contains(cue[0])) {
          assertTrue(
              lines.stream()
                  .anyMatch(
                      l ->
                          l.startsWith(file + "\t")
                              && l.contains("\t" + cue[1] + "\t")
                              && l.endsWith("\tyes")),
              title);
        }
      }
    }
    assertEquals(60, filesWithRequiredRows.size(), "every article attributes its strike");
    List<String> quotes = Files.readAllLines(dir.resolve("statements.tsv"));
    assertEquals("file\tspeaker\tspeaker_aliases\tquote_start", quotes.get(0));
    assertTrue(quotes.size() > 30, quotes.size() + " quotes");
    for (String line : quotes.subList(1, quotes.size())) {
      String[] f = line.split("\t", -1);
      String text = articles.get(Integer.parseInt(f[0].replaceAll("\\D", "")) - 1);
      assertTrue(text.contains("“" + f[3]), "quote not in " + f[0] + ": " + f[3]);
    }
  }
}
