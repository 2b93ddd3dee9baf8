package org.newskg.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The story, and nothing but the story, from a saved web page. */
class HtmlArticlesTest {
  @TempDir Path dir;

  private RawArticle read(String name, String html) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, html);
    Recorder r = new Recorder();
    ArticleFiles.read(List.of(f), r);
    return r.only();
  }

  @Test
  void newsPageGivesMainTextAndMetadata() {
    Recorder r = new Recorder();
    ArticleFiles.read(List.of(Path.of("src/test/resources/input/news-page.html")), r);
    RawArticle a = r.only();
    assertEquals(
        new RawArticle(
            "news-page.html",
            "BAGHDAD — A drone attack hit a weapons depot near the Balad air base on Tuesday, the"
                + " Popular Mobilization Forces said.\n\n"
                + "The group blamed the United States and Israel for the strike. “We will hold"
                + " them accountable,” a spokesman said.\n\n"
                + "The Pentagon denied any involvement.",
            "Drone strike hits depot near Balad",
            "2019-08-21",
            "https://news.example.org/2019/08/21/balad-depot",
            "Example News"),
        a);
  }

  @Test
  void withoutArticleOrMainTheDensestBlockWins() throws IOException {
    RawArticle a =
        read(
            "plain.html",
            "<html><head><title>Blasts in Iraq</title><link rel=canonical href='https://e.org/b'>"
                + "</head><body><div class=menu><p>Home</p><p>World</p></div>"
                + "<div class=body-copy><p>Explosions hit a base north of Baghdad.</p>"
                + "<p>Nobody claimed responsibility.</p></div>"
                + "<time datetime='2019-08-20'>20 August</time></body></html>");
    assertEquals(
        "Explosions hit a base north of Baghdad.\n\nNobody claimed responsibility.", a.text());
    assertEquals("Blasts in Iraq", a.title());
    assertEquals("2019-08-20", a.date());
    assertEquals("https://e.org/b", a.url());
  }

  @Test
  void headlineRepeatingTheTitleIsNotPartOfTheText() throws IOException {
    RawArticle a =
        read(
            "h1.html",
            "<main><h1>Pentagon denies role</h1><p>The Pentagon denied involvement.</p>"
                + "<h2>Background</h2><p>Blasts hit depots.</p></main>");
    assertEquals("Pentagon denies role", a.title());
    assertEquals("The Pentagon denied involvement.\n\nBackground\n\nBlasts hit depots.", a.text());
  }

  @Test
  void jsonLdDatePublished() throws IOException {
    RawArticle a =
        read(
            "ld.html",
            "<head><script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"2024-02-03T01:00:00Z\"}</script></head><body><article><p>The"
                + " United States carried out airstrikes.</p></article></body>");
    assertEquals("2024-02-03", a.date());
    assertEquals("The United States carried out airstrikes.", a.text());
  }

  @Test
  void teaserArticlesDoNotWinOverTheStory() throws IOException {
    RawArticle a =
        read(
            "teasers.html",
            "<body><div class=story-body><p>A drone attack hit a depot near Balad on Tuesday,"
                + " the Popular Mobilization Forces said.</p><p>The group blamed the United"
                + " States and Israel for the attack.</p><p>The Pentagon denied any"
                + " involvement.</p></div><div class=more>"
                + "<article><h3>Oil prices rise</h3><p>Oil rose 2 percent.</p></article>"
                + "<article><h3>Football</h3><p>The final ended in a draw after extra"
                + " time.</p></article></div></body>");
    assertEquals(
        "A drone attack hit a depot near Balad on Tuesday, the Popular Mobilization Forces"
            + " said.\n\nThe group blamed the United States and Israel for the attack.\n\n"
            + "The Pentagon denied any involvement.",
        a.text());
  }

  @Test
  void articleBodyMarkupWins() throws IOException {
    RawArticle a =
        read(
            "marked.html",
            "<body><article><div class=intro><p>Long introduction to the newsletter that is"
                + " not the story at all, but it is long.</p></div>"
                + "<div itemprop=articleBody><p>Explosions hit a base.</p></div></article></body>");
    assertEquals("Explosions hit a base.", a.text());
  }
}
