package org.newskg.input;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/** The main text and metadata of a saved news web page. */
final class HtmlArticles {
  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)");
  private static final Pattern LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");

  /** Page furniture around the story; captions are dropped too, they repeat or stray. */
  private static final String FURNITURE =
      "nav, header, footer, aside, script, style, noscript, template, form, button, select,"
          + " iframe, svg, figure, figcaption, [hidden], [aria-hidden=true], [role=navigation],"
          + " [role=complementary]";

  /** Class or id words of share buttons, related-story boxes, comment sections and ads. */
  private static final Pattern WIDGET =
      Pattern.compile(
          "(?i)(^|[-_ ])(share|sharing|social|related|newsletter|subscribe|comments?|advert\\w*"
              + "|ads?|promo|cookie\\w*|breadcrumbs?|sidebar|popup|paywall)([-_ ]|$)");

  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "ul",
          "ol",
          "dl",
          "dt",
          "dd",
          "blockquote",
          "pre",
          "table",
          "tr",
          "td",
          "th",
          "br",
          "hr",
          "address",
          "center");

  private HtmlArticles() {}

  static RawArticle read(String name, byte[] bytes) throws Skip {
    Decoding.Detected d = Decoding.detect(bytes, bytes.length);
    String html = Decoding.decode(bytes, 0, bytes.length, d, declaredCharset(bytes));
    if (html.isBlank()) {
      throw new Skip("empty file");
    }
    Document doc = Jsoup.parse(html);
    String title =
        firstNonBlank(meta(doc, "og:title"), ownText(doc.selectFirst("h1")), doc.title());
    String date =
        IsoDates.iso(
            firstNonBlank(
                meta(doc, "article:published_time"),
                attr(doc.selectFirst("time[datetime]"), "datetime"),
                meta(doc, "datePublished"),
                attr(doc.selectFirst("[itemprop=datePublished]"), "datetime"),
                jsonLdDate(doc)));
    String publisher = firstNonBlank(meta(doc, "og:site_name"));
    String url =
        firstNonBlank(meta(doc, "og:url"), attr(doc.selectFirst("link[rel=canonical]"), "href"));
    Element body = doc.body();
    body.select(FURNITURE).remove();
    // A widget word on a wrapper that holds most of the story ("post has-comments") is not a
    // widget.
    int storyText = body.select("p").text().length();
    for (Element e : body.select("[class], [id]")) {
      if (!Set.of("article", "main", "body").contains(e.normalName())
          && (WIDGET.matcher(e.className()).find() || WIDGET.matcher(e.id()).find())
          && e.select("p").text().length() * 2 < storyText) {
        e.remove();
      }
    }
    String text = String.join("\n\n", paragraphs(mainElement(body), title));
    if (text.isBlank()) {
      throw new Skip("no article text in the HTML");
    }
    return new RawArticle(name, text, title, date, url, publisher);
  }

  /**
   * The charset a meta tag declares. Latin-1 and ASCII declarations mean windows-1252 (as in
   * browsers), which the UTF-8-else-windows-1252 default already covers, like a false "utf-8".
   */
  private static Charset declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return null;
    }
    String label = m.group(1).toLowerCase(Locale.ROOT);
    if (label.matches("utf-?8|iso-?8859-1|latin-?1|us-ascii|ascii|windows-1252|cp1252")) {
      return null;
    }
    try {
      return Charset.forName(label);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  /**
   * The story's container: the element marked as the article body, else the (largest) article
   * element, else main, else the densest block. An article or main element must hold at least half
   * the densest block's paragraph text: pages list related stories as small articles too.
   */
  private static Element mainElement(Element body) {
    Element marked = body.selectFirst("[itemprop=articleBody]");
    if (marked != null && !marked.text().isBlank()) {
      return marked;
    }
    Element densest = densest(body);
    int floor = paragraphText(densest) / 2;
    Element best = null;
    for (Element a : body.select("article")) {
      if (best == null || a.text().length() > best.text().length()) {
        best = a;
      }
    }
    if (best != null && !best.text().isBlank() && paragraphText(best) >= floor) {
      return best;
    }
    Element main = body.selectFirst("main, [role=main]");
    if (main != null && !main.text().isBlank() && paragraphText(main) >= floor) {
      return main;
    }
    return densest;
  }

  /** The parent holding the most paragraph text (ties: the first in document order). */
  private static Element densest(Element body) {
    Map<Element, Integer> score = new IdentityHashMap<>();
    Element densest = body;
    int top = 0;
    for (Element p : body.select("p")) {
      Element parent = p.parent();
      if (parent == null) {
        continue;
      }
      int s = score.merge(parent, p.text().length(), Integer::sum);
      if (s > top) {
        top = s;
        densest = parent;
      }
    }
    return densest;
  }

  private static int paragraphText(Element e) {
    int n = 0;
    for (Element p : e.select("p")) {
      n += p.text().length();
    }
    return n;
  }

  /** Block elements become paragraphs; the headline is left out when it repeats the title. */
  private static List<String> paragraphs(Element root, String title) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    Runnable flush =
        () -> {
          String p = cur.toString().replaceAll("[\\s\\u00A0]+", " ").strip();
          cur.setLength(0);
          if (!p.isEmpty() && !(out.isEmpty() && p.equals(title))) {
            out.add(p);
          }
        };
    root.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              cur.append(t.getWholeText());
            } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
              flush.run();
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
              flush.run();
            }
          }
        });
    flush.run();
    return out;
  }

  private static String meta(Document doc, String key) {
    for (Element m : doc.select("meta[content]")) {
      if (key.equalsIgnoreCase(m.attr("property"))
          || key.equalsIgnoreCase(m.attr("name"))
          || key.equalsIgnoreCase(m.attr("itemprop"))) {
        return m.attr("content");
      }
    }
    return null;
  }

  private static String jsonLdDate(Document doc) {
    for (Element s : doc.select("script[type=application/ld+json]")) {
      Matcher m = LD_DATE.matcher(s.data());
      if (m.find()) {
        return m.group(1);
      }
    }
    return null;
  }

  private static String attr(Element e, String name) {
    return e == null ? null : e.attr(name);
  }

  private static String ownText(Element e) {
    return e == null ? null : e.text();
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.replaceAll("[\\s\\u00A0]+", " ").strip();
      }
    }
    return null;
  }
}
